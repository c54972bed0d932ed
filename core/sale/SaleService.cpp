#include "sale/SaleService.h"

#include "storage/CatalogRepository.h"
#include "storage/Database.h"
#include "storage/OrderRepository.h"

namespace pos::sale {

SaleService::SaleService(storage::Database &database, TerminalIdentity identity,
                         BusinessCalendar calendar, QObject *parent)
    : QObject(parent), m_database(database), m_identity(std::move(identity)), m_calendar(calendar)
{
}

void SaleService::startSale(const Cashier &cashier)
{
    m_cashier = cashier;
    m_order = Order();
    emit orderChanged();
}

Status SaleService::checkEditable() const
{
    if (isCheckedOut()) {
        return Error{QStringLiteral("sale.checked_out"),
                     QStringLiteral("the order is at payment: finish or cancel the payment first")};
    }
    return success();
}

Result<int> SaleService::addByBarcode(const QString &barcode, qint64 quantity)
{
    auto product = storage::CatalogRepository(m_database).findByBarcode(barcode);
    if (!product) {
        return product.error();
    }
    return addProduct(product.value(), quantity);
}

Result<int> SaleService::addProduct(const Product &product, qint64 quantity)
{
    if (auto editable = checkEditable(); !editable) {
        return editable.error();
    }
    if (auto added = m_order.addProduct(product, quantity); !added) {
        return added.error();
    }
    emit orderChanged();
    return int(m_order.lines().size()) - 1;
}

Result<std::vector<Product>> SaleService::search(const QString &text) const
{
    if (text.trimmed().isEmpty()) {
        return std::vector<Product>{};
    }
    return storage::CatalogRepository(m_database).search(text);
}

Status SaleService::setQuantity(int line, qint64 quantity)
{
    if (auto editable = checkEditable(); !editable) {
        return editable;
    }
    auto changed = m_order.setQuantity(line, quantity);
    if (changed) {
        emit orderChanged();
    }
    return changed;
}

Status SaleService::voidLine(int line)
{
    if (auto editable = checkEditable(); !editable) {
        return editable;
    }
    auto changed = m_order.voidLine(line);
    if (changed) {
        emit orderChanged();
    }
    return changed;
}

Status SaleService::setOrderDiscount(const Money &discount)
{
    if (auto editable = checkEditable(); !editable) {
        return editable;
    }
    auto changed = m_order.setOrderDiscount(discount);
    if (changed) {
        emit orderChanged();
    }
    return changed;
}

Result<QString> SaleService::checkout()
{
    if (isCheckedOut()) {
        return m_order.id();
    }
    if (m_order.isEmpty()) {
        return Result<QString>::failure(QStringLiteral("sale.empty"),
                                        QStringLiteral("the order has no items"));
    }
    if (!m_order.total().isPositive()) {
        return Result<QString>::failure(QStringLiteral("sale.zero_total"),
                                        QStringLiteral("the order total is zero"));
    }
    storage::OrderRepository orders(m_database);
    const QDate businessDate = m_calendar.businessDate(QDateTime::currentDateTime());
    auto id = orders.nextOrderId(m_identity.terminalId, businessDate);
    if (!id) {
        return id.error();
    }
    m_order.setId(id.value());
    if (auto saved = orders.save(m_order, {m_identity.terminalId, m_cashier.id, businessDate});
        !saved) {
        m_order.setId({});
        return saved.error();
    }
    emit orderChanged();
    return id.value();
}

Status SaleService::reopenCheckout(const Money &amountDue)
{
    if (!isCheckedOut()) {
        return success();
    }
    if (amountDue != m_order.total()) {
        return Error{
            QStringLiteral("sale.partly_paid"),
            QStringLiteral("part of this order is paid or pending: take payment for the rest")};
    }
    if (auto cancelled =
            storage::OrderRepository(m_database).setStatus(m_order.id(), OrderStatus::Cancelled);
        !cancelled) {
        return cancelled;
    }
    m_order.setId({});
    emit orderChanged();
    return success();
}

void SaleService::reloadStatus()
{
    if (!isCheckedOut()) {
        return;
    }
    auto summary = storage::OrderRepository(m_database).summary(m_order.id());
    if (summary) {
        m_order.setStatus(summary->status);
        emit orderChanged();
    }
}

} // namespace pos::sale
