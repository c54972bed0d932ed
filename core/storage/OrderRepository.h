#pragma once

#include "common/Result.h"
#include "domain/Order.h"

#include <QDate>

#include <vector>

namespace pos::storage {

class Database;

struct OrderSummary
{
    QString id;
    QString terminalId;
    qint64 cashierId = 0;
    OrderStatus status = OrderStatus::Open;
    Money total;
    QDate businessDate;
    QDateTime createdAt;
    QDateTime paidAt;
};

struct OrderHeader
{
    QString terminalId;
    qint64 cashierId = 0;
    QDate businessDate;
};

class OrderRepository
{
public:
    explicit OrderRepository(Database &database) : m_database(database) {}

    // "T01-20261125-0007": terminal, business date, a per-terminal-and-day sequence kept in the
    // counters table, so numbers survive restarts and never repeat.
    Result<QString> nextOrderId(const QString &terminalId, const QDate &businessDate);

    // Writes the order header and all lines in one transaction (replacing earlier lines).
    Status save(const Order &order, const OrderHeader &header);
    Status setStatus(const QString &orderId, OrderStatus status);
    // Open -> Paid exactly once: true only for the call that made the change.
    Result<bool> markPaidOnce(const QString &orderId);
    Result<Order> load(const QString &orderId) const;
    Result<OrderSummary> summary(const QString &orderId) const;
    Result<std::vector<OrderSummary>> recent(int limit) const;

private:
    Database &m_database;
};

QString orderStatusName(OrderStatus status);
OrderStatus orderStatusFromName(const QString &name);

} // namespace pos::storage
