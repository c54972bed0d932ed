// The payment-service screens driven through the real window: refunds with supervisor approval
// and a second confirmation, the pending panel (Pending-Statement payments, refund-by-hand tasks),
// face pay on the simulated device, and cancelling a sale part-way through a split tender.
#include "ui/TerminalFixture.h"

#include "approval/SupervisorApproval.h"
#include "demo/DemoData.h"
#include "payment/CancelSalePanel.h"
#include "payment/PaymentDialog.h"
#include "payments/FacePayFlow.h"
#include "pending/CloseByHandDialog.h"
#include "pending/PendingDialog.h"
#include "refund/RefundConfirmPage.h"
#include "refund/RefundDialog.h"
#include "security/CashierAuthenticator.h"
#include "storage/AttemptRepository.h"
#include "storage/OrderRepository.h"
#include "storage/RefundRepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>

using namespace pos;

namespace {

class PaymentDepthFlowTest : public test::TerminalFixture
{
protected:
    // Counter keys go to the main window; offscreen, closing a dialog does not reactivate it.
    void pressOnMainWindow(Qt::Key key)
    {
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window->windowHandle(), key);
    }

    ui::PaymentDialog *openPayment()
    {
        pressOnMainWindow(Qt::Key_F12);
        ui::PaymentDialog *dialog = m_window->paymentDialog();
        EXPECT_NE(dialog, nullptr);
        if (dialog) {
            EXPECT_TRUE(test::waitUntil([dialog] { return dialog->isActiveWindow(); }));
        }
        return dialog;
    }

    std::vector<PaymentAttempt> attemptsOf(const QString &orderId)
    {
        auto attempts = storage::AttemptRepository(m_runtime->database()).listForOrder(orderId);
        EXPECT_TRUE(attempts.ok());
        return attempts ? attempts.value() : std::vector<PaymentAttempt>{};
    }

    std::vector<Refund> refundsOf(const QString &orderId)
    {
        auto refunds = storage::RefundRepository(m_runtime->database()).listForOrder(orderId);
        EXPECT_TRUE(refunds.ok());
        return refunds ? refunds.value() : std::vector<Refund>{};
    }

    // Code + PIN typed into an approval, checked on the worker thread.
    static void approve(ui::SupervisorApproval *approval, const QString &code, const QString &pin)
    {
        approval->codeField()->setText(code);
        approval->pinField()->setText(pin);
        QTest::mouseClick(approval->approveButton(), Qt::LeftButton);
        ASSERT_TRUE(test::waitUntil([approval] { return !approval->isChecking(); }));
    }

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(activeWindowHandle(), key, modifiers);
    }

    ui::RefundDialog *openRefund()
    {
        pressOnMainWindow(Qt::Key_F10);
        ui::RefundDialog *dialog = m_window->refundDialog();
        EXPECT_NE(dialog, nullptr);
        if (dialog) {
            EXPECT_TRUE(test::waitUntil([dialog] { return dialog->isActiveWindow(); }));
        }
        return dialog;
    }

    static QString confirmValue(ui::RefundDialog *dialog, const char *name)
    {
        QLabel *label = dialog->confirmPage()->value(QString::fromLatin1(name));
        return label ? label->text() : QString();
    }
};

TEST_F(PaymentDepthFlowTest, SupervisorApprovesARefundAfterTheSecondConfirmationAndItIsRefunded)
{
    startTerminal(true);
    login(QStringLiteral("1001"), QStringLiteral("1234"));
    scan(demo::demoBarcode(4)); // yoghurt ¥5.80
    ui::PaymentDialog *payment = openPayment();
    ASSERT_NE(payment, nullptr);
    const QString orderId = payment->orderId();
    QSignalSpy printed(m_printer, &devices::PrintSpooler::jobPrinted);
    scan(QStringLiteral("280000000000000000")); // pays
    ASSERT_TRUE(test::waitUntil([&] { return printed.count() >= 1; }, 15000));

    ui::RefundDialog *dialog = openRefund();
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->ordersTable()->rowCount(), 1);
    EXPECT_EQ(dialog->ordersTable()->item(0, 0)->text(), orderId);
    press(Qt::Key_Return);
    ASSERT_EQ(dialog->page(), ui::RefundDialog::kPayments);
    press(Qt::Key_Return);
    ASSERT_EQ(dialog->page(), ui::RefundDialog::kAmount);
    EXPECT_EQ(dialog->amountField()->text(), QStringLiteral("5.80"))
        << "the whole refundable amount is proposed";
    dialog->amountField()->setText(QStringLiteral("3.00"));
    dialog->reasonField()->setText(QStringLiteral("damaged"));
    press(Qt::Key_Return);
    ASSERT_EQ(dialog->page(), ui::RefundDialog::kApproval);

    // A cashier's code and PIN are genuine, but the core refuses a cashier as approver.
    approve(dialog->approval(), QStringLiteral("1001"), QStringLiteral("1234"));
    ASSERT_EQ(dialog->page(), ui::RefundDialog::kConfirm);
    press(Qt::Key_Return);
    EXPECT_EQ(dialog->page(), ui::RefundDialog::kApproval);
    EXPECT_TRUE(dialog->approval()->errorLabel()->text().contains(QStringLiteral("supervisor")))
        << dialog->approval()->errorLabel()->text().toStdString();
    EXPECT_TRUE(refundsOf(orderId).empty()) << "a refused approval stores nothing";

    approve(dialog->approval(), QStringLiteral("2001"), QStringLiteral("2468"));
    ASSERT_EQ(dialog->page(), ui::RefundDialog::kConfirm);
    EXPECT_EQ(confirmValue(dialog, "confirmOrder"), orderId);
    EXPECT_EQ(confirmValue(dialog, "confirmPaid"), QStringLiteral("¥5.80"));
    EXPECT_EQ(confirmValue(dialog, "confirmAlreadyRefunded"), QStringLiteral("¥0.00"));
    EXPECT_EQ(confirmValue(dialog, "confirmThisRefund"), QStringLiteral("¥3.00"));
    EXPECT_EQ(confirmValue(dialog, "confirmRemaining"), QStringLiteral("¥2.80"));
    saveScreenshot(dialog, QStringLiteral("refund-confirm.png"));

    press(Qt::Key_Return);
    ASSERT_EQ(dialog->page(), ui::RefundDialog::kStatus)
        << dialog->messageLabel()->text().toStdString();
    ASSERT_TRUE(test::waitUntil(
        [dialog] { return dialog->refundState() == RefundState::Succeeded; }, 15000))
        << dialog->statusLabel()->text().toStdString();
    EXPECT_TRUE(dialog->statusLabel()->text().contains(QStringLiteral("¥3.00")));
    auto refunds = refundsOf(orderId);
    ASSERT_EQ(refunds.size(), 1u);
    EXPECT_EQ(refunds[0].state, RefundState::Succeeded);
    EXPECT_EQ(refunds[0].amount, Money::fromMinor(300));
    EXPECT_EQ(refunds[0].approvedBy, QStringLiteral("2001"));
    EXPECT_EQ(refunds[0].requestedBy, QStringLiteral("1001"));
    press(Qt::Key_Return);
    ASSERT_TRUE(test::waitUntil([this] { return m_window->refundDialog() == nullptr; }));

    // ¥2.80 is left: ¥3.00 is refused by the core before anyone is asked to approve.
    dialog = openRefund();
    ASSERT_NE(dialog, nullptr);
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    ASSERT_EQ(dialog->page(), ui::RefundDialog::kAmount);
    EXPECT_EQ(dialog->amountField()->text(), QStringLiteral("2.80"));
    dialog->amountField()->setText(QStringLiteral("3.00"));
    dialog->reasonField()->setText(QStringLiteral("again"));
    press(Qt::Key_Return);
    EXPECT_EQ(dialog->page(), ui::RefundDialog::kAmount);
    EXPECT_TRUE(dialog->messageLabel()->text().contains(QStringLiteral("left to refund")))
        << dialog->messageLabel()->text().toStdString();

    // A refund made elsewhere while ¥1.00 waits for confirmation: the shown numbers are stale,
    // the core refuses, and the page shows the new numbers to confirm again.
    dialog->amountField()->setText(QStringLiteral("1.00"));
    press(Qt::Key_Return);
    approve(dialog->approval(), QStringLiteral("2001"), QStringLiteral("2468"));
    ASSERT_EQ(dialog->page(), ui::RefundDialog::kConfirm);
    security::CashierAuthenticator auth(m_runtime->database());
    auto cashier = auth.login(QStringLiteral("1001"), QStringLiteral("1234"));
    auto supervisor = auth.login(QStringLiteral("2001"), QStringLiteral("2468"));
    ASSERT_TRUE(cashier.ok() && supervisor.ok());
    const QString paymentNo = refundsOf(orderId)[0].outTradeNo;
    auto elsewhere = m_runtime->refunds().preview(paymentNo, Money::fromMinor(50));
    ASSERT_TRUE(elsewhere.ok());
    ASSERT_TRUE(m_runtime->refunds()
                    .refund(elsewhere.value(), QStringLiteral("other till"), cashier.value(),
                            supervisor.value())
                    .ok());
    press(Qt::Key_Return);
    EXPECT_EQ(dialog->page(), ui::RefundDialog::kConfirm);
    EXPECT_TRUE(dialog->messageLabel()->text().contains(QStringLiteral("changed")))
        << dialog->messageLabel()->text().toStdString();
    EXPECT_EQ(confirmValue(dialog, "confirmAlreadyRefunded"), QStringLiteral("¥3.50"));
    EXPECT_EQ(confirmValue(dialog, "confirmRemaining"), QStringLiteral("¥1.30"));
    press(Qt::Key_Return);
    ASSERT_EQ(dialog->page(), ui::RefundDialog::kStatus);
    ASSERT_TRUE(test::waitUntil(
        [dialog] { return dialog->refundState() == RefundState::Succeeded; }, 15000));
    press(Qt::Key_Escape);
    EXPECT_TRUE(test::waitUntil([this] { return m_window->refundDialog() == nullptr; }));
    EXPECT_EQ(refundsOf(orderId).size(), 3u);
}

TEST_F(PaymentDepthFlowTest, PendingPanelShowsPendingStatementAndASupervisorClosesARefundByHand)
{
    // "77…" codes belong to the manual channel: no query, no notification, no refund API.
    startTerminal(false, [](config::TerminalConfig &config) {
        config.extraCodeRules.push_back(
            {QStringLiteral("manual"), {QStringLiteral("77")}, 18, 18, true});
    });
    login(QStringLiteral("1001"), QStringLiteral("1234"));

    // Order A: nobody can ask the channel, so the payment stays Pending statement.
    scan(demo::demoBarcode(0)); // water ¥2.00
    ui::PaymentDialog *payment = openPayment();
    ASSERT_NE(payment, nullptr);
    const QString orderA = payment->orderId();
    scan(QStringLiteral("770000000000000001"));
    ASSERT_TRUE(test::waitUntil([&] {
        auto attempts = attemptsOf(orderA);
        return attempts.size() == 1 && attempts[0].state == AttemptState::PendingStatement;
    }));
    EXPECT_TRUE(payment->dueLabel()->text().contains(QStringLiteral("pending statement")))
        << payment->dueLabel()->text().toStdString();
    EXPECT_TRUE(payment->pendingLabel()->isVisible());
    EXPECT_TRUE(payment->pendingLabel()->text().contains(QStringLiteral("¥2.00")));
    saveScreenshot(payment, QStringLiteral("payment-dialog-pending-statement.png"));
    press(Qt::Key_Escape);
    ASSERT_TRUE(test::waitUntil([this] { return m_window->paymentDialog() == nullptr; }));
    EXPECT_EQ(visibleLines(), 0) << "nothing left to take: the counter moves on";
    EXPECT_TRUE(m_window->pendingStatus()->text().contains(QStringLiteral("1 payment")))
        << m_window->pendingStatus()->text().toStdString();

    // Order B: the statement later shows it paid; its refund can only be made by hand.
    scan(demo::demoBarcode(1)); // cola ¥3.50
    payment = openPayment();
    ASSERT_NE(payment, nullptr);
    const QString orderB = payment->orderId();
    scan(QStringLiteral("770000000000000002"));
    ASSERT_TRUE(test::waitUntil([&] {
        auto attempts = attemptsOf(orderB);
        return attempts.size() == 1 && attempts[0].state == AttemptState::PendingStatement;
    }));
    const QString paymentB = attemptsOf(orderB)[0].outTradeNo;
    ASSERT_TRUE(
        m_runtime->payments()
            .settleFromStatement(paymentB, true, Money::fromMinor(350), QStringLiteral("STMT-0001"))
            .ok());
    ASSERT_TRUE(test::waitUntil([this] { return m_window->paymentDialog() == nullptr; }))
        << "the statement paid the order";

    ui::RefundDialog *refund = openRefund();
    ASSERT_NE(refund, nullptr);
    ASSERT_EQ(refund->ordersTable()->rowCount(), 1) << "only paid orders are offered";
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    refund->reasonField()->setText(QStringLiteral("returned"));
    press(Qt::Key_Return);
    approve(refund->approval(), QStringLiteral("2001"), QStringLiteral("2468"));
    ASSERT_EQ(refund->page(), ui::RefundDialog::kConfirm);
    EXPECT_TRUE(refund->confirmPage()->value(QStringLiteral("confirmByHand"))->isVisible());
    press(Qt::Key_Return);
    ASSERT_EQ(refund->page(), ui::RefundDialog::kStatus);
    EXPECT_EQ(refund->refundState(), RefundState::ByHand);
    EXPECT_TRUE(refund->statusLabel()->text().contains(QStringLiteral("Refund by hand")));
    press(Qt::Key_Return);
    ASSERT_TRUE(test::waitUntil([this] { return m_window->refundDialog() == nullptr; }));
    EXPECT_TRUE(m_window->pendingStatus()->text().contains(QStringLiteral("refund-by-hand")));

    pressOnMainWindow(Qt::Key_F9);
    ui::PendingDialog *pending = m_window->pendingDialog();
    ASSERT_NE(pending, nullptr);
    ASSERT_TRUE(test::waitUntil([pending] { return pending->isVisible(); }));
    ASSERT_EQ(pending->attemptsTable()->rowCount(), 1);
    EXPECT_EQ(pending->attemptsTable()->item(0, 0)->text(), QStringLiteral("Pending statement"));
    EXPECT_NE(pending->attemptsTable()->item(0, 0)->background().style(), Qt::NoBrush)
        << "Pending statement is highlighted";
    EXPECT_EQ(pending->attemptsTable()->item(0, 3)->text(), orderA);
    ASSERT_EQ(pending->byHandTable()->rowCount(), 1);
    const QString task = pending->byHandTable()->item(0, 3)->text();
    EXPECT_TRUE(task.startsWith(paymentB));
    saveScreenshot(pending, QStringLiteral("pending-panel.png"));

    pending->byHandTable()->selectRow(0);
    QTest::mouseClick(pending->closeTaskButton(), Qt::LeftButton);
    ui::CloseByHandDialog *close = pending->closeTaskDialog();
    ASSERT_NE(close, nullptr);
    close->referenceField()->setText(QStringLiteral("BANK-778"));
    approve(close->approval(), QStringLiteral("1001"), QStringLiteral("1234"));
    EXPECT_TRUE(close->approval()->errorLabel()->text().contains(QStringLiteral("supervisor")));
    EXPECT_EQ(pending->closeTaskDialog(), close) << "a cashier cannot close the task";
    approve(close->approval(), QStringLiteral("2001"), QStringLiteral("2468"));
    ASSERT_TRUE(test::waitUntil([pending] { return pending->closeTaskDialog() == nullptr; }));
    EXPECT_TRUE(test::waitUntil([pending] { return pending->byHandTable()->rowCount() == 0; }));
    auto closed = storage::RefundRepository(m_runtime->database()).findByOutRequestNo(task);
    ASSERT_TRUE(closed.ok());
    EXPECT_EQ(closed->state, RefundState::ByHandDone);
    EXPECT_EQ(closed->manualReference, QStringLiteral("BANK-778"));
    EXPECT_EQ(pending->attemptsTable()->rowCount(), 1) << "order A still awaits its statement";
}

TEST_F(PaymentDepthFlowTest, FacePayOnTheSimulatedDevicePaysTheOrder)
{
    startTerminal(true);
    m_face->setScanDelayMs(300);
    login(QStringLiteral("1001"), QStringLiteral("1234"));
    scan(demo::demoBarcode(3)); // milk ¥3.00
    ui::PaymentDialog *dialog = openPayment();
    ASSERT_NE(dialog, nullptr);
    press(Qt::Key_F8);
    EXPECT_TRUE(dialog->faceStageLabel()->isVisible()) << "F8 opens the face-pay tab";
    auto *alipay = dialog->findChild<QPushButton *>(QStringLiteral("face_alipay"));
    ASSERT_NE(alipay, nullptr) << "a channel that accepts face pay gets a button";
    ASSERT_NE(dialog->faceFlow(), nullptr);
    QStringList stages;
    bool screenshot = false;
    QObject::connect(
        dialog->faceFlow(), &payments::FacePayFlow::stageChanged, dialog,
        [&, dialog](const QString &stage) {
            stages << stage;
            if (screenshot && stage == QLatin1String("scanning")) {
                EXPECT_TRUE(dialog->faceStageLabel()->text().contains(QStringLiteral("camera")));
                saveScreenshot(dialog, QStringLiteral("payment-dialog-face.png"));
            }
        });
    const QString orderId = dialog->orderId();

    // Esc while the device scans stops face pay; nothing was sent, the dialog stays.
    QTest::mouseClick(alipay, Qt::LeftButton);
    ASSERT_TRUE(test::waitUntil([&] { return stages.contains(QStringLiteral("scanning")); }));
    EXPECT_TRUE(dialog->statusLabel()->text().contains(QStringLiteral("Alipay")));
    press(Qt::Key_Escape);
    ASSERT_TRUE(test::waitUntil([dialog] { return !dialog->faceFlow()->isRunning(); }));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->faceStageLabel()->text().contains(QStringLiteral("stopped")));
    EXPECT_TRUE(attemptsOf(orderId).empty());
    EXPECT_TRUE(alipay->isEnabled());

    stages.clear();
    screenshot = true;
    QSignalSpy printed(m_printer, &devices::PrintSpooler::jobPrinted);
    QTest::mouseClick(alipay, Qt::LeftButton);

    ASSERT_TRUE(test::waitUntil([&] { return printed.count() >= 1; }, 15000));
    EXPECT_EQ(stages, (QStringList{QStringLiteral("authorising"), QStringLiteral("scanning"),
                                   QStringLiteral("paying")}));
    auto attempts = attemptsOf(orderId);
    ASSERT_EQ(attempts.size(), 1u);
    EXPECT_EQ(attempts[0].method, PaymentMethod::FacePay);
    EXPECT_EQ(attempts[0].channel, QStringLiteral("alipay"));
    EXPECT_EQ(attempts[0].state, AttemptState::Succeeded);
    auto order = storage::OrderRepository(m_runtime->database()).summary(orderId);
    ASSERT_TRUE(order.ok());
    EXPECT_EQ(order->status, OrderStatus::Paid);
}

TEST_F(PaymentDepthFlowTest, CancelSaleAfterAPartialCashPaymentHandsTheCashBack)
{
    startTerminal(false);
    login(QStringLiteral("1001"), QStringLiteral("1234"));
    scan(demo::demoBarcode(0)); // water ¥2.00
    scan(demo::demoBarcode(1)); // cola ¥3.50
    ui::PaymentDialog *dialog = openPayment();
    ASSERT_NE(dialog, nullptr);
    const QString orderId = dialog->orderId();
    dialog->tenderedField()->setText(QStringLiteral("2"));
    QTest::mouseClick(dialog->cashButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog->dueLabel()->text().contains(QStringLiteral("3.50")));

    dialog->tenderedField()->setFocus();
    ASSERT_TRUE(test::waitUntil([dialog] { return dialog->tenderedField()->hasFocus(); }));
    press(Qt::Key_Delete, Qt::ControlModifier);
    ASSERT_TRUE(dialog->cancelSalePanel()->isVisible()) << "Ctrl+Del asks to cancel the sale";
    EXPECT_EQ(dialog->tenderedField()->text(), QStringLiteral("3.50"))
        << "the key did not edit the field";
    ASSERT_EQ(dialog->cancelSalePanel()->tendersTable()->rowCount(), 1);
    EXPECT_TRUE(dialog->cancelSalePanel()->tendersTable()->item(0, 3)->text().contains(
        QStringLiteral("drawer")));
    saveScreenshot(dialog, QStringLiteral("payment-dialog-cancel-confirm.png"));

    QTest::mouseClick(dialog->cancelSalePanel()->confirmButton(), Qt::LeftButton);

    ASSERT_TRUE(dialog->saleCancelled());
    EXPECT_TRUE(dialog->cancelSalePanel()->handBackLabel()->isVisible());
    EXPECT_TRUE(
        dialog->cancelSalePanel()->handBackLabel()->text().contains(QStringLiteral("¥2.00")));
    EXPECT_TRUE(dialog->cancelSalePanel()->tendersTable()->item(0, 3)->text().contains(
        QStringLiteral("Hand ¥2.00 cash back")));
    auto refunds = refundsOf(orderId);
    ASSERT_EQ(refunds.size(), 1u) << "the cash tender is returned as a refund row";
    EXPECT_EQ(refunds[0].channel, QStringLiteral("cash"));
    EXPECT_EQ(refunds[0].state, RefundState::Succeeded);
    EXPECT_EQ(refunds[0].amount, Money::fromMinor(200));
    auto order = storage::OrderRepository(m_runtime->database()).summary(orderId);
    ASSERT_TRUE(order.ok());
    EXPECT_EQ(order->status, OrderStatus::Cancelled);
    saveScreenshot(dialog, QStringLiteral("payment-dialog-cancel-sale.png"));

    press(Qt::Key_Return);
    ASSERT_TRUE(test::waitUntil([this] { return m_window->paymentDialog() == nullptr; }));
    EXPECT_EQ(visibleLines(), 0) << "a new sale starts";
    EXPECT_TRUE(m_window->saleScreen()->messageLabel()->text().contains(QStringLiteral("¥2.00")));
}

} // namespace
