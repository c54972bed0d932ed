#include "storage/OrderRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace pos::storage {

QString orderStatusName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Open:
        return QStringLiteral("open");
    case OrderStatus::Paid:
        return QStringLiteral("paid");
    case OrderStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

OrderStatus orderStatusFromName(const QString &name)
{
    if (name == QLatin1String("paid")) {
        return OrderStatus::Paid;
    }
    return name == QLatin1String("cancelled") ? OrderStatus::Cancelled : OrderStatus::Open;
}

Result<QString> OrderRepository::nextOrderId(const QString &terminalId, const QDate &businessDate)
{
    const QString day = businessDate.toString(QStringLiteral("yyyyMMdd"));
    const QString counter = QStringLiteral("order:%1:%2").arg(terminalId, day);
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started().error();
    }
    auto bumped =
        m_database.exec(QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 1) "
                                       "ON CONFLICT(name) DO UPDATE SET value = value + 1"),
                        {counter});
    if (!bumped) {
        return bumped.error();
    }
    auto read =
        m_database.exec(QStringLiteral("SELECT value FROM counters WHERE name = ?"), {counter});
    if (!read || !read->next()) {
        return read ? Error{QStringLiteral("storage.counter"), QStringLiteral("counter vanished")}
                    : read.error();
    }
    const qint64 value = read->value(0).toLongLong();
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return QStringLiteral("%1-%2-%3").arg(terminalId, day).arg(value, 4, 10, QLatin1Char('0'));
}

Status OrderRepository::save(const Order &order, const OrderHeader &header)
{
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return transaction.started();
    }
    auto upserted = m_database.exec(
        QStringLiteral(
            "INSERT INTO orders (id, terminal_id, cashier_id, status, currency, subtotal_minor, "
            "discount_minor, total_minor, business_date, created_at_ms) VALUES (?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET status = excluded.status, subtotal_minor = "
            "excluded.subtotal_minor, "
            "discount_minor = excluded.discount_minor, total_minor = excluded.total_minor"),
        {order.id(), header.terminalId,
         header.cashierId == 0 ? QVariant() : QVariant(header.cashierId),
         orderStatusName(order.status()), order.currency(), order.subtotal().minor(),
         order.orderDiscount().minor(), order.total().minor(),
         header.businessDate.toString(Qt::ISODate), QDateTime::currentMSecsSinceEpoch()});
    if (!upserted) {
        return upserted.error();
    }
    if (auto cleared = m_database.exec(QStringLiteral("DELETE FROM order_lines WHERE order_id = ?"),
                                       {order.id()});
        !cleared) {
        return cleared.error();
    }
    int lineNo = 0;
    for (const OrderLine &line : order.lines()) {
        auto inserted = m_database.exec(
            QStringLiteral(
                "INSERT INTO order_lines (order_id, line_no, sku, barcode, name_zh, name_en, unit, "
                "unit_price_minor, quantity, discount_minor, net_minor, voided) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {order.id(), ++lineNo, line.product.sku, line.product.barcode, line.product.nameZh,
             line.product.nameEn,
             line.product.isWeighed() ? QStringLiteral("kg") : QStringLiteral("piece"),
             line.product.price.minor(), line.quantity, line.lineDiscount.minor(),
             line.net().minor(), line.voided ? 1 : 0});
        if (!inserted) {
            return inserted.error();
        }
    }
    return transaction.commit();
}

Status OrderRepository::setStatus(const QString &orderId, OrderStatus status)
{
    const QVariant paidAt =
        status == OrderStatus::Paid ? QVariant(QDateTime::currentMSecsSinceEpoch()) : QVariant();
    auto updated = m_database.exec(
        QStringLiteral(
            "UPDATE orders SET status = ?, paid_at_ms = COALESCE(?, paid_at_ms) WHERE id = ?"),
        {orderStatusName(status), paidAt, orderId});
    if (!updated) {
        return updated.error();
    }
    return success();
}

Result<bool> OrderRepository::markPaidOnce(const QString &orderId)
{
    auto updated = m_database.exec(
        QStringLiteral(
            "UPDATE orders SET status = 'paid', paid_at_ms = ? WHERE id = ? AND status = 'open'"),
        {QDateTime::currentMSecsSinceEpoch(), orderId});
    if (!updated) {
        return updated.error();
    }
    return updated->numRowsAffected() == 1;
}

Result<Order> OrderRepository::load(const QString &orderId) const
{
    auto header = m_database.exec(
        QStringLiteral("SELECT currency, status, discount_minor FROM orders WHERE id = ?"),
        {orderId});
    if (!header) {
        return header.error();
    }
    if (!header->next()) {
        return Result<Order>::failure(QStringLiteral("order.not_found"),
                                      QStringLiteral("no order %1").arg(orderId));
    }
    const QString currency = header->value(0).toString();
    Order order(orderId, currency);
    auto lines = m_database.exec(
        QStringLiteral("SELECT sku, barcode, name_zh, name_en, unit, unit_price_minor, quantity, "
                       "discount_minor, "
                       "voided FROM order_lines WHERE order_id = ? ORDER BY line_no"),
        {orderId});
    if (!lines) {
        return lines.error();
    }
    while (lines->next()) {
        Product product{lines->value(0).toString(),
                        lines->value(1).toString(),
                        lines->value(2).toString(),
                        lines->value(3).toString(),
                        Money::fromMinor(lines->value(5).toLongLong(), currency),
                        lines->value(4).toString() == QLatin1String("kg") ? SaleUnit::Kilogram
                                                                          : SaleUnit::Piece};
        const OrderLine line{product, lines->value(6).toLongLong(),
                             Money::fromMinor(lines->value(7).toLongLong(), currency),
                             lines->value(8).toInt() != 0};
        if (auto restored = order.restoreLine(line); !restored) {
            return restored.error();
        }
    }
    if (auto discounted =
            order.setOrderDiscount(Money::fromMinor(header->value(2).toLongLong(), currency));
        !discounted) {
        return discounted.error();
    }
    order.setStatus(orderStatusFromName(header->value(1).toString()));
    return order;
}

namespace {
constexpr const char *kSummaryColumns = "id, terminal_id, cashier_id, status, total_minor, "
                                        "currency, business_date, created_at_ms, paid_at_ms";

OrderSummary summaryFrom(const QSqlQuery &query)
{
    OrderSummary summary;
    summary.id = query.value(0).toString();
    summary.terminalId = query.value(1).toString();
    summary.cashierId = query.value(2).toLongLong();
    summary.status = orderStatusFromName(query.value(3).toString());
    summary.total = Money::fromMinor(query.value(4).toLongLong(), query.value(5).toString());
    summary.businessDate = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    summary.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(7).toLongLong(), Qt::UTC);
    if (!query.value(8).isNull()) {
        summary.paidAt = QDateTime::fromMSecsSinceEpoch(query.value(8).toLongLong(), Qt::UTC);
    }
    return summary;
}
} // namespace

Result<OrderSummary> OrderRepository::summary(const QString &orderId) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT %1 FROM orders WHERE id = ?").arg(QLatin1String(kSummaryColumns)),
        {orderId});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Result<OrderSummary>::failure(QStringLiteral("order.not_found"),
                                             QStringLiteral("no order %1").arg(orderId));
    }
    return summaryFrom(query.value());
}

Result<std::vector<OrderSummary>> OrderRepository::recent(int limit) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT %1 FROM orders ORDER BY created_at_ms DESC, id DESC LIMIT ?")
            .arg(QLatin1String(kSummaryColumns)),
        {limit});
    if (!query) {
        return query.error();
    }
    std::vector<OrderSummary> orders;
    while (query->next()) {
        orders.push_back(summaryFrom(query.value()));
    }
    return orders;
}

} // namespace pos::storage
