// ShiftService on a real SQLite file: opening and closing, the over/short to the fen with its
// sign (长款 > 0, 短款 < 0), tolerance, reason and supervisor sign-off, blind counts, hand-overs
// and pay-ins/pay-outs with their reasons.
#include "ShiftTestBed.h"

#include "outbox/OutboxRepository.h"
#include "outbox/SettlementOutbox.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pos {
namespace {

using settlement::CashSummary;
using settlement::ShiftPolicy;
using settlement::ShiftService;
using test::count;
using test::countOf;
using test::fen;
using test::text;

class ShiftServiceTest : public test::ShiftTestBed
{
protected:
    ShiftService &service() { return m_service; }

    // Float 500.00, cash sales 100.00 + 23.45, a cash refund of 10.05, pay-in 50.00 and pay-out
    // 200.00: the drawer should hold 463.40.
    settlement::Shift busyShift()
    {
        const settlement::Shift shift = open(service(), m_alice, 50000);
        const qint64 first = cashSale(shift, m_alice, 10000);
        cashSale(shift, m_alice, 2345);
        cashRefund(first, m_alice, 1005);
        EXPECT_TRUE(
            service().payIn(shift.id, fen(5000), QStringLiteral("零钱 change"), m_alice).ok());
        EXPECT_TRUE(
            service()
                .payOut(shift.id, fen(20000), QStringLiteral("存入保险柜 to the safe"), m_alice)
                .ok());
        return shift;
    }

    ShiftService m_service{db()};
};

TEST_F(ShiftServiceTest, OpenThenCloseWithAnExactCount)
{
    const settlement::Shift shift = open(service(), m_alice, 50000);
    EXPECT_TRUE(shift.isOpen());
    EXPECT_EQ(shift.cashierId, m_alice.id);
    EXPECT_EQ(shift.businessDate, today());
    auto current = service().openShiftOn(terminal());
    ASSERT_TRUE(current.ok());
    ASSERT_TRUE(current->has_value());
    EXPECT_EQ((*current)->id, shift.id);

    auto closing = service().closeShift(shift.id, count({{10000, 5}}));
    ASSERT_TRUE(closing.ok()) << text(closing.error());
    EXPECT_FALSE(closing->shift.isOpen());
    EXPECT_EQ(closing->cash.expected, fen(50000));
    EXPECT_EQ(closing->cash.counted, fen(50000));
    EXPECT_EQ(closing->cash.overShortMinor, 0);
    EXPECT_EQ(closing->shift.signedOffBy, 0);

    auto stored = service().shift(shift.id);
    ASSERT_TRUE(stored.ok());
    EXPECT_FALSE(stored->isOpen());
    EXPECT_EQ(stored->counted, fen(50000));
    EXPECT_EQ(scalar(QStringLiteral("SELECT quantity FROM cash_counts WHERE shift_id = ? AND "
                                    "denomination_minor = 10000"),
                     {shift.id})
                  .toInt(),
              5);
    EXPECT_FALSE(service().openShiftOn(terminal())->has_value());
    EXPECT_EQ(audited(QStringLiteral("shift.opened")), 1);
    EXPECT_EQ(audited(QStringLiteral("shift.closed")), 1);
}

TEST_F(ShiftServiceTest, ExpectedCashAndShortAreExactToTheFen)
{
    const settlement::Shift shift = busyShift();
    auto expected = service().expectedCash(shift.id);
    ASSERT_TRUE(expected.ok()) << text(expected.error());
    EXPECT_EQ(expected->openingFloat, fen(50000));
    EXPECT_EQ(expected->cashSales, fen(12345));
    EXPECT_EQ(expected->cashRefunds, fen(1005));
    EXPECT_EQ(expected->payIns, fen(5000));
    EXPECT_EQ(expected->payOuts, fen(20000));
    EXPECT_EQ(expected->expected, fen(46340));
    EXPECT_FALSE(expected->counted.has_value());

    // 463.39: 4×100, 50, 10, 3×1 元, 3×1 角, 5 分 and 2×2 分.
    const auto counted =
        count({{10000, 4}, {5000, 1}, {1000, 1}, {100, 3}, {10, 3}, {5, 1}, {2, 2}});
    ASSERT_EQ(counted.total(), fen(46339));
    auto closing =
        service().closeShift(shift.id, counted, QStringLiteral("少找了一分 one fen short"), m_boss);
    ASSERT_TRUE(closing.ok()) << text(closing.error());
    EXPECT_EQ(closing->cash.expected, fen(46340));
    EXPECT_EQ(closing->cash.counted, fen(46339));
    EXPECT_EQ(closing->cash.overShortMinor, -1);
    EXPECT_EQ(closing->shift.signedOffBy, m_boss.id);
    EXPECT_EQ(scalar(QStringLiteral("SELECT over_short_minor FROM shifts WHERE id = ?"), {shift.id})
                  .toLongLong(),
              -1);
    auto day = service().cashSummary(terminal(), today());
    ASSERT_TRUE(day.ok());
    EXPECT_EQ(day->overShortMinor, -1);
    EXPECT_EQ(day->expected, fen(46340));
    EXPECT_EQ(day->counted, fen(46339));
}

TEST_F(ShiftServiceTest, OverIsPositiveAndShortIsNegative)
{
    const settlement::Shift over = busyShift();
    auto longKuan = service().closeShift(over.id, countOf(46341), QStringLiteral("多收"), m_boss);
    ASSERT_TRUE(longKuan.ok()) << text(longKuan.error());
    EXPECT_EQ(longKuan->cash.overShortMinor, 1); // 长款

    const settlement::Shift shortShift = open(service(), m_bob, 10000);
    auto duanKuan =
        service().closeShift(shortShift.id, countOf(9000), QStringLiteral("找错钱"), m_boss);
    ASSERT_TRUE(duanKuan.ok()) << text(duanKuan.error());
    EXPECT_EQ(duanKuan->cash.overShortMinor, -1000); // 短款
}

TEST_F(ShiftServiceTest, BeyondToleranceNeedsAReasonThenASupervisor)
{
    const settlement::Shift shift = busyShift();
    const auto counted = countOf(46339);

    auto noReason = service().closeShift(shift.id, counted);
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().code, QStringLiteral("shift.reason_required"));
    auto blankReason = service().closeShift(shift.id, counted, QStringLiteral("  \t"), m_boss);
    ASSERT_FALSE(blankReason.ok());
    EXPECT_EQ(blankReason.error().code, QStringLiteral("shift.reason_required"));

    const QString reason = QStringLiteral("coin dropped");
    auto nobody = service().closeShift(shift.id, counted, reason);
    ASSERT_FALSE(nobody.ok());
    EXPECT_EQ(nobody.error().code, QStringLiteral("shift.signoff_required"));
    auto aCashier = service().closeShift(shift.id, counted, reason, m_bob);
    ASSERT_FALSE(aCashier.ok());
    EXPECT_EQ(aCashier.error().code, QStringLiteral("shift.signoff_required"));
    Cashier locked = m_boss;
    locked.locked = true;
    EXPECT_FALSE(service().closeShift(shift.id, counted, reason, locked).ok());

    // Nothing of the refused closes was kept.
    EXPECT_TRUE(service().shift(shift.id)->isOpen());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM cash_counts")).toInt(), 0);
    EXPECT_EQ(audited(QStringLiteral("shift.over_short_signed_off")), 0);

    auto signedOff = service().closeShift(shift.id, counted, reason, m_boss);
    ASSERT_TRUE(signedOff.ok()) << text(signedOff.error());
    EXPECT_EQ(signedOff->shift.reason, reason);
    EXPECT_EQ(scalar(QStringLiteral("SELECT signed_off_by FROM shifts WHERE id = ?"), {shift.id})
                  .toLongLong(),
              m_boss.id);
    EXPECT_EQ(audited(QStringLiteral("shift.over_short_signed_off")), 1);
}

TEST_F(ShiftServiceTest, DifferenceWithinToleranceClosesWithoutSignOff)
{
    ShiftPolicy policy;
    policy.toleranceMinor = 100;
    ShiftService lenient(db(), policy);
    const settlement::Shift shift = open(lenient, m_alice, 50000);
    auto tooFar = lenient.closeShift(shift.id, countOf(49899));
    ASSERT_FALSE(tooFar.ok());
    EXPECT_EQ(tooFar.error().code, QStringLiteral("shift.reason_required"));
    auto withinOneYuan = lenient.closeShift(shift.id, countOf(49900));
    ASSERT_TRUE(withinOneYuan.ok()) << text(withinOneYuan.error());
    EXPECT_EQ(withinOneYuan->cash.overShortMinor, -100);
    EXPECT_EQ(withinOneYuan->shift.signedOffBy, 0);
    EXPECT_EQ(audited(QStringLiteral("shift.over_short_signed_off")), 0);
}

TEST_F(ShiftServiceTest, BlindCountRevealsTheExpectedCashOnlyAfterSubmission)
{
    const settlement::Shift shift = busyShift();
    ASSERT_TRUE(service().beginBlindCount(shift.id).ok());

    auto hidden = service().expectedCash(shift.id);
    ASSERT_FALSE(hidden.ok());
    EXPECT_EQ(hidden.error().code, QStringLiteral("shift.blind_count"));
    EXPECT_FALSE(hidden.error().message.contains(QStringLiteral("463")));
    // Moving cash now would change (and hint at) what is being counted.
    auto payOut = service().payOut(shift.id, fen(100), QStringLiteral("safe"), m_alice);
    ASSERT_FALSE(payOut.ok());
    EXPECT_EQ(payOut.error().code, QStringLiteral("shift.counting"));
    // A second connection (the UI of another process) sees it hidden too.
    storage::Database other;
    ASSERT_TRUE(m_temp.openInto(other).ok());
    EXPECT_FALSE(ShiftService(other).expectedCash(shift.id).ok());

    // The first count is final even though the close is refused for want of a reason.
    auto refused = service().closeShift(shift.id, countOf(46000));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("shift.reason_required"));
    EXPECT_FALSE(refused.error().message.contains(QStringLiteral("463.40")));
    auto shown = service().expectedCash(shift.id);
    ASSERT_TRUE(shown.ok()) << text(shown.error());
    EXPECT_EQ(shown->expected, fen(46340));
    EXPECT_EQ(shown->counted, fen(46000));
    EXPECT_EQ(shown->overShortMinor, -340);

    auto recount =
        service().closeShift(shift.id, countOf(46340), QStringLiteral("recount"), m_boss);
    ASSERT_FALSE(recount.ok());
    EXPECT_EQ(recount.error().code, QStringLiteral("shift.count_submitted"));

    auto closing =
        service().closeShift(shift.id, countOf(46000), QStringLiteral("paid a supplier"), m_boss);
    ASSERT_TRUE(closing.ok()) << text(closing.error());
    EXPECT_EQ(closing->cash.expected, fen(46340));
    EXPECT_EQ(closing->cash.overShortMinor, -340);
    EXPECT_EQ(scalar(QStringLiteral("SELECT blind FROM shifts WHERE id = ?"), {shift.id}).toInt(),
              1);
    EXPECT_EQ(audited(QStringLiteral("shift.blind_count_submitted")), 1);
}

TEST_F(ShiftServiceTest, MatchingBlindCountClosesAtOnceAndReturnsTheExpected)
{
    const settlement::Shift shift = busyShift();
    ASSERT_TRUE(service().beginBlindCount(shift.id).ok());
    auto closing = service().closeShift(shift.id, countOf(46340));
    ASSERT_TRUE(closing.ok()) << text(closing.error());
    EXPECT_TRUE(closing->shift.blind);
    EXPECT_EQ(closing->cash.expected, fen(46340));
    EXPECT_EQ(closing->cash.overShortMinor, 0);
}

TEST_F(ShiftServiceTest, HandOverOpensTheNextShiftWithTheCountedCash)
{
    const settlement::Shift first = open(service(), m_alice, 50000);
    cashSale(first, m_alice, 12345);
    auto handOver = service().handOver(first.id, m_bob, countOf(62345), today());
    ASSERT_TRUE(handOver.ok()) << text(handOver.error());
    EXPECT_FALSE(handOver->closed.shift.isOpen());
    EXPECT_EQ(handOver->closed.cash.overShortMinor, 0);
    EXPECT_EQ(handOver->closed.shift.handedOverTo, handOver->next.id);
    const settlement::Shift second = handOver->next;
    EXPECT_TRUE(second.isOpen());
    EXPECT_EQ(second.cashierId, m_bob.id);
    EXPECT_EQ(second.terminalId, terminal());
    EXPECT_EQ(second.openingFloat, fen(62345));
    EXPECT_EQ(second.openedFromShift, first.id);
    EXPECT_GE(second.openedAtMs, handOver->closed.shift.closedAtMs);

    cashSale(second, m_bob, 500);
    cashSale(second, m_alice, 700); // Alice no longer has the drawer: not Bob's cash
    auto bobs = service().expectedCash(second.id);
    ASSERT_TRUE(bobs.ok());
    EXPECT_EQ(bobs->openingFloat, fen(0));
    EXPECT_EQ(bobs->handOverIn, fen(62345));
    EXPECT_EQ(bobs->cashSales, fen(500));
    EXPECT_EQ(bobs->expected, fen(62845));

    ASSERT_TRUE(service().closeShift(second.id, countOf(62845)).ok());
    auto day = service().cashSummary(terminal(), today());
    ASSERT_TRUE(day.ok());
    EXPECT_EQ(day->openingFloat, fen(50000)); // only the cash that came from the safe
    EXPECT_EQ(day->handOverIn, fen(62345));
    EXPECT_EQ(day->handOverOut, fen(62345));
    EXPECT_EQ(day->cashSales, fen(12845));
    EXPECT_EQ(day->expected, fen(62845)); // what the drawer holds at the end
    EXPECT_EQ(day->counted, fen(62845));
    EXPECT_EQ(day->overShortMinor, 0);
    EXPECT_EQ(audited(QStringLiteral("shift.handed_over")), 1);
}

TEST_F(ShiftServiceTest, RefusedHandOverLeavesTheFirstShiftOpenAndNoSecond)
{
    const settlement::Shift first = open(service(), m_alice, 50000);
    auto shortCount = service().handOver(first.id, m_bob, countOf(49000), today());
    ASSERT_FALSE(shortCount.ok());
    EXPECT_EQ(shortCount.error().code, QStringLiteral("shift.reason_required"));
    auto toHerself = service().handOver(first.id, m_alice, countOf(50000), today());
    ASSERT_FALSE(toHerself.ok());
    EXPECT_EQ(toHerself.error().code, QStringLiteral("shift.same_cashier"));
    Cashier nobody;
    EXPECT_EQ(service().handOver(first.id, nobody, countOf(50000), today()).error().code,
              QStringLiteral("shift.no_cashier"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM shifts")).toInt(), 1);
    EXPECT_TRUE(service().shift(first.id)->isOpen());

    auto signedOff = service().handOver(first.id, m_bob, countOf(49000), today(),
                                        QStringLiteral("short"), m_boss);
    ASSERT_TRUE(signedOff.ok()) << text(signedOff.error());
    EXPECT_EQ(signedOff->next.openingFloat, fen(49000));
    EXPECT_EQ(signedOff->closed.cash.overShortMinor, -1000);
}

TEST_F(ShiftServiceTest, OneOpenShiftPerTerminal)
{
    open(service(), m_alice, 10000);
    auto second = service().openShift(terminal(), m_bob, today(), fen(10000));
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, QStringLiteral("shift.already_open"));
    // Another terminal has its own drawer.
    auto elsewhere = service().openShift(QStringLiteral("T02"), m_bob, today(), fen(10000));
    EXPECT_TRUE(elsewhere.ok());
}

TEST_F(ShiftServiceTest, OpeningNeedsACashierAFloatAndATerminal)
{
    EXPECT_EQ(service().openShift(terminal(), Cashier{}, today(), fen(0)).error().code,
              QStringLiteral("shift.no_cashier"));
    EXPECT_EQ(service().openShift(terminal(), m_alice, today(), fen(-1)).error().code,
              QStringLiteral("shift.bad_amount"));
    EXPECT_EQ(
        service()
            .openShift(terminal(), m_alice, today(), Money::fromMinor(100, QStringLiteral("USD")))
            .error()
            .code,
        QStringLiteral("shift.bad_amount"));
    EXPECT_EQ(service().openShift(QStringLiteral(" "), m_alice, today(), fen(0)).error().code,
              QStringLiteral("shift.bad_terminal"));
    EXPECT_EQ(service().openShift(terminal(), m_alice, QDate(), fen(0)).error().code,
              QStringLiteral("shift.bad_terminal"));
    auto zeroFloat = service().openShift(terminal(), m_alice, today(), fen(0));
    EXPECT_TRUE(zeroFloat.ok());
}

TEST_F(ShiftServiceTest, PayInAndPayOutNeedAReasonAndAPositiveAmount)
{
    const settlement::Shift shift = open(service(), m_alice, 10000);
    for (const QString &reason : {QString(), QStringLiteral("   ")}) {
        EXPECT_EQ(service().payIn(shift.id, fen(100), reason, m_alice).error().code,
                  QStringLiteral("shift.reason_required"));
        EXPECT_EQ(service().payOut(shift.id, fen(100), reason, m_alice).error().code,
                  QStringLiteral("shift.reason_required"));
    }
    const QString why = QStringLiteral("float top-up");
    for (qint64 minor : {0LL, -500LL}) {
        EXPECT_EQ(service().payIn(shift.id, fen(minor), why, m_alice).error().code,
                  QStringLiteral("shift.bad_amount"));
        EXPECT_EQ(service().payOut(shift.id, fen(minor), why, m_alice).error().code,
                  QStringLiteral("shift.bad_amount"));
    }
    EXPECT_EQ(service()
                  .payIn(shift.id, Money::fromMinor(100, QStringLiteral("HKD")), why, m_alice)
                  .error()
                  .code,
              QStringLiteral("shift.bad_amount"));
    EXPECT_EQ(
        service().payIn(shift.id, fen(100), QString(501, QLatin1Char('x')), m_alice).error().code,
        QStringLiteral("shift.reason_too_long"));
    EXPECT_EQ(service().payIn(shift.id, fen(100), why, m_bob).error().code,
              QStringLiteral("shift.not_allowed"));
    EXPECT_EQ(service().payIn(424242, fen(100), why, m_alice).error().code,
              QStringLiteral("shift.not_found"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM cash_movements")).toInt(), 0);

    ASSERT_TRUE(service().payIn(shift.id, fen(5000), why, m_alice).ok());
    ASSERT_TRUE(service().payOut(shift.id, fen(3000), QStringLiteral("pick-up"), m_boss).ok());
    EXPECT_EQ(audited(QStringLiteral("shift.pay_in")), 1);
    EXPECT_EQ(audited(QStringLiteral("shift.pay_out")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT reason FROM cash_movements WHERE kind = 'pay_out'"))
                  .toString(),
              QStringLiteral("pick-up"));
    auto cash = service().expectedCash(shift.id);
    ASSERT_TRUE(cash.ok());
    EXPECT_EQ(cash->expected, fen(12000));
}

TEST_F(ShiftServiceTest, PayOutCannotTakeMoreThanTheDrawerHolds)
{
    const settlement::Shift shift = open(service(), m_alice, 10000);
    cashSale(shift, m_alice, 550);
    auto tooMuch = service().payOut(shift.id, fen(10551), QStringLiteral("safe"), m_alice);
    ASSERT_FALSE(tooMuch.ok());
    EXPECT_EQ(tooMuch.error().code, QStringLiteral("shift.payout_exceeds_drawer"));
    EXPECT_TRUE(service().payOut(shift.id, fen(10550), QStringLiteral("safe"), m_alice).ok());
    EXPECT_EQ(service().expectedCash(shift.id)->expected, fen(0));
}

TEST_F(ShiftServiceTest, AClosedShiftTakesNoMoreCashOrCounts)
{
    const settlement::Shift shift = open(service(), m_alice, 10000);
    ASSERT_TRUE(service().closeShift(shift.id, countOf(10000)).ok());
    EXPECT_EQ(service().payIn(shift.id, fen(100), QStringLiteral("late"), m_alice).error().code,
              QStringLiteral("shift.not_open"));
    EXPECT_EQ(service().closeShift(shift.id, countOf(10000)).error().code,
              QStringLiteral("shift.not_open"));
    EXPECT_EQ(service().beginBlindCount(shift.id).error().code, QStringLiteral("shift.not_open"));
    // Later sales by the same cashier are not this shift's.
    test::ShiftTestBed::sale(terminal(), m_alice, 999);
    auto cash = service().expectedCash(shift.id);
    ASSERT_TRUE(cash.ok());
    EXPECT_EQ(cash->cashSales, fen(0));
    EXPECT_EQ(cash->counted, fen(10000));
}

TEST_F(ShiftServiceTest, CountInAnotherCurrencyOrWithAnOverlongReasonIsRefused)
{
    const settlement::Shift shift = open(service(), m_alice, 10000);
    auto usd = settlement::CashCount::of(
        settlement::Denominations::forCurrency(QStringLiteral("USD")).value(), {{10000, 1}});
    ASSERT_TRUE(usd.ok());
    EXPECT_EQ(service().closeShift(shift.id, usd.value()).error().code,
              QStringLiteral("shift.bad_count"));
    EXPECT_EQ(service()
                  .closeShift(shift.id, countOf(9000), QString(100000, QLatin1Char('x')), m_boss)
                  .error()
                  .code,
              QStringLiteral("shift.reason_too_long"));
    EXPECT_TRUE(service().shift(shift.id)->isOpen());
}

// Each closed shift goes to head office once, through the outbox, in the closing transaction.
TEST_F(ShiftServiceTest, ClosingAShiftEnqueuesItsFiguresForHeadOffice)
{
    const settlement::Shift shift = busyShift();
    auto closing =
        service().closeShift(shift.id, countOf(46000), QStringLiteral("coins missing"), m_boss);
    ASSERT_TRUE(closing.ok()) << text(closing.error());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(), 1);
    const QString key = outbox::shiftCloseKey(terminal(), shift.id);
    auto state = outbox::OutboxRepository(db()).stateOf(outbox::kShiftCloseKind, key);
    ASSERT_TRUE(state.ok());
    EXPECT_EQ(state->state, outbox::OutboxState::Waiting);
    const QJsonObject json =
        QJsonDocument::fromJson(
            scalar(QStringLiteral("SELECT payload FROM outbox WHERE item_key = ?"), {key})
                .toString()
                .toUtf8())
            .object();
    EXPECT_EQ(json.value(QStringLiteral("shift_id")).toInteger(), shift.id);
    EXPECT_EQ(json.value(QStringLiteral("terminal_id")).toString(), terminal());
    EXPECT_EQ(json.value(QStringLiteral("cashier_code")).toString(), m_alice.code);
    EXPECT_EQ(json.value(QStringLiteral("business_date")).toString(),
              today().toString(Qt::ISODate));
    EXPECT_EQ(json.value(QStringLiteral("opening_float_minor")).toInteger(), 50000);
    EXPECT_EQ(json.value(QStringLiteral("expected_minor")).toInteger(), 46340);
    EXPECT_EQ(json.value(QStringLiteral("counted_minor")).toInteger(), 46000);
    EXPECT_EQ(json.value(QStringLiteral("over_short_minor")).toInteger(), -340);
    EXPECT_EQ(json.value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
    EXPECT_EQ(json.value(QStringLiteral("reason")).toString(), QStringLiteral("coins missing"));
    EXPECT_EQ(json.value(QStringLiteral("signed_off_by_code")).toString(), m_boss.code);
    EXPECT_EQ(json.value(QStringLiteral("closed_at_ms")).toInteger(), closing->shift.closedAtMs);
    EXPECT_FALSE(json.value(QStringLiteral("blind")).toBool());
    EXPECT_EQ(json.value(QStringLiteral("handed_over_to")).toInteger(), 0);
}

TEST_F(ShiftServiceTest, HandOverEnqueuesTheClosedShiftWithItsSuccessor)
{
    const settlement::Shift first = open(service(), m_alice, 50000);
    auto handOver = service().handOver(first.id, m_bob, countOf(50000), today());
    ASSERT_TRUE(handOver.ok()) << text(handOver.error());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(), 1);
    const QJsonObject json =
        QJsonDocument::fromJson(
            scalar(QStringLiteral("SELECT payload FROM outbox")).toString().toUtf8())
            .object();
    EXPECT_EQ(json.value(QStringLiteral("shift_id")).toInteger(), first.id);
    EXPECT_EQ(json.value(QStringLiteral("handed_over_to")).toInteger(), handOver->next.id);
}

TEST_F(ShiftServiceTest, RefusedOrFailedEnqueueLeavesTheShiftOpenAndNothingQueued)
{
    const settlement::Shift shift = open(service(), m_alice, 50000);
    // A refused close (no reason for a short) queues nothing.
    ASSERT_FALSE(service().closeShift(shift.id, countOf(40000)).ok());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(), 0);
    // The key is taken already: the enqueue fails and the close with it.
    ASSERT_TRUE(outbox::OutboxRepository(db())
                    .enqueue(outbox::kShiftCloseKind, outbox::shiftCloseKey(terminal(), shift.id),
                             "{}", terminal())
                    .ok());
    auto closing = service().closeShift(shift.id, countOf(50000));
    ASSERT_FALSE(closing.ok());
    EXPECT_EQ(closing.error().code, QStringLiteral("outbox.duplicate"));
    EXPECT_TRUE(service().shift(shift.id)->isOpen());
    auto handOver = service().handOver(shift.id, m_bob, countOf(50000), today());
    ASSERT_FALSE(handOver.ok());
    EXPECT_TRUE(service().shift(shift.id)->isOpen());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM shifts")).toInt(), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(), 1);
    EXPECT_EQ(audited(QStringLiteral("shift.closed")), 0);
}

} // namespace
} // namespace pos
