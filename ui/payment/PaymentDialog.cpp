#include "payment/PaymentDialog.h"

#include "display/QrCodeImage.h"
#include "payment/CancelSalePanel.h"
#include "payments/FacePayFlow.h"
#include "payments/PaymentService.h"
#include "receipt/ReceiptComposer.h"
#include "runtime/TerminalRuntime.h"
#include "shell/MoneyText.h"
#include "shell/StateText.h"
#include "storage/AttemptRepository.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace pos::ui {

namespace {
const QKeySequence kCancelSaleKeys(Qt::CTRL | Qt::Key_Delete);
}

PaymentDialog::PaymentDialog(runtime::TerminalRuntime &runtime, payments::FacePayFlow *faceFlow,
                             QString orderId, QWidget *parent)
    : QDialog(parent), m_runtime(runtime), m_payments(runtime.payments()),
      m_orderId(std::move(orderId)), m_stack(new QStackedWidget(this)),
      m_payPage(new QWidget(this)), m_tabs(new QTabWidget(this)), m_dueLabel(new QLabel(this)),
      m_pendingLabel(new QLabel(this)), m_tendered(new QLineEdit(this)), m_change(new QLabel(this)),
      m_payCash(new QPushButton(tr("Take cash"), this)), m_code(new QLineEdit(this)),
      m_payCode(new QPushButton(tr("Pay with code"), this)), m_status(new QLabel(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_qrPage(new QWidget(this)),
      m_qrImage(new QLabel(this)), m_qrCountdown(new QLabel(this)),
      m_countdownTimer(new QTimer(this)), m_facePage(new QWidget(this)),
      m_faceStage(new QLabel(this)), m_face(faceFlow),
      m_cancelSaleButton(new QPushButton(tr("Cancel sale (Ctrl+Del)"), this)),
      m_cancelSale(new CancelSalePanel(runtime, m_orderId, this))
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Payment – order %1").arg(m_orderId));
    setMinimumWidth(520);
    m_dueLabel->setObjectName(QStringLiteral("dueLabel"));
    QFont big = m_dueLabel->font();
    big.setPointSize(big.pointSize() + 10);
    big.setBold(true);
    m_dueLabel->setFont(big);
    m_dueLabel->setWordWrap(true);
    m_pendingLabel->setObjectName(QStringLiteral("pendingAmountLabel"));
    m_pendingLabel->setWordWrap(true);
    m_pendingLabel->setStyleSheet(QStringLiteral("background: #ffe082; padding: 4px;"));
    m_pendingLabel->hide();

    auto *cashPage = new QWidget(m_tabs);
    m_tendered->setObjectName(QStringLiteral("tenderedField"));
    m_change->setObjectName(QStringLiteral("changeLabel"));
    m_payCash->setObjectName(QStringLiteral("payCashButton"));
    auto *cashForm = new QFormLayout(cashPage);
    cashForm->addRow(tr("Cash received"), m_tendered);
    cashForm->addRow(tr("Change"), m_change);
    cashForm->addRow(m_payCash);

    auto *codePage = new QWidget(m_tabs);
    m_code->setObjectName(QStringLiteral("paymentCodeField"));
    m_code->setPlaceholderText(tr("Scan the customer's payment code (or type it)"));
    m_code->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_payCode->setObjectName(QStringLiteral("payCodeButton"));
    auto *codeLayout = new QVBoxLayout(codePage);
    codeLayout->addWidget(new QLabel(
        tr("Ask the customer to open Alipay / WeChat Pay and show the payment code."), codePage));
    codeLayout->addWidget(m_code);
    codeLayout->addWidget(m_payCode);

    m_qrImage->setObjectName(QStringLiteral("customerQr"));
    m_qrImage->setAlignment(Qt::AlignCenter);
    m_qrImage->setMinimumSize(240, 240);
    m_qrCountdown->setObjectName(QStringLiteral("qrCountdown"));
    auto *qrLayout = new QVBoxLayout(m_qrPage);
    auto *qrButtons = new QHBoxLayout;
    for (const QString &channel : m_payments.customerQrChannels()) {
        auto *button = new QPushButton(channelDisplayName(channel), m_qrPage);
        button->setObjectName(QStringLiteral("qr_") + channel);
        connect(button, &QPushButton::clicked, this, [this, channel] { startCustomerQr(channel); });
        qrButtons->addWidget(button);
    }
    qrLayout->addWidget(
        new QLabel(tr("Choose the customer's app, then let the customer scan the QR."), m_qrPage));
    qrLayout->addLayout(qrButtons);
    qrLayout->addWidget(m_qrImage, 1);
    qrLayout->addWidget(m_qrCountdown);
    // The QR on paper: for a counter without a customer screen, or a customer who asks.
    m_noCustomerScreen = new QLabel(tr("No customer screen: Print QR (Ctrl+P)"), m_qrPage);
    m_noCustomerScreen->setObjectName(QStringLiteral("noCustomerScreenHint"));
    m_noCustomerScreen->setStyleSheet(QStringLiteral("background: #ffe082; padding: 4px;"));
    m_noCustomerScreen->hide();
    m_printQr = new QPushButton(tr("Print QR (Ctrl+P)"), m_qrPage);
    m_printQr->setObjectName(QStringLiteral("printQrButton"));
    m_printQr->setAutoDefault(false);
    m_printQr->setEnabled(false);
    qrLayout->addWidget(m_noCustomerScreen);
    qrLayout->addWidget(m_printQr);
    connect(m_printQr, &QPushButton::clicked, this, &PaymentDialog::requestPrintQr);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), this), &QShortcut::activated, this,
            &PaymentDialog::requestPrintQr);
    m_countdownTimer->setInterval(1000);
    connect(m_countdownTimer, &QTimer::timeout, this, &PaymentDialog::updateCountdown);

    // Face pay: the device scans the customer's face; the channel is paid with its token.
    m_faceStage->setObjectName(QStringLiteral("faceStage"));
    m_faceStage->setWordWrap(true);
    m_faceStage->setAlignment(Qt::AlignCenter);
    m_faceStage->setMinimumHeight(80);
    QFont stageFont = m_faceStage->font();
    stageFont.setPointSize(stageFont.pointSize() + 5);
    stageFont.setBold(true);
    m_faceStage->setFont(stageFont);
    auto *faceLayout = new QVBoxLayout(m_facePage);
    auto *faceButtons = new QHBoxLayout;
    if (m_face) {
        for (const QString &channel : m_runtime.channels().ids()) {
            if (!m_runtime.channels().find(channel)->capabilities().facePay) {
                continue;
            }
            auto *button = new QPushButton(channelDisplayName(channel), m_facePage);
            button->setObjectName(QStringLiteral("face_") + channel);
            button->setMinimumHeight(48);
            connect(button, &QPushButton::clicked, this,
                    [this, channel] { startFacePay(channel); });
            faceButtons->addWidget(button);
            m_faceButtons << button;
        }
        connect(m_face, &payments::FacePayFlow::stageChanged, this, &PaymentDialog::onFaceStage);
        connect(m_face, &payments::FacePayFlow::attemptStarted, this,
                [this](const PaymentAttempt &attempt) {
                    m_activeAttempt = attempt.outTradeNo;
                    showStatus(tr("Sent to %1, waiting for the answer…")
                                   .arg(channelDisplayName(attempt.channel)),
                               false);
                });
        connect(m_face, &payments::FacePayFlow::stopped, this, [this](const QString &reason) {
            m_faceStage->setText(tr("Face pay stopped: %1").arg(reason));
            showStatus(tr("Face pay stopped: %1").arg(reason), true);
            m_faceChannel.clear();
            setBusy(false);
        });
    }
    auto *faceHint = new QLabel(
        m_faceButtons.isEmpty()
            ? tr("Face pay is not available: no face-pay device or no channel that accepts it.")
            : tr("Choose the customer's app, then ask the customer to look into the face-pay "
                 "device."),
        m_facePage);
    faceHint->setWordWrap(true);
    faceLayout->addWidget(faceHint);
    faceLayout->addLayout(faceButtons);
    faceLayout->addWidget(m_faceStage, 1);

    m_tabs->addTab(cashPage, tr("Cash (F5)"));
    m_tabs->addTab(codePage, tr("Payment code (F6)"));
    m_tabs->addTab(m_qrPage, tr("Customer QR (F7)"));
    m_tabs->addTab(m_facePage, tr("Face pay (F8)"));
    m_status->setObjectName(QStringLiteral("paymentStatus"));
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(40);
    m_cancel->setObjectName(QStringLiteral("cancelPaymentButton"));
    m_cancelSaleButton->setObjectName(QStringLiteral("cancelSaleButton"));
    m_cancelSaleButton->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancelSaleButton);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    auto *payLayout = new QVBoxLayout(m_payPage);
    payLayout->setContentsMargins(0, 0, 0, 0);
    payLayout->addWidget(m_dueLabel);
    payLayout->addWidget(m_pendingLabel);
    payLayout->addWidget(m_tabs);
    payLayout->addWidget(m_status);
    payLayout->addLayout(buttons);
    m_stack->addWidget(m_payPage);
    m_stack->addWidget(m_cancelSale);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_tendered, &QLineEdit::textChanged, this, &PaymentDialog::updateChange);
    connect(m_tendered, &QLineEdit::returnPressed, this, &PaymentDialog::payCash);
    connect(m_payCash, &QPushButton::clicked, this, &PaymentDialog::payCash);
    connect(m_code, &QLineEdit::returnPressed, this, [this] { payCode(m_code->text()); });
    connect(m_payCode, &QPushButton::clicked, this, [this] { payCode(m_code->text()); });
    connect(m_cancel, &QPushButton::clicked, this, &PaymentDialog::reject);
    connect(new QShortcut(Qt::Key_F5, this), &QShortcut::activated, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_tendered->setFocus();
        m_tendered->selectAll();
    });
    connect(new QShortcut(Qt::Key_F6, this), &QShortcut::activated, this,
            &PaymentDialog::showCodeTab);
    connect(new QShortcut(Qt::Key_F7, this), &QShortcut::activated, this,
            &PaymentDialog::showQrTab);
    connect(new QShortcut(Qt::Key_F8, this), &QShortcut::activated, this,
            &PaymentDialog::showFaceTab);
    connect(new QShortcut(kCancelSaleKeys, this), &QShortcut::activated, this,
            &PaymentDialog::requestCancelSale);
    connect(m_cancelSaleButton, &QPushButton::clicked, this, &PaymentDialog::requestCancelSale);
    connect(m_cancelSale, &CancelSalePanel::confirmed, this, &PaymentDialog::cancelSale);
    connect(m_cancelSale, &CancelSalePanel::backRequested, this, [this] {
        m_stack->setCurrentWidget(m_payPage);
        m_tendered->setFocus();
    });
    connect(m_cancelSale, &CancelSalePanel::closeRequested, this, &QDialog::reject);
    // Line edits take Ctrl+Del for "delete word": here it must reach the cancel-sale shortcut.
    m_tendered->installEventFilter(this);
    m_code->installEventFilter(this);
    connect(&m_payments, &payments::PaymentService::attemptUpdated, this,
            &PaymentDialog::onAttemptUpdated);
    connect(&m_payments, &payments::PaymentService::orderPaid, this, &PaymentDialog::onOrderPaid);
    refreshDue();
    m_tendered->setText(m_amountDue.toDecimalString());
    m_tendered->selectAll();
    m_tendered->setFocus();
}

PaymentDialog::~PaymentDialog()
{
    if (m_face && m_face->isRunning()) {
        m_face->cancel();
    }
}

bool PaymentDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent *>(event)->keyCombination() == kCancelSaleKeys[0]) {
        event->ignore();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void PaymentDialog::showCodeTab()
{
    m_tabs->setCurrentIndex(1);
    m_code->setFocus();
}

void PaymentDialog::showQrTab()
{
    m_tabs->setCurrentWidget(m_qrPage);
}

void PaymentDialog::showFaceTab()
{
    m_tabs->setCurrentWidget(m_facePage);
    if (!m_faceButtons.isEmpty()) {
        m_faceButtons.first()->setFocus();
    }
}

void PaymentDialog::startFacePay(const QString &channel)
{
    if (!m_activeAttempt.isEmpty() || !m_face || m_face->isRunning() || m_saleCancelled) {
        return;
    }
    showFaceTab();
    const sale::TerminalIdentity &identity = m_runtime.config().identity;
    m_faceChannel = channel; // the first stage is announced from within start()
    setBusy(true);
    if (auto started =
            m_face->start(m_orderId, m_amountDue, channel, identity.storeId, identity.shopName);
        !started) {
        m_faceChannel.clear();
        setBusy(false);
        showStatus(errorText(started.error()), true);
    }
}

void PaymentDialog::onFaceStage(const QString &stage)
{
    const QString channel = channelDisplayName(m_faceChannel);
    QString text;
    if (stage == QLatin1String("authorising")) {
        text = tr("Authorising the face-pay device with %1…").arg(channel);
    } else if (stage == QLatin1String("scanning")) {
        text = tr("Ask the customer to look into the face-pay camera (%1 %2)…")
                   .arg(channel, moneyText(m_amountDue));
    } else if (stage == QLatin1String("paying")) {
        text = tr("Face recognised: paying %1 with %2…").arg(moneyText(m_amountDue), channel);
    } else {
        text = stage;
    }
    m_faceStage->setText(text);
    showStatus(text, false);
}

void PaymentDialog::requestCancelSale()
{
    if (m_saleCancelled || m_stack->currentWidget() == m_cancelSale) {
        return;
    }
    m_cancelSale->showConfirmation();
    m_stack->setCurrentWidget(m_cancelSale);
    m_cancelSale->confirmButton()->setFocus();
}

void PaymentDialog::cancelSale(const QString &reason)
{
    if (m_saleCancelled) {
        return;
    }
    if (m_face && m_face->isRunning()) {
        m_face->cancel();
    }
    if (auto cancelled = m_payments.cancelCheckout(m_orderId, reason); !cancelled) {
        m_stack->setCurrentWidget(m_payPage);
        showStatus(errorText(cancelled.error()), true);
        return;
    }
    m_saleCancelled = true;
    m_countdownTimer->stop();
    m_cancelSale->showOutcome();
}

Money PaymentDialog::cashToHandBack() const
{
    return m_cancelSale->cashToHandBack();
}

void PaymentDialog::startCustomerQr(const QString &channel)
{
    if (!m_activeAttempt.isEmpty()) {
        return;
    }
    showQrTab();
    auto attempt = m_payments.payByCustomerQr(m_orderId, m_amountDue, channel);
    if (!attempt) {
        showStatus(errorText(attempt.error()), true);
        return;
    }
    m_activeAttempt = attempt->outTradeNo;
    setBusy(true);
    showStatus(tr("Asking %1 for a QR…").arg(channelDisplayName(channel)), false);
}

void PaymentDialog::showQr(const PaymentAttempt &attempt)
{
    if (attempt.qrCode.isEmpty() || attempt.qrCode == m_shownQr) {
        return;
    }
    auto image = devices::QrCodeImage::render(attempt.qrCode, 6);
    if (!image) {
        showStatus(image.error().message, true);
        return;
    }
    m_shownQr = attempt.qrCode;
    m_qrImage->setPixmap(QPixmap::fromImage(image.value()));
    m_qrExpiresAtMs = QDateTime::currentMSecsSinceEpoch() + m_payments.schedule().qrLifetimeMs;
    m_countdownTimer->start();
    updateCountdown();
    m_shownQrAmount = attempt.amount;
    m_printQr->setEnabled(true);
    emit qrShown(m_shownQr, attempt.amount,
                 QDateTime::fromMSecsSinceEpoch(m_qrExpiresAtMs, QTimeZone::utc()));
}

void PaymentDialog::setCustomerScreenAvailable(bool available)
{
    m_noCustomerScreen->setVisible(!available);
}

void PaymentDialog::requestPrintQr()
{
    if (m_shownQr.isEmpty()) {
        showStatus(tr("No QR to print: choose the customer's app first."), true);
        return;
    }
    emit printQrRequested(m_shownQr, m_shownQrAmount);
    showStatus(tr("QR sent to the printer."), false);
}

void PaymentDialog::updateCountdown()
{
    const qint64 left = (m_qrExpiresAtMs - QDateTime::currentMSecsSinceEpoch()) / 1000;
    m_qrCountdown->setText(left > 0 ? tr("QR valid for %1 s").arg(left) : tr("QR expired"));
    if (left <= 0) {
        m_countdownTimer->stop();
    }
}

void PaymentDialog::refreshDue()
{
    auto due = m_payments.amountDue(m_orderId);
    if (due) {
        m_amountDue = due.value();
    }
    // What counts against the due without being confirmed paid: shown, never hidden in "due".
    Money statement = Money::zero(m_amountDue.currency());
    Money waiting = Money::zero(m_amountDue.currency());
    if (auto attempts = storage::AttemptRepository(m_runtime.database()).listForOrder(m_orderId)) {
        for (const PaymentAttempt &attempt : attempts.value()) {
            if (attempt.state == AttemptState::PendingStatement) {
                statement = statement.plus(attempt.amount).value();
            } else if (isUnresolved(attempt.state)) {
                waiting = waiting.plus(attempt.amount).value();
            }
        }
    }
    m_dueLabel->setText(
        statement.isPositive()
            ? tr("Due %1 · %2 pending statement").arg(moneyText(m_amountDue), moneyText(statement))
            : tr("Due %1").arg(moneyText(m_amountDue)));
    QStringList pending;
    if (statement.isPositive()) {
        pending << tr("%1 pending statement: counted as taken, not confirmed paid. The order is "
                      "settled when the channel's statement is imported (Pending, F9).")
                       .arg(moneyText(statement));
    }
    if (waiting.isPositive()) {
        pending << tr("%1 waiting for the channel's answer.").arg(moneyText(waiting));
    }
    m_pendingLabel->setText(pending.join(QLatin1Char('\n')));
    m_pendingLabel->setVisible(!pending.isEmpty());
    updateChange();
}

void PaymentDialog::updateChange()
{
    auto tendered = Money::parse(m_tendered->text(), m_amountDue.currency());
    if (!tendered) {
        m_change->setText(tr("Enter an amount like 100 or 12.50"));
        return;
    }
    auto change = tendered->minus(m_amountDue);
    m_change->setText(change && !change->isNegative()
                          ? moneyText(change.value())
                          : tr("%1 still due after this")
                                .arg(moneyText(m_amountDue.minus(tendered.value()).value())));
}

void PaymentDialog::showStatus(const QString &text, bool isError)
{
    m_status->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(text);
}

void PaymentDialog::setBusy(bool busy)
{
    for (QPushButton *button : std::as_const(m_faceButtons)) {
        button->setEnabled(!busy);
    }
    m_payCash->setEnabled(!busy);
    m_payCode->setEnabled(!busy);
    m_tendered->setEnabled(!busy);
    m_code->setEnabled(!busy);
    m_cancel->setText(busy ? tr("Cancel this payment") : tr("Cancel"));
}

void PaymentDialog::payCash()
{
    if (!m_activeAttempt.isEmpty()) {
        return;
    }
    auto tendered = Money::parse(m_tendered->text(), m_amountDue.currency());
    if (!tendered) {
        showStatus(tr("'%1' is not an amount. Type e.g. 100 or 12.50.").arg(m_tendered->text()),
                   true);
        return;
    }
    auto attempt = m_payments.payCash(m_orderId, tendered.value());
    if (!attempt) {
        showStatus(errorText(attempt.error()), true);
        return;
    }
    m_lastChange = attempt->change();
    showStatus(tr("Cash %1 received, change %2")
                   .arg(moneyText(attempt->tendered), moneyText(m_lastChange)),
               false);
    refreshDue();
    m_tendered->setText(m_amountDue.toDecimalString());
}

void PaymentDialog::acceptScannedCode(const QString &code)
{
    showCodeTab();
    payCode(code);
}

void PaymentDialog::payCode(const QString &code)
{
    if (!m_activeAttempt.isEmpty() || code.trimmed().isEmpty()) {
        return;
    }
    m_code->clear();
    auto attempt = m_payments.payByCode(m_orderId, m_amountDue, code);
    if (!attempt) {
        showStatus(attempt.error().code == QLatin1String("code.unknown_channel")
                       ? tr("This code is not a payment code of any channel we accept. Ask the "
                            "customer to show it again.")
                       : errorText(attempt.error()),
                   true);
        return;
    }
    m_activeAttempt = attempt->outTradeNo;
    setBusy(true);
    showStatus(tr("Sent to %1, waiting for the answer…").arg(channelDisplayName(attempt->channel)),
               false);
}

void PaymentDialog::onAttemptUpdated(const PaymentAttempt &attempt)
{
    if (attempt.orderId != m_orderId || attempt.outTradeNo != m_activeAttempt) {
        return;
    }
    emit attemptChanged(attempt);
    switch (attempt.state) {
    case AttemptState::Created:
    case AttemptState::Sent:
        showStatus(tr("Waiting for the channel…"), false);
        return;
    case AttemptState::UserPaying:
        if (attempt.method == PaymentMethod::CustomerQr) {
            showQr(attempt);
            showStatus(tr("Waiting for the customer to scan and pay…"), false);
        } else {
            showStatus(tr("The customer is confirming on the phone (password). Please wait…"),
                       false);
        }
        return;
    case AttemptState::Unknown:
        showStatus(
            tr("No clear answer yet (%1). Checking with the channel…").arg(attempt.lastReason),
            false);
        return;
    case AttemptState::Succeeded:
        showStatus(tr("Paid %1 by %2.")
                       .arg(moneyText(attempt.amount), channelDisplayName(attempt.channel)),
                   false);
        break;
    case AttemptState::Failed:
        showStatus(tr("Payment failed: %1").arg(attempt.lastReason), true);
        break;
    case AttemptState::PendingStatement:
        showStatus(tr("Pending statement: %1 cannot be asked. The amount stays pending until "
                      "the channel's statement is imported.")
                       .arg(channelDisplayName(attempt.channel)),
                   true);
        break;
    case AttemptState::Closed:
    case AttemptState::Reversed:
        showStatus(tr("Payment cancelled: nothing was charged (%1).").arg(attempt.lastReason),
                   true);
        break;
    }
    if (attempt.method == PaymentMethod::FacePay) {
        m_faceStage->setText(m_status->text());
        m_faceChannel.clear();
    }
    m_activeAttempt.clear();
    m_shownQr.clear();
    m_qrImage->clear();
    m_printQr->setEnabled(false);
    m_countdownTimer->stop();
    m_qrCountdown->clear();
    setBusy(false);
    refreshDue();
}

void PaymentDialog::onOrderPaid(const QString &orderId)
{
    if (orderId == m_orderId && !m_saleCancelled) {
        // Cash settles the order inside payCash(), before it records the change: take it from
        // storage so the display and the cashier's message both see it.
        m_lastChange = cashChange();
        emit paid(m_lastChange);
        accept();
    }
}

Money PaymentDialog::cashChange() const
{
    Money change = Money::zero(m_amountDue.currency());
    if (auto attempts = storage::AttemptRepository(m_runtime.database()).listForOrder(m_orderId)) {
        for (const PaymentAttempt &attempt : attempts.value()) {
            if (attempt.method == PaymentMethod::Cash && attempt.state == AttemptState::Succeeded &&
                !attempt.cancelRequested) {
                change = change.plus(attempt.change()).value();
            }
        }
    }
    return change;
}

void PaymentDialog::reject()
{
    if (m_saleCancelled) {
        QDialog::reject();
        return;
    }
    if (m_stack->currentWidget() == m_cancelSale) {
        m_stack->setCurrentWidget(m_payPage);
        return;
    }
    if (m_face && m_face->isRunning()) {
        m_face->cancel(); // nothing was sent yet: the device stops scanning
        return;
    }
    if (m_activeAttempt.isEmpty()) {
        QDialog::reject();
        return;
    }
    // Never walk away from a payment in flight: cancel it on the channel and show the outcome.
    if (auto cancelled = m_payments.cancel(m_activeAttempt); !cancelled) {
        showStatus(errorText(cancelled.error()), true);
        return;
    }
    showStatus(tr("Cancelling on the channel…"), false);
}

} // namespace pos::ui
