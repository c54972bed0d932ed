#include "payment/PaymentDialog.h"

#include "display/QrCodeImage.h"
#include "payments/PaymentService.h"
#include "receipt/ReceiptComposer.h"
#include "shell/MoneyText.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pos::ui {

PaymentDialog::PaymentDialog(payments::PaymentService &payments, QString orderId, QWidget *parent)
    : QDialog(parent), m_payments(payments), m_orderId(std::move(orderId)),
      m_tabs(new QTabWidget(this)), m_dueLabel(new QLabel(this)), m_tendered(new QLineEdit(this)),
      m_change(new QLabel(this)), m_payCash(new QPushButton(tr("Take cash"), this)),
      m_code(new QLineEdit(this)), m_payCode(new QPushButton(tr("Pay with code"), this)),
      m_status(new QLabel(this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_qrPage(new QWidget(this)), m_qrImage(new QLabel(this)), m_qrCountdown(new QLabel(this)),
      m_countdownTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Payment – order %1").arg(m_orderId));
    setMinimumWidth(520);
    m_dueLabel->setObjectName(QStringLiteral("dueLabel"));
    QFont big = m_dueLabel->font();
    big.setPointSize(big.pointSize() + 10);
    big.setBold(true);
    m_dueLabel->setFont(big);

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
    m_countdownTimer->setInterval(1000);
    connect(m_countdownTimer, &QTimer::timeout, this, &PaymentDialog::updateCountdown);

    m_tabs->addTab(cashPage, tr("Cash (F5)"));
    m_tabs->addTab(codePage, tr("Payment code (F6)"));
    m_tabs->addTab(m_qrPage, tr("Customer QR (F7)"));
    m_status->setObjectName(QStringLiteral("paymentStatus"));
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(40);
    m_cancel->setObjectName(QStringLiteral("cancelPaymentButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_dueLabel);
    layout->addWidget(m_tabs);
    layout->addWidget(m_status);
    layout->addWidget(m_cancel, 0, Qt::AlignRight);

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
    connect(&m_payments, &payments::PaymentService::attemptUpdated, this,
            &PaymentDialog::onAttemptUpdated);
    connect(&m_payments, &payments::PaymentService::orderPaid, this, &PaymentDialog::onOrderPaid);
    refreshDue();
    m_tendered->setText(m_amountDue.toDecimalString());
    m_tendered->selectAll();
    m_tendered->setFocus();
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

void PaymentDialog::startCustomerQr(const QString &channel)
{
    if (!m_activeAttempt.isEmpty()) {
        return;
    }
    showQrTab();
    auto attempt = m_payments.payByCustomerQr(m_orderId, m_amountDue, channel);
    if (!attempt) {
        showStatus(attempt.error().message, true);
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
    m_dueLabel->setText(tr("Due %1").arg(moneyText(m_amountDue)));
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
        showStatus(attempt.error().message, true);
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
                       : attempt.error().message,
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
        showStatus(tr("Paid %1 by %2.").arg(moneyText(attempt.amount), attempt.channel), false);
        break;
    case AttemptState::Failed:
        showStatus(tr("Payment failed: %1").arg(attempt.lastReason), true);
        break;
    case AttemptState::PendingStatement:
        showStatus(tr("Pending statement: %1 cannot be asked. The amount stays pending until "
                      "the channel's statement is imported.")
                       .arg(attempt.channel),
                   true);
        break;
    case AttemptState::Closed:
    case AttemptState::Reversed:
        showStatus(tr("Payment cancelled: nothing was charged (%1).").arg(attempt.lastReason),
                   true);
        break;
    }
    m_activeAttempt.clear();
    m_shownQr.clear();
    m_qrImage->clear();
    m_countdownTimer->stop();
    m_qrCountdown->clear();
    setBusy(false);
    refreshDue();
}

void PaymentDialog::onOrderPaid(const QString &orderId)
{
    if (orderId == m_orderId) {
        accept();
    }
}

void PaymentDialog::reject()
{
    if (m_activeAttempt.isEmpty()) {
        QDialog::reject();
        return;
    }
    // Never walk away from a payment in flight: cancel it on the channel and show the outcome.
    if (auto cancelled = m_payments.cancel(m_activeAttempt); !cancelled) {
        showStatus(cancelled.error().message, true);
        return;
    }
    showStatus(tr("Cancelling on the channel…"), false);
}

} // namespace pos::ui
