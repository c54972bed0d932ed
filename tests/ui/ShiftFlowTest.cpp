// The shift dialog in the counter window (F7): the status bar and the sale screen say when the
// drawer has no shift, a pay-in opens the drawer (logged), and a hand-over signs the cashier
// out so the next one signs in.
#include "TerminalFixture.h"

#include "approval/SupervisorApproval.h"
#include "settlement/ShiftService.h"
#include "shift/CashCountWidget.h"
#include "shift/ShiftDialog.h"
#include "storage/PrintJobRepository.h"

#include <QLabel>
#include <QSqlQuery>
#include <QStackedWidget>

using namespace pos;
using ui::ShiftDialog;

namespace {

class ShiftFlowTest : public test::TerminalFixture
{
protected:
    QLabel *shiftStatus() const
    {
        return m_window->findChild<QLabel *>(QStringLiteral("shiftStatus"));
    }

    QStringList drawerReasons()
    {
        QStringList reasons;
        auto query = m_runtime->database().exec(
            QStringLiteral("SELECT reason FROM drawer_events ORDER BY id"));
        EXPECT_TRUE(query.ok());
        while (query.ok() && query->next()) {
            reasons << query->value(0).toString();
        }
        return reasons;
    }

    ShiftDialog *openShiftDialog()
    {
        pressOnWindow(Qt::Key_F7);
        ShiftDialog *dialog = m_window->shiftDialog();
        EXPECT_NE(dialog, nullptr);
        if (dialog) {
            EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
        }
        return dialog;
    }

    // F7 on a drawer without a shift, the float typed and Enter: the dialog closes.
    void openShiftWithFloat(const QString &amount)
    {
        ShiftDialog *dialog = openShiftDialog();
        ASSERT_NE(dialog, nullptr);
        ASSERT_EQ(dialog->page(), ShiftDialog::kOpen);
        dialog->floatField()->setText(amount);
        QTest::keyClick(dialog->floatField(), Qt::Key_Return);
        ASSERT_TRUE(test::waitUntil([this] { return m_window->shiftDialog() == nullptr; }));
    }
};

TEST_F(ShiftFlowTest, NoShiftIsShownThenF7OpensOnePaysInWithTheDrawerAndHandsOverToTheNext)
{
    startTerminal(false);
    login(QStringLiteral("1001"), QStringLiteral("1234"));
    ASSERT_NE(shiftStatus(), nullptr);
    EXPECT_TRUE(shiftStatus()->text().contains(QStringLiteral("No shift")));
    EXPECT_TRUE(m_window->saleScreen()
                    ->findChild<QLabel *>(QStringLiteral("saleMessage"))
                    ->text()
                    .contains(QStringLiteral("F7")));

    openShiftWithFloat(QStringLiteral("200"));
    EXPECT_TRUE(shiftStatus()->text().contains(QStringLiteral("Zhang Wei")))
        << shiftStatus()->text().toStdString();

    ShiftDialog *dialog = openShiftDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->page(), ShiftDialog::kOverview);
    dialog->startPayIn();
    ASSERT_EQ(dialog->page(), ShiftDialog::kMovement);
    dialog->amountField()->setText(QStringLiteral("50"));
    dialog->movementReasonField()->setText(QStringLiteral("change from the safe"));
    QTest::mouseClick(dialog->movementButton(), Qt::LeftButton);
    EXPECT_EQ(drawerReasons(), QStringList{QStringLiteral("pay-in")});

    // Hand over with ¥250 counted: the next cashier's shift opens with it, and this cashier is
    // signed out when the dialog closes.
    dialog->startHandOver();
    ASSERT_EQ(dialog->page(), ShiftDialog::kCount);
    dialog->countWidget()->quantityField(10000)->setText(QStringLiteral("2"));
    dialog->countWidget()->quantityField(5000)->setText(QStringLiteral("1"));
    dialog->submitCount();
    ASSERT_EQ(dialog->page(), ShiftDialog::kNextCashier)
        << dialog->messageLabel()->text().toStdString();
    ui::SupervisorApproval *next = dialog->nextCashierApproval();
    EXPECT_TRUE(next->approveButton()->text().contains(QStringLiteral("Sign in")));
    next->codeField()->setText(QStringLiteral("1002"));
    next->pinField()->setText(QStringLiteral("5678"));
    QTest::mouseClick(next->approveButton(), Qt::LeftButton);
    ASSERT_TRUE(test::waitUntil([dialog] { return dialog->page() == ShiftDialog::kResult; }));
    dialog->close();
    ASSERT_TRUE(test::waitUntil([this] { return m_window->shiftDialog() == nullptr; }));
    // The hand-over slip went to the printer with the count and the next cashier.
    auto jobs = storage::PrintJobRepository(m_runtime->database()).recent(10);
    ASSERT_TRUE(jobs.ok());
    ASSERT_FALSE(jobs->empty());
    EXPECT_EQ(jobs->front().kind, storage::PrintJobKind::Report);
    EXPECT_TRUE(jobs->front().preview.contains(QStringLiteral("交班 HAND-OVER")));
    EXPECT_TRUE(jobs->front().preview.contains(QStringLiteral("250.00")));
    EXPECT_TRUE(jobs->front().preview.contains(QStringLiteral("1002")));
    EXPECT_EQ(m_window->findChild<QStackedWidget *>()->currentWidget(), m_window->loginWidget());

    settlement::ShiftService shifts(m_runtime->database());
    auto open = shifts.openShiftOn(m_runtime->config().identity.terminalId);
    ASSERT_TRUE(open.ok() && open->has_value());
    EXPECT_EQ((*open)->openingFloat, Money::fromMinor(25000));
    login(QStringLiteral("1002"), QStringLiteral("5678"));
    EXPECT_TRUE(shiftStatus()->text().contains(QStringLiteral("Wang Fang")))
        << shiftStatus()->text().toStdString();
}

TEST_F(ShiftFlowTest, AnotherCashiersOpenShiftIsPointedOutAtSignIn)
{
    startTerminal(false);
    login(QStringLiteral("1001"), QStringLiteral("1234"));
    openShiftWithFloat(QStringLiteral("100"));
    QTest::mouseClick(
        m_window->saleScreen()->findChild<QPushButton *>(QStringLiteral("logoutButton")),
        Qt::LeftButton);
    login(QStringLiteral("1002"), QStringLiteral("5678"));
    const QString message =
        m_window->saleScreen()->findChild<QLabel *>(QStringLiteral("saleMessage"))->text();
    EXPECT_TRUE(message.contains(QStringLiteral("Zhang Wei"))) << message.toStdString();
    ShiftDialog *dialog = openShiftDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->page(), ShiftDialog::kOtherShift);
}

TEST_F(ShiftFlowTest, TheBlindCountSettingReachesTheCloseAtTheCounter)
{
    startTerminal(false, [](config::TerminalConfig &config) {
        config.settlement.blindCount = true;
        config.settlement.toleranceMinor = 500;
    });
    login(QStringLiteral("1001"), QStringLiteral("1234"));
    openShiftWithFloat(QStringLiteral("100"));

    ShiftDialog *dialog = openShiftDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->startClose();
    ASSERT_EQ(dialog->page(), ShiftDialog::kCount);
    // The core now hides the expected cash: the count began blind.
    settlement::ShiftService shifts(m_runtime->database());
    auto open = shifts.openShiftOn(m_runtime->config().identity.terminalId);
    ASSERT_TRUE(open.ok() && open->has_value());
    auto hidden = shifts.expectedCash((*open)->id);
    ASSERT_FALSE(hidden.ok());
    EXPECT_EQ(hidden.error().code, QStringLiteral("shift.blind_count"));
    // ¥3 short is within the ¥5 tolerance from the INI: closed with no reason asked.
    dialog->countWidget()->quantityField(5000)->setText(QStringLiteral("1"));
    dialog->countWidget()->quantityField(2000)->setText(QStringLiteral("2"));
    dialog->countWidget()->quantityField(500)->setText(QStringLiteral("1"));
    dialog->countWidget()->quantityField(100)->setText(QStringLiteral("2"));
    dialog->submitCount();
    ASSERT_EQ(dialog->page(), ShiftDialog::kResult) << dialog->messageLabel()->text().toStdString();
    auto closed = shifts.shift((*open)->id);
    ASSERT_TRUE(closed.ok());
    EXPECT_TRUE(closed->blind);
    EXPECT_EQ(closed->overShortMinor, -300);
    EXPECT_EQ(closed->signedOffBy, 0);
}

} // namespace
