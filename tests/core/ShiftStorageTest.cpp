// Migration 6 holds on its own, whatever process writes: one open shift per terminal, positive
// pay-ins/pay-outs with reasons, sane counts, and closed shifts (with their counts and cash
// movements) that never change.
#include "ShiftTestBed.h"

#include "storage/ShiftRepository.h"

namespace pos {
namespace {

using settlement::ShiftService;
using test::countOf;
using test::fen;
using test::nowMs;
using test::text;

class ShiftStorageTest : public test::ShiftTestBed
{
protected:
    bool execOn(storage::Database &database, const QString &sql, const QVariantList &bindings = {})
    {
        return database.exec(sql, bindings).ok();
    }

    ShiftService m_service{db()};
};

TEST_F(ShiftStorageTest, SecondConnectionCannotOpenAnotherShiftOnTheTerminal)
{
    open(m_service, m_alice, 10000);
    storage::Database other;
    ASSERT_TRUE(m_temp.openInto(other).ok());
    const QString insert = QStringLiteral(
        "INSERT INTO shifts (terminal_id, cashier_id, business_date, currency, "
        "opened_at_ms, opening_float_minor) VALUES (?, ?, '2026-11-25', 'CNY', ?, 0)");
    EXPECT_FALSE(execOn(other, insert, {terminal(), m_bob.id, nowMs()}));
    EXPECT_TRUE(execOn(other, insert, {QStringLiteral("T02"), m_bob.id, nowMs()}));

    // The service on the other connection maps the index's refusal to the same error.
    settlement::Shift racing;
    racing.terminalId = terminal();
    racing.cashierId = m_bob.id;
    racing.businessDate = today();
    racing.openedAtMs = nowMs();
    racing.openingFloat = fen(0);
    auto inserted = storage::ShiftRepository(other).insertOpen(racing);
    ASSERT_FALSE(inserted.ok());
    EXPECT_EQ(inserted.error().code, QStringLiteral("shift.already_open"));
    EXPECT_EQ(ShiftService(other).openShift(terminal(), m_bob, today(), fen(0)).error().code,
              QStringLiteral("shift.already_open"));
}

TEST_F(ShiftStorageTest, CashMovementsNeedAPositiveAmountAndAReasonAndNeverChange)
{
    const settlement::Shift shift = open(m_service, m_alice, 10000);
    const QString insert = QStringLiteral("INSERT INTO cash_movements (shift_id, kind, "
                                          "amount_minor, reason, cashier_id, at_ms) VALUES (?, ?, "
                                          "?, ?, ?, 0)");
    EXPECT_FALSE(execOn(db(), insert,
                        {shift.id, QStringLiteral("pay_in"), 0, QStringLiteral("x"), m_alice.id}));
    EXPECT_FALSE(execOn(db(), insert,
                        {shift.id, QStringLiteral("pay_in"), -5, QStringLiteral("x"), m_alice.id}));
    EXPECT_FALSE(execOn(db(), insert,
                        {shift.id, QStringLiteral("pay_in"), 5, QStringLiteral("  "), m_alice.id}));
    EXPECT_FALSE(execOn(db(), insert,
                        {shift.id, QStringLiteral("drop"), 5, QStringLiteral("x"), m_alice.id}));
    ASSERT_TRUE(m_service.payIn(shift.id, fen(500), QStringLiteral("coins"), m_alice).ok());
    EXPECT_FALSE(execOn(db(), QStringLiteral("UPDATE cash_movements SET amount_minor = 1")));
    EXPECT_FALSE(execOn(db(), QStringLiteral("DELETE FROM cash_movements")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT SUM(amount_minor) FROM cash_movements")).toLongLong(),
              500);
}

TEST_F(ShiftStorageTest, CountsAreNeverNegative)
{
    const settlement::Shift shift = open(m_service, m_alice, 10000);
    const QString insert = QStringLiteral(
        "INSERT INTO cash_counts (shift_id, denomination_minor, quantity) VALUES (?, ?, ?)");
    EXPECT_FALSE(execOn(db(), insert, {shift.id, 100, -1}));
    EXPECT_FALSE(execOn(db(), insert, {shift.id, 0, 1}));
    EXPECT_TRUE(execOn(db(), insert, {shift.id, 100, 0}));
    EXPECT_FALSE(execOn(db(), QStringLiteral("UPDATE shifts SET opening_float_minor = -1")));
}

TEST_F(ShiftStorageTest, AClosedShiftIsFinal)
{
    const settlement::Shift shift = open(m_service, m_alice, 10000);
    ASSERT_TRUE(m_service.payIn(shift.id, fen(500), QStringLiteral("coins"), m_alice).ok());
    auto closing = m_service.closeShift(shift.id, countOf(10500));
    ASSERT_TRUE(closing.ok()) << text(closing.error());

    EXPECT_FALSE(execOn(db(),
                        QStringLiteral("UPDATE shifts SET counted_minor = 0, "
                                       "over_short_minor = -10500 WHERE id = ?"),
                        {shift.id}));
    EXPECT_FALSE(execOn(db(), QStringLiteral("UPDATE shifts SET closed_at_ms = NULL")));
    EXPECT_FALSE(execOn(db(), QStringLiteral("DELETE FROM shifts")));
    EXPECT_FALSE(execOn(db(), QStringLiteral("UPDATE cash_counts SET quantity = 0")));
    EXPECT_FALSE(execOn(db(), QStringLiteral("DELETE FROM cash_counts")));
    EXPECT_FALSE(
        execOn(db(), QStringLiteral("INSERT INTO cash_counts VALUES (?, 1, 1)"), {shift.id}));
    EXPECT_FALSE(execOn(db(),
                        QStringLiteral("INSERT INTO cash_movements (shift_id, kind, "
                                       "amount_minor, reason, cashier_id, at_ms) VALUES (?, "
                                       "'pay_out', 1, 'late', ?, 0)"),
                        {shift.id, m_alice.id}));
    EXPECT_EQ(m_service.shift(shift.id)->counted, fen(10500));
}

TEST_F(ShiftStorageTest, AClosedShiftsFiguresMustAddUp)
{
    const settlement::Shift shift = open(m_service, m_alice, 10000);
    // expected must be float + sales − refunds + pay-ins − pay-outs, over/short counted − expected.
    EXPECT_FALSE(execOn(db(),
                        QStringLiteral("UPDATE shifts SET closed_at_ms = opened_at_ms, "
                                       "counted_minor = 10000, cash_sales_minor = 0, "
                                       "cash_refunds_minor = 0, pay_ins_minor = 0, "
                                       "pay_outs_minor = 0, expected_minor = 9000, "
                                       "over_short_minor = 1000 WHERE id = ?"),
                        {shift.id}));
    EXPECT_FALSE(execOn(db(),
                        QStringLiteral("UPDATE shifts SET closed_at_ms = opened_at_ms, "
                                       "counted_minor = 10000, cash_sales_minor = 0, "
                                       "cash_refunds_minor = 0, pay_ins_minor = 0, "
                                       "pay_outs_minor = 0, expected_minor = 10000, "
                                       "over_short_minor = 5 WHERE id = ?"),
                        {shift.id}));
    EXPECT_TRUE(m_service.shift(shift.id)->isOpen());
}

} // namespace
} // namespace pos
