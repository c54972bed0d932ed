#pragma once

// Shifts on a real SQLite file: cashiers, and cash sales and refunds written straight into the
// payment tables (the settlement ledger's triggers book them as the payment service's writes
// would), at chosen instants.

#include "CorePrinters.h"
#include "TemporaryDatabase.h"

#include "settlement/ShiftService.h"
#include "storage/AuditLog.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

namespace pos::test {

inline Money fen(qint64 minor)
{
    return Money::fromMinor(minor);
}

inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

inline std::string text(const Error &error)
{
    return (error.code + QStringLiteral(": ") + error.message).toStdString();
}

// A CNY count from (denomination in fen → quantity); fails the test on a bad entry.
inline settlement::CashCount count(const std::map<qint64, qint64> &quantities)
{
    auto made = settlement::CashCount::of(settlement::Denominations::cny(), quantities);
    EXPECT_TRUE(made.ok()) << (made ? std::string() : text(made.error()));
    return made ? made.value() : settlement::CashCount();
}

// Any amount as a count of ¥100 notes, fen coins and so on.
inline settlement::CashCount countOf(qint64 minor)
{
    settlement::CashCount drawer;
    for (const auto &denomination : drawer.denominations().all()) {
        EXPECT_TRUE(drawer.set(denomination.minor, minor / denomination.minor).ok());
        minor %= denomination.minor;
    }
    return drawer;
}

class ShiftTestBed : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const Status opened = m_temp.open();
        ASSERT_TRUE(opened.ok()) << text(opened.error());
        m_alice = addCashier(QStringLiteral("1001"), QStringLiteral("Alice"), Role::Cashier);
        m_bob = addCashier(QStringLiteral("1002"), QStringLiteral("Bob"), Role::Cashier);
        m_carol = addCashier(QStringLiteral("1003"), QStringLiteral("Carol"), Role::Cashier);
        m_boss = addCashier(QStringLiteral("9001"), QStringLiteral("Boss"), Role::Supervisor);
    }

    storage::Database &db() { return m_temp.database(); }
    const QString &terminal() const { return m_terminal; }
    QDate today() const { return m_today; }

    Cashier addCashier(const QString &code, const QString &name, Role role)
    {
        auto inserted =
            db().exec(QStringLiteral("INSERT INTO cashiers (code, name, role, pin_salt, pin_hash, "
                                     "pin_iterations) VALUES (?, ?, ?, x'00', x'00', 1)"),
                      {code, name, roleName(role)});
        EXPECT_TRUE(inserted.ok()) << (inserted ? std::string() : text(inserted.error()));
        Cashier cashier;
        cashier.id = inserted ? inserted->lastInsertId().toLongLong() : 0;
        cashier.code = code;
        cashier.name = name;
        cashier.role = role;
        return cashier;
    }

    settlement::Shift open(settlement::ShiftService &service, const Cashier &cashier,
                           qint64 floatMinor, const QString &terminalId = {})
    {
        auto shift = service.openShift(terminalId.isEmpty() ? m_terminal : terminalId, cashier,
                                       m_today, fen(floatMinor));
        EXPECT_TRUE(shift.ok()) << (shift ? std::string() : text(shift.error()));
        return shift ? shift.value() : settlement::Shift();
    }

    // A paid order with one attempt on `channel` booked at `atMs` (0: now); returns the
    // attempt id.
    qint64 sale(const QString &terminalId, const Cashier &cashier, qint64 amountMinor,
                qint64 atMs = 0, const QString &channel = QStringLiteral("cash"),
                const QString &state = QStringLiteral("succeeded"))
    {
        const qint64 at = atMs != 0 ? atMs : nowMs();
        const QString order = QStringLiteral("%1-%2").arg(terminalId).arg(++m_orders);
        EXPECT_TRUE(db().exec(QStringLiteral("INSERT INTO orders (id, terminal_id, cashier_id, "
                                             "status, currency, subtotal_minor, discount_minor, "
                                             "total_minor, business_date, created_at_ms, "
                                             "paid_at_ms) VALUES (?, ?, ?, 'paid', 'CNY', ?, 0, "
                                             "?, ?, ?, ?)"),
                              {order, terminalId, cashier.id, amountMinor, amountMinor,
                               m_today.toString(Qt::ISODate), at, at})
                        .ok());
        auto attempt = db().exec(
            QStringLiteral("INSERT INTO payment_attempts (order_id, out_trade_no, channel, "
                           "method, amount_minor, currency, state, created_at_ms, "
                           "updated_at_ms) VALUES (?, ?, ?, ?, ?, 'CNY', ?, ?, ?)"),
            {order, order + QStringLiteral("-1"), channel,
             channel == QLatin1String("cash") ? QStringLiteral("cash")
                                              : QStringLiteral("payment_code"),
             amountMinor, state, at, at});
        EXPECT_TRUE(attempt.ok()) << (attempt ? std::string() : text(attempt.error()));
        return attempt ? attempt->lastInsertId().toLongLong() : 0;
    }

    // A cash sale inside the shift's window (its opening may lie a millisecond ahead).
    qint64 cashSale(const settlement::Shift &shift, const Cashier &cashier, qint64 amountMinor)
    {
        return sale(shift.terminalId, cashier, amountMinor, std::max(nowMs(), shift.openedAtMs));
    }

    // Cash handed back for (part of) the attempt, asked for by `cashier`.
    void cashRefund(qint64 attemptId, const Cashier &cashier, qint64 amountMinor, qint64 atMs = 0)
    {
        const qint64 at = atMs != 0 ? atMs : nowMs();
        auto refunded = db().exec(
            QStringLiteral("INSERT INTO refunds (out_request_no, attempt_id, order_id, "
                           "out_trade_no, channel, amount_minor, currency, state, kind, reason, "
                           "requested_by, approved_by, created_at_ms, updated_at_ms) SELECT "
                           "out_trade_no || '-R' || ?, id, order_id, out_trade_no, channel, ?, "
                           "'CNY', 'succeeded', 'requested', 'returned', ?, '9001', ?, ? FROM "
                           "payment_attempts WHERE id = ?"),
            {++m_refunds, amountMinor, cashier.code, at, at, attemptId});
        EXPECT_TRUE(refunded.ok()) << (refunded ? std::string() : text(refunded.error()));
    }

    QVariant scalar(const QString &sql, const QVariantList &bindings = {})
    {
        auto query = db().exec(sql, bindings);
        EXPECT_TRUE(query.ok()) << (query ? std::string() : text(query.error()));
        return query && query->next() ? query->value(0) : QVariant();
    }

    int audited(const QString &action)
    {
        auto counted = storage::AuditLog(db()).countOf(action);
        return counted ? counted.value() : -1;
    }

    TemporaryDatabase m_temp;
    QString m_terminal = QStringLiteral("T01");
    QDate m_today = QDate(2026, 11, 25);
    Cashier m_alice;
    Cashier m_bob;
    Cashier m_carol;
    Cashier m_boss;
    int m_orders = 0;
    int m_refunds = 0;
};

} // namespace pos::test
