#pragma once

#include "common/Result.h"
#include "domain/Product.h"
#include "money/Money.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace pos {

struct OrderLine
{
    Product product;
    qint64 quantity = 1; // pieces, or grams for weighed goods
    Money lineDiscount;  // amount off this line, never more than the line's gross
    bool voided = false; // a voided line stays visible but counts for nothing

    Money gross() const; // price × quantity (weighed: price per kg × grams / 1000, half up)
    Money net() const;   // gross − discount, or zero when voided
};

enum class OrderStatus
{
    Open,
    Paid,
    Cancelled
};

// A sale being rung up or already settled. Every total is computed here and only here.
class Order
{
public:
    explicit Order(QString id = {}, QString currency = QStringLiteral("CNY"));

    const QString &id() const { return m_id; }
    void setId(const QString &id) { m_id = id; }
    const QString &currency() const { return m_currency; }
    OrderStatus status() const { return m_status; }
    void setStatus(OrderStatus status) { m_status = status; }

    const std::vector<OrderLine> &lines() const { return m_lines; }

    // Adds a line (or raises the quantity of the last identical non-weighed line).
    Status addProduct(const Product &product, qint64 quantity);
    // Appends a stored line as it was (no merging), after the same checks as a new one.
    Status restoreLine(const OrderLine &line);
    Status setQuantity(int lineIndex, qint64 quantity);
    Status voidLine(int lineIndex);
    Status setLineDiscount(int lineIndex, const Money &discount);
    Status setOrderDiscount(const Money &discount);

    Money subtotal() const; // sum of line nets
    Money orderDiscount() const { return m_orderDiscount; }
    Money total() const;         // subtotal − order discount, never negative
    Money totalDiscount() const; // all line discounts + order discount
    int activeLineCount() const;
    bool isEmpty() const { return activeLineCount() == 0; }

private:
    Status checkOpen() const;
    Status checkLine(int lineIndex) const;
    bool orderDiscountFits() const { return m_orderDiscount <= subtotal(); }

    QString m_id;
    QString m_currency;
    OrderStatus m_status = OrderStatus::Open;
    std::vector<OrderLine> m_lines;
    Money m_orderDiscount;
};

// Quantities above this are refused as a typo (9999 pieces, 99.999 kg).
constexpr qint64 kMaxPieces = 9999;
constexpr qint64 kMaxGrams = 99999;

} // namespace pos
