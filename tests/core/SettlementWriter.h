#pragma once

// Writes orders, lines, attempts and refunds with plain SQL at chosen instants, the way the
// repositories would (same tables, same state names), so the settlement triggers book them.
// Statements are prepared once: the property test writes thousands of orders.

#include "domain/Order.h"
#include "storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <gtest/gtest.h>

#include <vector>

namespace pos::test {

struct LineSpec
{
    bool weighed = false;
    qint64 unitPriceMinor = 0; // per piece, or per kg
    qint64 quantity = 1;       // pieces or grams
    qint64 discountMinor = 0;
    bool voided = false;
};

class SettlementWriter
{
public:
    explicit SettlementWriter(storage::Database &database) : m_database(database) {}

    static qint64 ms(const QDate &date, int hour, int minute = 0)
    {
        return QDateTime(date, QTime(hour, minute)).toMSecsSinceEpoch(); // local shop time
    }

    qint64 addCashier(const QString &code, const QString &name, const QString &role)
    {
        return run(QStringLiteral("INSERT INTO cashiers (code, name, role, pin_salt, pin_hash, "
                                  "pin_iterations) VALUES (?, ?, ?, x'00', x'00', 1)"),
                   {code, name, role})
            .lastInsertId()
            .toLongLong();
    }

    // An open order; `cashierId` 0 is stored as NULL. Returns its total.
    qint64 openOrder(const QString &id, const QString &terminalId, qint64 cashierId,
                     const QDate &businessDate, qint64 createdMs,
                     const std::vector<LineSpec> &lines, qint64 orderDiscountMinor = 0)
    {
        qint64 subtotal = 0;
        for (const LineSpec &line : lines) {
            subtotal += line.voided ? 0 : gross(line) - line.discountMinor;
        }
        const qint64 total = subtotal - orderDiscountMinor;
        run(QStringLiteral("INSERT INTO orders (id, terminal_id, cashier_id, status, currency, "
                           "subtotal_minor, discount_minor, total_minor, business_date, "
                           "created_at_ms) VALUES (?, ?, ?, 'open', 'CNY', ?, ?, ?, ?, ?)"),
            {id, terminalId, cashierId == 0 ? QVariant() : QVariant(cashierId), subtotal,
             orderDiscountMinor, total, businessDate.toString(Qt::ISODate), createdMs});
        int lineNo = 0;
        for (const LineSpec &line : lines) {
            insertLine(id, ++lineNo, line);
        }
        return total;
    }

    void insertLine(const QString &orderId, int lineNo, const LineSpec &line)
    {
        run(QStringLiteral("INSERT INTO order_lines (order_id, line_no, sku, barcode, name_zh, "
                           "name_en, unit, unit_price_minor, quantity, discount_minor, net_minor, "
                           "voided) VALUES (?, ?, 'SKU', '0', 'zh', 'en', ?, ?, ?, ?, ?, ?)"),
            {orderId, lineNo, line.weighed ? QStringLiteral("kg") : QStringLiteral("piece"),
             line.unitPriceMinor, line.quantity, line.discountMinor,
             line.voided ? 0 : gross(line) - line.discountMinor, line.voided ? 1 : 0});
    }

    // Voids a stored line in place and lowers the order's totals by its net.
    void voidLine(const QString &orderId, int lineNo, qint64 netMinor)
    {
        run(QStringLiteral("UPDATE order_lines SET voided = 1, net_minor = 0 WHERE order_id = ? "
                           "AND line_no = ?"),
            {orderId, lineNo});
        run(QStringLiteral("UPDATE orders SET subtotal_minor = subtotal_minor - ?, total_minor = "
                           "total_minor - ? WHERE id = ?"),
            {netMinor, netMinor, orderId});
    }

    void addAttempt(const QString &orderId, const QString &outTradeNo, const QString &channel,
                    const QString &method, qint64 amountMinor, const QString &state, qint64 atMs)
    {
        run(QStringLiteral("INSERT INTO payment_attempts (order_id, out_trade_no, channel, "
                           "method, amount_minor, currency, state, created_at_ms, updated_at_ms) "
                           "VALUES (?, ?, ?, ?, ?, 'CNY', ?, ?, ?)"),
            {orderId, outTradeNo, channel, method, amountMinor, state, atMs, atMs});
    }

    void setAttemptState(const QString &outTradeNo, const QString &state, qint64 atMs)
    {
        run(QStringLiteral(
                "UPDATE payment_attempts SET state = ?, updated_at_ms = ? WHERE out_trade_no = ?"),
            {state, atMs, outTradeNo});
    }

    void markPaid(const QString &orderId, qint64 atMs)
    {
        run(QStringLiteral("UPDATE orders SET status = 'paid', paid_at_ms = ? WHERE id = ?"),
            {atMs, orderId});
    }

    void cancel(const QString &orderId)
    {
        run(QStringLiteral("UPDATE orders SET status = 'cancelled' WHERE id = ?"), {orderId});
    }

    void addRefund(const QString &outRequestNo, const QString &outTradeNo, qint64 amountMinor,
                   const QString &requestedBy, const QString &state, qint64 createdMs)
    {
        run(QStringLiteral(
                "INSERT INTO refunds (out_request_no, attempt_id, order_id, out_trade_no, "
                "channel, amount_minor, currency, state, kind, reason, requested_by, approved_by, "
                "created_at_ms, updated_at_ms) SELECT ?, id, order_id, out_trade_no, channel, ?, "
                "'CNY', ?, 'requested', 'test', ?, 'S1', ?, ? FROM payment_attempts WHERE "
                "out_trade_no = ?"),
            {outRequestNo, amountMinor, state, requestedBy, createdMs, createdMs, outTradeNo});
    }

    void setRefundState(const QString &outRequestNo, const QString &state, qint64 atMs)
    {
        run(QStringLiteral(
                "UPDATE refunds SET state = ?, updated_at_ms = ? WHERE out_request_no = ?"),
            {state, atMs, outRequestNo});
    }

    // What the order itself computes, independent of the SQL that books a voided line.
    static qint64 gross(const LineSpec &line)
    {
        const Product product{QStringLiteral("SKU"),
                              QStringLiteral("0"),
                              QStringLiteral("zh"),
                              QStringLiteral("en"),
                              Money::fromMinor(line.unitPriceMinor),
                              line.weighed ? SaleUnit::Kilogram : SaleUnit::Piece};
        return OrderLine{product, line.quantity, Money(), false}.gross().minor();
    }

    // Runs one statement; a failure fails the test with the statement's error.
    QSqlQuery &run(const QString &sql, const QVariantList &bindings)
    {
        auto found = m_prepared.find(sql);
        if (found == m_prepared.end()) {
            QSqlQuery query(m_database.handle());
            EXPECT_TRUE(query.prepare(sql)) << query.lastError().text().toStdString();
            found = m_prepared.insert(sql, query);
        }
        QSqlQuery &query = found.value();
        for (int i = 0; i < bindings.size(); ++i) {
            query.bindValue(i, bindings.at(i));
        }
        EXPECT_TRUE(query.exec()) << sql.toStdString() << ": "
                                  << query.lastError().text().toStdString();
        return query;
    }

private:
    storage::Database &m_database;
    QHash<QString, QSqlQuery> m_prepared;
};

} // namespace pos::test
