#pragma once

// A database with the settlement tables, a cashier and a supervisor, the report service, and
// short ways to sell, leave an attempt open and close a day at chosen instants.

#include "SettlementWriter.h"
#include "TemporaryDatabase.h"

#include "domain/Cashier.h"
#include "settlement/ReportService.h"
#include "storage/SettlementSettings.h"

#include <gtest/gtest.h>

namespace pos::test {

using settlement::DayReport;

constexpr int kCutoffHour = 4;
inline const QString kT01 = QStringLiteral("T01");
inline const QDate kDay(2026, 6, 10);

class SettlementFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_temp.open().ok());
        ASSERT_TRUE(storage::saveCutoffHour(db(), kCutoffHour).ok());
        m_clerk = {m_writer.addCashier(QStringLiteral("1001"), QStringLiteral("Li Na"),
                                       QStringLiteral("cashier")),
                   QStringLiteral("1001"), QStringLiteral("Li Na"), Role::Cashier};
        m_supervisor = {m_writer.addCashier(QStringLiteral("9001"), QStringLiteral("Wang Fang"),
                                            QStringLiteral("supervisor")),
                        QStringLiteral("9001"), QStringLiteral("Wang Fang"), Role::Supervisor};
    }

    storage::Database &db() { return m_temp.database(); }

    // An order of `day` on `terminal` paid with one tender at `hour`; returns its out_trade_no.
    QString sell(const QString &orderId, const QDate &day, qint64 minor,
                 const QString &terminal = kT01, int hour = 10)
    {
        m_writer.openOrder(orderId, terminal, m_clerk.id, day, SettlementWriter::ms(day, hour),
                           {{false, minor, 1, 0, false}});
        const QString outTradeNo = orderId + QStringLiteral("-A1");
        m_writer.addAttempt(orderId, outTradeNo, QStringLiteral("alipay"),
                            QStringLiteral("payment_code"), minor, QStringLiteral("sent"),
                            SettlementWriter::ms(day, hour));
        m_writer.setAttemptState(outTradeNo, QStringLiteral("succeeded"),
                                 SettlementWriter::ms(day, hour, 1));
        m_writer.markPaid(orderId, SettlementWriter::ms(day, hour, 1));
        return outTradeNo;
    }

    // An open order of `day` with one attempt left in `state`; returns its out_trade_no.
    QString leaveOpen(const QString &orderId, const QDate &day, qint64 minor, const QString &state)
    {
        m_writer.openOrder(orderId, kT01, m_clerk.id, day, SettlementWriter::ms(day, 11),
                           {{false, minor, 1, 0, false}});
        const QString outTradeNo = orderId + QStringLiteral("-A1");
        m_writer.addAttempt(orderId, outTradeNo, QStringLiteral("wechat"),
                            QStringLiteral("payment_code"), minor, state,
                            SettlementWriter::ms(day, 11));
        return outTradeNo;
    }

    DayReport close(const QDate &day, const QString &terminal = kT01)
    {
        auto closed = m_reports.closeDay(terminal, day, m_supervisor);
        EXPECT_TRUE(closed.ok()) << closed.error().code.toStdString() << ": "
                                 << closed.error().message.toStdString();
        return closed.ok() ? closed.value() : DayReport();
    }

    QVariant scalar(const QString &sql, const QVariantList &bindings = {})
    {
        auto query = db().exec(sql, bindings);
        EXPECT_TRUE(query.ok());
        return query.ok() && query->next() ? query->value(0) : QVariant();
    }

    TemporaryDatabase m_temp;
    SettlementWriter m_writer{m_temp.database()};
    settlement::ReportService m_reports{m_temp.database()};
    Cashier m_clerk;
    Cashier m_supervisor;
};

} // namespace pos::test
