// Which cash belongs to a shift (its cashier, its terminal, cash only, from its opening to its
// close) and the day's cash section: per-cashier views that add up to the device's, hand-overs
// included, for generated days; the settlement ledger and the payment tables agree.
#include "ShiftTestBed.h"

#include "storage/CashTakings.h"

#include <random>
#include <vector>

namespace pos {
namespace {

using settlement::CashSummary;
using settlement::ShiftService;
using test::countOf;
using test::fen;
using test::nowMs;
using test::text;

class ShiftCashSummaryTest : public test::ShiftTestBed
{
protected:
    CashSummary summary(const QString &terminalId, std::optional<qint64> cashierId = {})
    {
        auto cash = m_service.cashSummary(terminalId, today(), cashierId);
        EXPECT_TRUE(cash.ok()) << (cash ? std::string() : text(cash.error()));
        return cash ? cash.value() : CashSummary();
    }

    ShiftService m_service{db()};
};

TEST_F(ShiftCashSummaryTest, OnlyTheShiftsOwnCashSalesCount)
{
    const settlement::Shift shift = open(m_service, m_alice, 0);
    sale(terminal(), m_alice, 100, shift.openedAtMs - 60000);    // before the shift
    sale(terminal(), m_bob, 200);                                // another cashier
    sale(QStringLiteral("T02"), m_alice, 300);                   // another terminal
    sale(terminal(), m_alice, 400, 0, QStringLiteral("alipay")); // not cash
    sale(terminal(), m_alice, 500, 0, QStringLiteral("cash"), QStringLiteral("failed"));
    const qint64 mine = cashSale(shift, m_alice, 600);
    cashRefund(mine, m_bob, 50, std::max(nowMs(), shift.openedAtMs)); // Bob's refund, not Alice's
    const qint64 early = sale(terminal(), m_alice, 700, shift.openedAtMs - 60000);
    cashRefund(early, m_alice, 70, std::max(nowMs(), shift.openedAtMs)); // hers, in her shift

    auto cash = m_service.expectedCash(shift.id);
    ASSERT_TRUE(cash.ok()) << text(cash.error());
    EXPECT_EQ(cash->cashSales, fen(600));
    EXPECT_EQ(cash->cashRefunds, fen(70));
    EXPECT_EQ(cash->expected, fen(530));
}

TEST_F(ShiftCashSummaryTest, DayWithoutShiftsOrWithAnOpenShiftHasNoCount)
{
    const CashSummary empty = summary(terminal());
    EXPECT_FALSE(empty.counted.has_value());
    EXPECT_EQ(empty.expected, fen(0));

    const settlement::Shift first = open(m_service, m_alice, 10000);
    ASSERT_TRUE(m_service.handOver(first.id, m_bob, countOf(10000), today()).ok());
    const CashSummary running = summary(terminal());
    EXPECT_FALSE(running.counted.has_value());
    EXPECT_EQ(running.expected, fen(10000));
    EXPECT_EQ(summary(terminal(), m_alice.id).counted, fen(0)); // all of it went on to Bob
    EXPECT_EQ(summary(terminal(), m_alice.id).handOverOut, fen(10000));
    EXPECT_FALSE(summary(terminal(), m_bob.id).counted.has_value());
}

// Generated days on three terminals: shifts closed or handed over with random over/short,
// sales, refunds, pay-ins and pay-outs, noise outside any shift; the last shift stays open.
TEST_F(ShiftCashSummaryTest, PerCashierViewsAddUpToTheDeviceForGeneratedDays)
{
    const std::vector<Cashier> cashiers{m_alice, m_bob, m_carol};
    std::mt19937 random(20261125);
    const auto pick = [&random](qint64 low, qint64 high) {
        return std::uniform_int_distribution<qint64>(low, high)(random);
    };
    const QString why = QStringLiteral("generated");

    for (const QString &terminalId :
         {QStringLiteral("T01"), QStringLiteral("T02"), QStringLiteral("T03")}) {
        SCOPED_TRACE(terminalId.toStdString());
        qint64 fromSafe = 0, salesTotal = 0, overShortTotal = 0, countedOut = 0;
        size_t who = size_t(pick(0, 2));
        settlement::Shift shift = open(m_service, cashiers[who], pick(0, 100000), terminalId);
        fromSafe += shift.openingFloat.minor();
        // A count off by up to ±2.00 from what the shift expects (never below zero).
        const auto countFor = [&](const settlement::Shift &current) {
            const qint64 expected = m_service.expectedCash(current.id)->expected.minor();
            const qint64 counted = std::max<qint64>(0, expected + pick(-200, 200));
            overShortTotal += counted - expected;
            return counted;
        };
        for (int shifts = int(pick(3, 6)); shifts > 0; --shifts) {
            std::vector<qint64> salesOfShift;
            for (int op = int(pick(2, 8)); op > 0; --op) {
                const qint64 at = std::max(nowMs(), shift.openedAtMs);
                switch (pick(0, 5)) {
                case 0:
                case 1: {
                    const qint64 amount = pick(1, 20000);
                    salesOfShift.push_back(sale(terminalId, cashiers[who], amount, at));
                    salesTotal += amount;
                    break;
                }
                case 2:
                    if (!salesOfShift.empty()) {
                        cashRefund(salesOfShift.back(), cashiers[who], 1, at);
                    }
                    break;
                case 3:
                    ASSERT_TRUE(
                        m_service.payIn(shift.id, fen(pick(1, 5000)), why, cashiers[who]).ok());
                    break;
                case 4: {
                    const qint64 drawer = m_service.expectedCash(shift.id)->expected.minor();
                    if (drawer > 0) {
                        ASSERT_TRUE(
                            m_service.payOut(shift.id, fen(pick(1, drawer)), why, m_boss).ok());
                    }
                    break;
                }
                default: // noise: card money, and cash taken by someone without the drawer
                    sale(terminalId, cashiers[who], pick(1, 900), at, QStringLiteral("wechat"));
                    sale(terminalId, cashiers[(who + 1) % 3], pick(1, 900), at);
                }
            }
            if (shifts == 1) {
                break; // the last shift is still running
            }
            const size_t next = (who + size_t(pick(1, 2))) % 3;
            if (pick(0, 1) == 0) {
                auto handed = m_service.handOver(shift.id, cashiers[next], countOf(countFor(shift)),
                                                 today(), why, m_boss);
                ASSERT_TRUE(handed.ok()) << text(handed.error());
                shift = handed->next;
            } else {
                const qint64 counted = countFor(shift);
                ASSERT_TRUE(m_service.closeShift(shift.id, countOf(counted), why, m_boss).ok());
                countedOut += counted;
                shift = open(m_service, cashiers[next], pick(0, 50000), terminalId);
                fromSafe += shift.openingFloat.minor();
            }
            who = next;
        }

        const auto checkAddsUp = [&](const CashSummary &device) {
            CashSummary sum;
            qint64 counted = 0;
            for (const Cashier &cashier : cashiers) {
                const CashSummary mine = summary(terminalId, cashier.id);
                sum.openingFloat = sum.openingFloat.plus(mine.openingFloat).value();
                sum.handOverIn = sum.handOverIn.plus(mine.handOverIn).value();
                sum.handOverOut = sum.handOverOut.plus(mine.handOverOut).value();
                sum.cashSales = sum.cashSales.plus(mine.cashSales).value();
                sum.cashRefunds = sum.cashRefunds.plus(mine.cashRefunds).value();
                sum.payIns = sum.payIns.plus(mine.payIns).value();
                sum.payOuts = sum.payOuts.plus(mine.payOuts).value();
                sum.expected = sum.expected.plus(mine.expected).value();
                sum.overShortMinor += mine.overShortMinor;
                counted += mine.counted ? mine.counted->minor() : 0;
            }
            EXPECT_EQ(device.openingFloat, sum.openingFloat);
            EXPECT_EQ(device.handOverIn, sum.handOverIn);
            EXPECT_EQ(device.handOverOut, sum.handOverOut);
            EXPECT_EQ(device.cashSales, sum.cashSales);
            EXPECT_EQ(device.cashRefunds, sum.cashRefunds);
            EXPECT_EQ(device.payIns, sum.payIns);
            EXPECT_EQ(device.payOuts, sum.payOuts);
            EXPECT_EQ(device.expected, sum.expected);
            EXPECT_EQ(device.overShortMinor, sum.overShortMinor);
            if (device.counted) {
                EXPECT_EQ(device.counted->minor(), counted);
            }
            EXPECT_EQ(device.expected.minor(),
                      device.openingFloat.minor() + device.handOverIn.minor() +
                          device.cashSales.minor() - device.cashRefunds.minor() +
                          device.payIns.minor() - device.payOuts.minor() -
                          device.handOverOut.minor());
        };

        const CashSummary running = summary(terminalId);
        checkAddsUp(running);
        EXPECT_EQ(running.openingFloat.minor(), fromSafe);
        EXPECT_EQ(running.cashSales.minor(), salesTotal);
        EXPECT_EQ(running.overShortMinor, overShortTotal);
        EXPECT_FALSE(running.counted.has_value());

        // The device's counted cash is every count that did not stay in the drawer for the
        // next cashier: the plain closes (to the safe) and the last one.
        const qint64 lastCount = countFor(shift);
        ASSERT_TRUE(m_service.closeShift(shift.id, countOf(lastCount), why, m_boss).ok());
        const CashSummary closed = summary(terminalId);
        checkAddsUp(closed);
        ASSERT_TRUE(closed.counted.has_value());
        EXPECT_EQ(closed.counted->minor(), countedOut + lastCount);
        EXPECT_EQ(closed.overShortMinor, overShortTotal);
        EXPECT_EQ(closed.counted->minor() - closed.expected.minor(), closed.overShortMinor);
    }
}

TEST_F(ShiftCashSummaryTest, LedgerAndPaymentTablesAgreeOnAShiftsCash)
{
    storage::CashTakingsQuery takings(db());
    auto source = takings.defaultSource();
    ASSERT_TRUE(source.ok());
    if (source.value() != storage::CashTakingsSource::Ledger) {
        GTEST_SKIP() << "no settlement ledger in this schema";
    }
    const settlement::Shift shift = open(m_service, m_alice, 0);
    const qint64 first = cashSale(shift, m_alice, 1234);
    cashSale(shift, m_alice, 4321);
    cashRefund(first, m_alice, 234, std::max(nowMs(), shift.openedAtMs));
    sale(terminal(), m_bob, 999);
    for (auto from :
         {storage::CashTakingsSource::Ledger, storage::CashTakingsSource::PaymentTables}) {
        auto cash = takings.between(from, terminal(), m_alice.id, shift.openedAtMs, std::nullopt,
                                    QStringLiteral("CNY"));
        ASSERT_TRUE(cash.ok()) << text(cash.error());
        EXPECT_EQ(cash->sales, fen(5555));
        EXPECT_EQ(cash->refunds, fen(234));
    }
}

} // namespace
} // namespace pos
