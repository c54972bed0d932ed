// The shift screens (F7) driven like a cashier does, over the real ShiftService and the demo
// accounts: open with a float, pay-in/pay-out with reasons, close with a count (exact, one fen
// short with reason and sign-off), a blind count, a hand-over, and another cashier's shift.
#include "support/TestSupport.h"

#include "approval/SupervisorApproval.h"
#include "runtime/TerminalRuntime.h"
#include "settlement/ShiftService.h"
#include "shift/CashCountWidget.h"
#include "shift/ShiftDialog.h"
#include "shift/ShiftFiguresView.h"
#include "storage/CashierRepository.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <map>
#include <memory>

using namespace pos;
using ui::ShiftDialog;

namespace {

Money yuan(const char *text)
{
    return Money::parse(QString::fromLatin1(text)).value();
}

class ShiftDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_data.isValid());
        m_runtime = std::make_unique<runtime::TerminalRuntime>();
        ASSERT_TRUE(m_runtime->open(m_data.path(), config::TerminalConfig{}, true).ok());
        m_shifts = std::make_unique<settlement::ShiftService>(m_runtime->database());
        m_terminal = m_runtime->config().identity.terminalId;
    }

    Cashier cashier(const char *code)
    {
        auto found =
            storage::CashierRepository(m_runtime->database()).findByCode(QString::fromLatin1(code));
        EXPECT_TRUE(found.ok());
        return found ? found.value() : Cashier{};
    }

    settlement::Shift openShift(const Cashier &who, const char *openingFloat)
    {
        auto opened = m_shifts->openShift(m_terminal, who, m_date, yuan(openingFloat));
        EXPECT_TRUE(opened.ok()) << (opened ? "" : opened.error().message.toStdString());
        return opened ? opened.value() : settlement::Shift{};
    }

    std::unique_ptr<ShiftDialog> makeDialog(const Cashier &who, bool blind)
    {
        auto dialog = std::make_unique<ShiftDialog>(*m_shifts, m_runtime->database(), m_terminal,
                                                    m_date, who, blind);
        dialog->show();
        dialog->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(dialog.get()));
        return dialog;
    }

    static void key(ShiftDialog *dialog, Qt::Key key, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::keyClick(dialog->windowHandle(), key, modifiers);
    }

    // Code + PIN typed and Enter pressed; the PIN hash runs on a worker thread.
    static void authenticate(ui::SupervisorApproval *approval, const char *code, const char *pin)
    {
        approval->codeField()->setText(QString::fromLatin1(code));
        approval->pinField()->setText(QString::fromLatin1(pin));
        QTest::keyClick(approval->pinField(), Qt::Key_Return);
        ASSERT_TRUE(test::waitUntil([approval] { return !approval->isChecking(); }));
    }

    // Quantities typed into the count rows (denomination in fen → pieces).
    static void typeCount(ShiftDialog *dialog, const std::map<qint64, int> &quantities)
    {
        for (const auto &[denomination, quantity] : quantities) {
            QLineEdit *field = dialog->countWidget()->quantityField(denomination);
            ASSERT_NE(field, nullptr);
            field->selectAll();
            QTest::keyClicks(field, QString::number(quantity));
        }
    }

    // Every text a person can see in the dialog right now.
    static QString visibleText(QWidget *dialog)
    {
        QStringList texts;
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->isVisible()) {
                texts << label->text();
            }
        }
        for (QLineEdit *field : dialog->findChildren<QLineEdit *>()) {
            if (field->isVisible()) {
                texts << field->text();
            }
        }
        return texts.join(QLatin1Char('\n'));
    }

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString path = test::outputDir() + QLatin1Char('/') + name;
        ASSERT_TRUE(widget->grab().save(path));
        EXPECT_GT(QFileInfo(path).size(), 1000);
    }

    // Float ¥200, paid in ¥50 and out ¥30: ¥220 expected.
    settlement::Shift shiftExpecting220(const Cashier &who)
    {
        settlement::Shift shift = openShift(who, "200");
        EXPECT_TRUE(m_shifts->payIn(shift.id, yuan("50"), QStringLiteral("change"), who).ok());
        EXPECT_TRUE(m_shifts->payOut(shift.id, yuan("30"), QStringLiteral("bank"), who).ok());
        return shift;
    }

    QTemporaryDir m_data;
    std::unique_ptr<runtime::TerminalRuntime> m_runtime;
    std::unique_ptr<settlement::ShiftService> m_shifts;
    QString m_terminal;
    QDate m_date = QDate::currentDate();
};

TEST(ShiftDialogCashCount, TakesDigitsOnlyUpToTheMaximumAndAddsUpLive)
{
    ui::CashCountWidget widget(settlement::Denominations::cny());
    EXPECT_EQ(widget.rowCount(), 11);
    QStringList names;
    for (QLabel *label : widget.findChildren<QLabel *>()) {
        names << label->text();
    }
    for (const char *name : {"¥100", "¥1", "5角", "1角", "5分", "1分"}) {
        EXPECT_TRUE(names.contains(QString::fromUtf8(name))) << name;
    }
    QSignalSpy changed(&widget, &ui::CashCountWidget::countChanged);
    QLineEdit *fiveJiao = widget.quantityField(50);
    ASSERT_NE(fiveJiao, nullptr);
    QTest::keyClicks(fiveJiao, QStringLiteral("1x2-3.4"));
    EXPECT_EQ(fiveJiao->text(), QStringLiteral("1234"));
    QTest::keyClicks(fiveJiao, QStringLiteral("5"));
    EXPECT_EQ(fiveJiao->text(), QStringLiteral("1234")) << "more than kMaxQuantity cannot be typed";
    fiveJiao->clear();
    QTest::keyClicks(fiveJiao, QStringLiteral("10000"));
    EXPECT_EQ(widget.count().quantityOf(50), settlement::CashCount::kMaxQuantity);
    EXPECT_EQ(widget.count().total(), yuan("5000"));
    ASSERT_GE(changed.count(), 1);
    EXPECT_EQ(changed.last().at(0).value<Money>(), yuan("5000"));
    EXPECT_EQ(widget.subtotalLabel(50)->text(), QStringLiteral("¥5000.00"));
    EXPECT_TRUE(widget.totalLabel()->text().contains(QStringLiteral("¥5000.00")));

    widget.setReadOnly(true);
    QTest::keyClicks(widget.quantityField(100), QStringLiteral("7"));
    EXPECT_EQ(widget.count().quantityOf(100), 0);
}

TEST_F(ShiftDialogTest, OpensWithAFloatThenPaysInAndOutWithReasons)
{
    const Cashier zhang = cashier("1001");
    {
        auto dialog = makeDialog(zhang, false);
        ASSERT_EQ(dialog->page(), ShiftDialog::kOpen);
        EXPECT_EQ(dialog->floatField()->text(), QStringLiteral("0.00"));
        QSignalSpy opened(dialog.get(), &ShiftDialog::shiftOpened);
        dialog->floatField()->selectAll();
        QTest::keyClicks(dialog->floatField(), QStringLiteral("200.00"));
        QTest::keyClick(dialog->floatField(), Qt::Key_Return);
        ASSERT_EQ(opened.count(), 1);
        EXPECT_EQ(opened.at(0).at(0).value<settlement::Shift>().openingFloat, yuan("200"));
        EXPECT_EQ(dialog->result(), QDialog::Accepted);
    }
    auto open = m_shifts->openShiftOn(m_terminal);
    ASSERT_TRUE(open.ok() && open->has_value());
    EXPECT_EQ((*open)->cashierId, zhang.id);
    EXPECT_EQ((*open)->openingFloat, yuan("200"));

    auto dialog = makeDialog(zhang, false);
    ASSERT_EQ(dialog->page(), ShiftDialog::kOverview);
    EXPECT_EQ(dialog->figures()->floatLabel()->text(), QStringLiteral("¥200.00"));
    EXPECT_EQ(dialog->figures()->expectedLabel()->text(), QStringLiteral("¥200.00"));
    QSignalSpy moved(dialog.get(), &ShiftDialog::cashMoved);

    key(dialog.get(), Qt::Key_I, Qt::ControlModifier);
    ASSERT_EQ(dialog->page(), ShiftDialog::kMovement);
    QTest::keyClicks(dialog->amountField(), QStringLiteral("50"));
    QTest::mouseClick(dialog->movementButton(), Qt::LeftButton);
    EXPECT_EQ(moved.count(), 0);
    EXPECT_EQ(dialog->page(), ShiftDialog::kMovement);
    EXPECT_TRUE(dialog->messageLabel()->text().contains(QStringLiteral("say why")))
        << dialog->messageLabel()->text().toStdString();
    QTest::keyClicks(dialog->movementReasonField(), QStringLiteral("change from the safe"));
    QTest::keyClick(dialog->movementReasonField(), Qt::Key_Return);
    ASSERT_EQ(moved.count(), 1);
    EXPECT_GT(moved.at(0).at(0).toLongLong(), 0);
    EXPECT_TRUE(moved.at(0).at(1).toBool());
    EXPECT_EQ(moved.at(0).at(2).value<Money>(), yuan("50"));
    ASSERT_EQ(dialog->page(), ShiftDialog::kOverview);
    EXPECT_EQ(dialog->figures()->payInsLabel()->text(), QStringLiteral("¥50.00"));

    key(dialog.get(), Qt::Key_U, Qt::ControlModifier);
    ASSERT_EQ(dialog->page(), ShiftDialog::kMovement);
    QTest::keyClicks(dialog->amountField(), QStringLiteral("1000"));
    QTest::keyClick(dialog->amountField(), Qt::Key_Return); // on to the reason
    QTest::keyClicks(dialog->movementReasonField(), QStringLiteral("cash to the bank"));
    QTest::keyClick(dialog->movementReasonField(), Qt::Key_Return);
    EXPECT_EQ(moved.count(), 1) << "a pay-out beyond the drawer is refused";
    EXPECT_TRUE(dialog->messageLabel()->text().contains(QStringLiteral("drawer should hold")))
        << dialog->messageLabel()->text().toStdString();
    dialog->amountField()->setText(QStringLiteral("30"));
    QTest::mouseClick(dialog->movementButton(), Qt::LeftButton);
    ASSERT_EQ(moved.count(), 2);
    EXPECT_FALSE(moved.at(1).at(1).toBool());
    EXPECT_EQ(moved.at(1).at(2).value<Money>(), yuan("30"));
    ASSERT_EQ(dialog->page(), ShiftDialog::kOverview);
    EXPECT_EQ(dialog->figures()->payOutsLabel()->text(), QStringLiteral("¥30.00"));
    EXPECT_EQ(dialog->figures()->expectedLabel()->text(), QStringLiteral("¥220.00"));
}

TEST_F(ShiftDialogTest, CloseWithAnExactCountCountedOnTheNumberPadHasNoOverShort)
{
    const Cashier zhang = cashier("1001");
    const settlement::Shift shift = shiftExpecting220(zhang);
    auto dialog = makeDialog(zhang, false);
    EXPECT_LE(dialog->width(), 1024);
    EXPECT_LE(dialog->height(), 700);
    QSignalSpy closed(dialog.get(), &ShiftDialog::shiftClosed);
    key(dialog.get(), Qt::Key_E, Qt::ControlModifier);
    ASSERT_EQ(dialog->page(), ShiftDialog::kCount);

    ui::CashCountWidget *count = dialog->countWidget();
    ASSERT_EQ(dialog->focusWidget(), count->quantityField(10000));
    QTest::keyClicks(count->quantityField(10000), QStringLiteral("2"));
    QTest::keyClick(count->quantityField(10000), Qt::Key_Enter, Qt::KeypadModifier);
    ASSERT_EQ(dialog->focusWidget(), count->quantityField(5000));
    QTest::keyClick(count->quantityField(5000), Qt::Key_Return);
    ASSERT_EQ(dialog->focusWidget(), count->quantityField(2000));
    QTest::keyClicks(count->quantityField(2000), QStringLiteral("1"));
    EXPECT_EQ(count->subtotalLabel(10000)->text(), QStringLiteral("¥200.00"));
    EXPECT_TRUE(count->totalLabel()->text().contains(QStringLiteral("¥220.00")));
    saveScreenshot(dialog.get(), QStringLiteral("shift-count.png"));
    // Enter down to the last row leads to the submit button; Enter there submits.
    for (qint64 row : {2000, 1000, 500, 100, 50, 10, 5, 2, 1}) {
        QTest::keyClick(count->quantityField(row), Qt::Key_Return);
    }
    ASSERT_EQ(dialog->focusWidget(), dialog->submitButton());
    EXPECT_EQ(closed.count(), 0);
    QTest::keyClick(dialog->submitButton(), Qt::Key_Return);

    ASSERT_EQ(dialog->page(), ShiftDialog::kResult) << dialog->messageLabel()->text().toStdString();
    ASSERT_EQ(closed.count(), 1);
    const auto closing = closed.at(0).at(0).value<settlement::ShiftClosing>();
    EXPECT_EQ(closing.shift.id, shift.id);
    EXPECT_EQ(closing.shift.overShortMinor, 0);
    EXPECT_EQ(dialog->resultFigures()->expectedLabel()->text(), QStringLiteral("¥220.00"));
    EXPECT_EQ(dialog->resultFigures()->countedLabel()->text(), QStringLiteral("¥220.00"));
    EXPECT_TRUE(
        dialog->resultFigures()->overShortLabel()->text().contains(QStringLiteral("无差额")));
    auto open = m_shifts->openShiftOn(m_terminal);
    ASSERT_TRUE(open.ok());
    EXPECT_FALSE(open->has_value());
}

TEST_F(ShiftDialogTest, OneFenShortNeedsAReasonThenASupervisorsSignOff)
{
    const Cashier zhang = cashier("1001");
    const Cashier supervisor = cashier("2001");
    const settlement::Shift shift = shiftExpecting220(zhang);
    auto dialog = makeDialog(zhang, false);
    QSignalSpy closed(dialog.get(), &ShiftDialog::shiftClosed);
    QTest::mouseClick(dialog->closeShiftButton(), Qt::LeftButton);
    ASSERT_EQ(dialog->page(), ShiftDialog::kCount);
    typeCount(dialog.get(), {{10000, 2}, {1000, 1}, {500, 1}, {100, 4}, {10, 9}, {1, 9}});
    EXPECT_TRUE(dialog->countWidget()->totalLabel()->text().contains(QStringLiteral("¥219.99")));
    EXPECT_FALSE(dialog->closeReasonField()->isVisible());

    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    ASSERT_EQ(dialog->page(), ShiftDialog::kCount);
    EXPECT_TRUE(dialog->closeReasonField()->isVisible());
    EXPECT_TRUE(dialog->messageLabel()->text().contains(QStringLiteral("-0.01")))
        << dialog->messageLabel()->text().toStdString();
    EXPECT_EQ(closed.count(), 0);

    QTest::keyClicks(dialog->closeReasonField(), QStringLiteral("coin fell behind the drawer"));
    QTest::keyClick(dialog->closeReasonField(), Qt::Key_Return);
    ASSERT_EQ(dialog->page(), ShiftDialog::kApproval);
    EXPECT_EQ(closed.count(), 0);

    authenticate(dialog->approval(), "1002", "5678"); // a plain cashier cannot sign off
    EXPECT_EQ(dialog->page(), ShiftDialog::kApproval);
    EXPECT_EQ(closed.count(), 0);
    EXPECT_TRUE(dialog->approval()->errorLabel()->text().contains(QStringLiteral("signs off")))
        << dialog->approval()->errorLabel()->text().toStdString();

    authenticate(dialog->approval(), "2001", "2468");
    ASSERT_EQ(dialog->page(), ShiftDialog::kResult) << dialog->messageLabel()->text().toStdString();
    ASSERT_EQ(closed.count(), 1);
    const QString overShort = dialog->resultFigures()->overShortLabel()->text();
    EXPECT_TRUE(overShort.contains(QStringLiteral("短款"))) << overShort.toStdString();
    EXPECT_TRUE(overShort.contains(QStringLiteral("−¥0.01"))) << overShort.toStdString();
    EXPECT_EQ(dialog->resultFigures()->expectedLabel()->text(), QStringLiteral("¥220.00"));
    EXPECT_EQ(dialog->resultFigures()->countedLabel()->text(), QStringLiteral("¥219.99"));
    EXPECT_TRUE(dialog->resultNote()->text().contains(QStringLiteral("coin fell behind")));
    saveScreenshot(dialog.get(), QStringLiteral("shift-result.png"));
    auto stored = m_shifts->shift(shift.id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->overShortMinor, -1);
    EXPECT_EQ(stored->signedOffBy, supervisor.id);
    EXPECT_EQ(stored->reason, QStringLiteral("coin fell behind the drawer"));
}

TEST_F(ShiftDialogTest, BlindCountNeverShowsTheExpectedCashBeforeTheCountIsSubmitted)
{
    const Cashier zhang = cashier("1001");
    const settlement::Shift shift = openShift(zhang, "200");
    ASSERT_TRUE(m_shifts->payIn(shift.id, yuan("50"), QStringLiteral("change"), zhang).ok());
    const QString expected = QStringLiteral("250.00");

    auto dialog = makeDialog(zhang, true);
    ASSERT_EQ(dialog->page(), ShiftDialog::kOverview);
    EXPECT_TRUE(dialog->blindNote()->isVisible());
    EXPECT_FALSE(visibleText(dialog.get()).contains(expected));
    EXPECT_TRUE(dialog->figures()->expectedLabel()->text().isEmpty());

    key(dialog.get(), Qt::Key_E, Qt::ControlModifier);
    ASSERT_EQ(dialog->page(), ShiftDialog::kCount);
    auto hidden = m_shifts->expectedCash(shift.id);
    ASSERT_FALSE(hidden.ok()) << "the blind count has begun in the core";
    EXPECT_EQ(hidden.error().code, QStringLiteral("shift.blind_count"));
    typeCount(dialog.get(), {{10000, 2}, {2000, 2}, {500, 1}, {100, 4}, {10, 9}, {1, 9}});
    EXPECT_TRUE(dialog->countWidget()->totalLabel()->text().contains(QStringLiteral("¥249.99")));
    EXPECT_FALSE(visibleText(dialog.get()).contains(expected)) << "nothing shows it before Submit";

    key(dialog.get(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(dialog->page(), ShiftDialog::kCount);
    EXPECT_TRUE(dialog->closeReasonField()->isVisible());
    EXPECT_TRUE(dialog->countWidget()->isReadOnly()) << "a submitted blind count is frozen";
    QLineEdit *hundreds = dialog->countWidget()->quantityField(10000);
    EXPECT_TRUE(hundreds->isReadOnly());
    QTest::keyClicks(hundreds, QStringLiteral("5"));
    EXPECT_EQ(hundreds->text(), QStringLiteral("2"));

    QTest::keyClicks(dialog->closeReasonField(), QStringLiteral("short change given"));
    QTest::keyClick(dialog->closeReasonField(), Qt::Key_Return);
    ASSERT_EQ(dialog->page(), ShiftDialog::kApproval);
    authenticate(dialog->approval(), "2001", "2468");
    ASSERT_EQ(dialog->page(), ShiftDialog::kResult) << dialog->messageLabel()->text().toStdString();
    EXPECT_EQ(dialog->resultFigures()->expectedLabel()->text(), QStringLiteral("¥250.00"));
    EXPECT_EQ(dialog->resultFigures()->countedLabel()->text(), QStringLiteral("¥249.99"));
    EXPECT_TRUE(dialog->resultFigures()->overShortLabel()->text().contains(QStringLiteral("短款")));
    auto stored = m_shifts->shift(shift.id);
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->blind);
    EXPECT_FALSE(stored->isOpen());
}

TEST_F(ShiftDialogTest, HandOverOpensTheNextCashiersShiftWithTheCountedFloat)
{
    const Cashier zhang = cashier("1001");
    const Cashier wang = cashier("1002");
    const settlement::Shift shift = openShift(zhang, "200");
    auto dialog = makeDialog(zhang, false);
    QSignalSpy handed(dialog.get(), &ShiftDialog::handedOver);
    key(dialog.get(), Qt::Key_H, Qt::ControlModifier);
    ASSERT_EQ(dialog->page(), ShiftDialog::kCount);
    typeCount(dialog.get(), {{10000, 1}, {5000, 1}, {1000, 5}});
    key(dialog.get(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(dialog->page(), ShiftDialog::kNextCashier);
    EXPECT_EQ(handed.count(), 0);

    authenticate(dialog->nextCashierApproval(), "1001", "1234"); // not to oneself
    EXPECT_EQ(dialog->page(), ShiftDialog::kNextCashier);
    EXPECT_EQ(handed.count(), 0);
    EXPECT_TRUE(dialog->nextCashierApproval()->errorLabel()->text().contains(
        QStringLiteral("another cashier")))
        << dialog->nextCashierApproval()->errorLabel()->text().toStdString();

    authenticate(dialog->nextCashierApproval(), "1002", "5678");
    ASSERT_EQ(dialog->page(), ShiftDialog::kResult) << dialog->messageLabel()->text().toStdString();
    ASSERT_EQ(handed.count(), 1);
    const auto handOver = handed.at(0).at(0).value<settlement::ShiftHandOver>();
    EXPECT_EQ(handOver.closed.shift.id, shift.id);
    EXPECT_TRUE(dialog->resultNote()->text().contains(QStringLiteral("1002")));
    auto open = m_shifts->openShiftOn(m_terminal);
    ASSERT_TRUE(open.ok() && open->has_value());
    EXPECT_EQ((*open)->id, handOver.next.id);
    EXPECT_EQ((*open)->cashierId, wang.id);
    EXPECT_EQ((*open)->openingFloat, yuan("200"));
    EXPECT_EQ((*open)->openedFromShift, shift.id);
}

TEST_F(ShiftDialogTest, AnotherCashiersOpenShiftIsClosedOnlyByASupervisor)
{
    const Cashier zhang = cashier("1001");
    const settlement::Shift wangs = openShift(cashier("1002"), "100");
    auto dialog = makeDialog(zhang, false);
    ASSERT_EQ(dialog->page(), ShiftDialog::kOtherShift);
    const QString info = dialog->otherShiftInfo()->text();
    EXPECT_TRUE(info.contains(QStringLiteral("Wang Fang")) && info.contains(QStringLiteral("1002")))
        << info.toStdString();
    EXPECT_FALSE(dialog->floatField()->isVisible()) << "no second shift is offered";
    QSignalSpy closed(dialog.get(), &ShiftDialog::shiftClosed);

    key(dialog.get(), Qt::Key_E, Qt::ControlModifier);
    ASSERT_EQ(dialog->page(), ShiftDialog::kApproval);
    authenticate(dialog->approval(), "1001", "1234");
    EXPECT_EQ(dialog->page(), ShiftDialog::kApproval) << "a cashier may not close another's shift";
    EXPECT_TRUE(dialog->approval()->errorLabel()->text().contains(QStringLiteral("supervisor")))
        << dialog->approval()->errorLabel()->text().toStdString();

    authenticate(dialog->approval(), "2001", "2468");
    ASSERT_EQ(dialog->page(), ShiftDialog::kCount) << dialog->messageLabel()->text().toStdString();
    typeCount(dialog.get(), {{10000, 1}});
    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    ASSERT_EQ(dialog->page(), ShiftDialog::kResult) << dialog->messageLabel()->text().toStdString();
    ASSERT_EQ(closed.count(), 1);
    EXPECT_EQ(closed.at(0).at(0).value<settlement::ShiftClosing>().shift.id, wangs.id);
    auto open = m_shifts->openShiftOn(m_terminal);
    ASSERT_TRUE(open.ok());
    EXPECT_FALSE(open->has_value());
}

} // namespace
