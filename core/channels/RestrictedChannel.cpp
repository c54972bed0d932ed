#include "channels/RestrictedChannel.h"

#include <QTimer>

namespace pos::channels {

Result<Capabilities> RestrictedChannel::restrict(Capabilities capabilities,
                                                 const QStringList &lacks)
{
    for (const QString &raw : lacks) {
        const QString name = raw.trimmed();
        if (name == QLatin1String("query")) {
            capabilities.query = false;
        } else if (name == QLatin1String("cancel")) {
            capabilities.cancel = false;
        } else if (name == QLatin1String("close")) {
            capabilities.close = false;
        } else if (name == QLatin1String("refund")) {
            capabilities.refund = false;
            capabilities.refundQuery = false;
        } else if (name == QLatin1String("refund_query")) {
            capabilities.refundQuery = false;
        } else if (name == QLatin1String("notify")) {
            capabilities.asyncNotify = false;
        } else if (name == QLatin1String("bill")) {
            capabilities.billDownload = false;
        } else if (name == QLatin1String("qr")) {
            capabilities.customerScansMerchant = false;
        } else if (name == QLatin1String("face")) {
            capabilities.facePay = false;
        } else if (!name.isEmpty()) {
            return Result<Capabilities>::failure(
                QStringLiteral("config.bad_value"),
                QStringLiteral("unknown capability '%1' (use query, cancel, close, refund, "
                               "refund_query, notify, "
                               "bill, qr, face)")
                    .arg(name));
        }
    }
    return capabilities;
}

RestrictedChannel::RestrictedChannel(PaymentChannel *inner, Capabilities allowed, QObject *parent)
    : PaymentChannel(parent), m_inner(inner), m_allowed(allowed)
{
}

void RestrictedChannel::pay(const PayRequest &request, Callback done)
{
    if (!m_allowed.merchantScansCustomer && !m_allowed.facePay) {
        notSupported("pay", done);
        return;
    }
    m_inner->pay(request, done);
}

void RestrictedChannel::faceAuthInfo(const FaceAuthRequest &request, AuthInfoCallback done)
{
    if (!m_allowed.facePay) {
        QTimer::singleShot(0, this, [done] {
            done(Result<QString>::failure(QStringLiteral("pos.unsupported"),
                                          QStringLiteral("face pay is not offered")));
        });
        return;
    }
    m_inner->faceAuthInfo(request, done);
}

void RestrictedChannel::precreate(const PrecreateRequest &request, Callback done)
{
    m_allowed.customerScansMerchant ? m_inner->precreate(request, done)
                                    : notSupported("precreate", done);
}

void RestrictedChannel::query(const QString &outTradeNo, const Money &expectedAmount, Callback done)
{
    m_allowed.query ? m_inner->query(outTradeNo, expectedAmount, done)
                    : notSupported("query", done);
}

void RestrictedChannel::cancel(const QString &outTradeNo, Callback done)
{
    m_allowed.cancel ? m_inner->cancel(outTradeNo, done) : notSupported("cancel", done);
}

void RestrictedChannel::close(const QString &outTradeNo, Callback done)
{
    m_allowed.close ? m_inner->close(outTradeNo, done) : notSupported("close", done);
}

void RestrictedChannel::refund(const RefundRequest &request, Callback done)
{
    m_allowed.refund ? m_inner->refund(request, done) : notSupported("refund", done);
}

void RestrictedChannel::refundQuery(const RefundRequest &request, Callback done)
{
    m_allowed.refundQuery ? m_inner->refundQuery(request, done)
                          : notSupported("refund query", done);
}

void RestrictedChannel::downloadBill(const QDate &day, BillCallback done)
{
    if (m_allowed.billDownload) {
        m_inner->downloadBill(day, done);
    } else {
        PaymentChannel::downloadBill(day, done);
    }
}

ParsedNotification
RestrictedChannel::parseNotification(const IncomingNotification &notification) const
{
    return m_allowed.asyncNotify ? m_inner->parseNotification(notification)
                                 : PaymentChannel::parseNotification(notification);
}

void RestrictedChannel::resumeRequest(const QString &merchantNo, const QDateTime &requestedAt)
{
    m_inner->resumeRequest(merchantNo, requestedAt);
}

} // namespace pos::channels
