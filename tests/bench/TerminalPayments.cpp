#include "TerminalPayments.h"

#include "demo/DemoData.h"
#include "storage/CashierRepository.h"

#include <QFile>

namespace pos::bench {

namespace {
constexpr int kPaymentTimeoutMs = 10000;

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes) != bytes.size()) {
        return Error{QStringLiteral("bench.write"), QStringLiteral("cannot write %1").arg(path)};
    }
    return success();
}
} // namespace

Status TerminalPayments::open(const QString &dataDir, const Sandbox &sandbox)
{
    config::TerminalConfig config;
    config.alipay.enabled = true;
    config.alipay.gatewayUrl = sandbox.gatewayUrl;
    config.alipay.appId = sandbox.appId;
    config.alipay.appPrivateKeyFile = dataDir + QStringLiteral("/app_private.pem");
    config.alipay.alipayPublicKeyFile = dataDir + QStringLiteral("/alipay_public.pem");
    config.alipay.timeoutMs = kPaymentTimeoutMs;
    if (auto written = writeFile(config.alipay.appPrivateKeyFile, sandbox.appPrivateKeyPem);
        !written) {
        return written;
    }
    if (auto written = writeFile(config.alipay.alipayPublicKeyFile, sandbox.alipayPublicKeyPem);
        !written) {
        return written;
    }
    if (auto opened = m_runtime.open(dataDir, config, true); !opened) {
        return opened;
    }
    const QString code = demo::demoAccounts().front().code;
    auto cashier = storage::CashierRepository(m_runtime.database()).findByCode(code);
    if (!cashier) {
        return cashier.error();
    }
    m_cashier = cashier.value();
    m_runtime.payments().setOperator(m_cashier.code);
    m_timeout.setSingleShot(true);
    QObject::connect(&m_timeout, &QTimer::timeout, &m_wait, &QEventLoop::quit);
    QObject::connect(&m_runtime.payments(), &payments::PaymentService::attemptUpdated, &m_wait,
                     [this](const PaymentAttempt &attempt) { onAttemptUpdated(attempt); });
    return success();
}

Result<QString> TerminalPayments::newOrder()
{
    sale::SaleService &sale = m_runtime.sale();
    sale.startSale(m_cashier);
    if (auto added = sale.addByBarcode(demo::demoBarcode(0)); !added) {
        return added.error();
    }
    return sale.checkout();
}

void TerminalPayments::onAttemptUpdated(const PaymentAttempt &attempt)
{
    // One payment is in flight at a time, so a settled attempt is the one being timed.
    // (Succeeded is not isFinal(): a refund may still follow.)
    if ((attempt.state == AttemptState::Succeeded || isFinal(attempt.state)) && !m_final) {
        m_finalNs = m_clock.nsecsElapsed();
        m_final = attempt;
        m_wait.quit();
    }
}

Result<qint64> TerminalPayments::pay(const QString &orderId, const QString &paymentCode)
{
    auto due = m_runtime.payments().amountDue(orderId);
    if (!due) {
        return due.error();
    }
    m_final.reset();
    m_clock.start();
    auto sent = m_runtime.payments().payByCode(orderId, due.value(), paymentCode);
    if (!sent) {
        return sent.error();
    }
    if (!m_final) {
        m_timeout.start(kPaymentTimeoutMs + 2000);
        m_wait.exec();
        m_timeout.stop();
    }
    if (!m_final || m_final->outTradeNo != sent->outTradeNo) {
        return Error{QStringLiteral("bench.no_answer"),
                     QStringLiteral("payment %1 did not finish").arg(sent->outTradeNo)};
    }
    if (m_final->state != AttemptState::Succeeded) {
        return Error{
            QStringLiteral("bench.payment_failed"),
            QStringLiteral("payment %1 ended %2: %3")
                .arg(sent->outTradeNo, attemptStateName(m_final->state), m_final->lastReason)};
    }
    return m_finalNs;
}

} // namespace pos::bench
