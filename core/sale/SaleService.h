#pragma once

#include "common/Result.h"
#include "domain/BusinessCalendar.h"
#include "domain/Cashier.h"
#include "domain/Order.h"

#include <QObject>

#include <vector>

namespace pos::storage {
class Database;
}

namespace pos::sale {

struct TerminalIdentity
{
    QString terminalId = QStringLiteral("T01");
    QString storeId = QStringLiteral("S001");
    QString shopName = QStringLiteral("Demo Shop");
};

// The sale being rung up at this terminal: lines from barcodes or search, quantities, voids,
// and checkout (the order is stored and numbered, then handed to payment).
class SaleService : public QObject
{
    Q_OBJECT
public:
    SaleService(storage::Database &database, TerminalIdentity identity, BusinessCalendar calendar,
                QObject *parent = nullptr);

    const TerminalIdentity &identity() const { return m_identity; }
    const BusinessCalendar &calendar() const { return m_calendar; }
    const Order &order() const { return m_order; }
    const Cashier &cashier() const { return m_cashier; }
    bool isCheckedOut() const { return !m_order.id().isEmpty(); }

    void startSale(const Cashier &cashier);
    // Adds one piece (or `quantity` pieces / grams) of the product with this barcode;
    // returns the index of the line that changed.
    Result<int> addByBarcode(const QString &barcode, qint64 quantity = 1);
    Result<int> addProduct(const Product &product, qint64 quantity = 1);
    Result<std::vector<Product>> search(const QString &text) const;
    Status setQuantity(int line, qint64 quantity);
    Status voidLine(int line);
    Status setOrderDiscount(const Money &discount);

    // Stores the order with a fresh number; after this the lines are frozen for payment.
    Result<QString> checkout();
    // Back to editing after the cashier left payment without taking any money: the stored
    // order is marked cancelled and the lines come back under a new number at the next checkout.
    // Refused when anything was paid or is still pending (`amountDue` below the total).
    Status reopenCheckout(const Money &amountDue);
    // Refreshes the order's status from storage (after payment marks it paid).
    void reloadStatus();

signals:
    void orderChanged();

private:
    Status checkEditable() const;

    storage::Database &m_database;
    TerminalIdentity m_identity;
    BusinessCalendar m_calendar;
    Cashier m_cashier;
    Order m_order;
};

} // namespace pos::sale
