#include "channels/PaymentChannel.h"

#include <QTimer>

namespace pos::channels {

void PaymentChannel::notSupported(const char *operation, Callback done)
{
    const QString reason =
        QStringLiteral("%1 is not supported by channel %2").arg(QLatin1String(operation), id());
    QTimer::singleShot(0, this, [done, reason] {
        done(ChannelResult::unknown(reason, QStringLiteral("pos.unsupported")));
    });
}

void PaymentChannel::precreate(const PrecreateRequest &, Callback done)
{
    notSupported("precreate", done);
}
void PaymentChannel::query(const QString &, const Money &, Callback done)
{
    notSupported("query", done);
}
void PaymentChannel::cancel(const QString &, Callback done)
{
    notSupported("cancel", done);
}
void PaymentChannel::close(const QString &, Callback done)
{
    notSupported("close", done);
}
void PaymentChannel::refund(const RefundRequest &, Callback done)
{
    notSupported("refund", done);
}
void PaymentChannel::refundQuery(const RefundRequest &, Callback done)
{
    notSupported("refund query", done);
}

void PaymentChannel::faceAuthInfo(const FaceAuthRequest &, AuthInfoCallback done)
{
    QTimer::singleShot(0, this, [done] { done(QString()); });
}

void PaymentChannel::downloadBill(const QDate &, BillCallback done)
{
    const QString reason = QStringLiteral("bill download is not supported by channel %1").arg(id());
    QTimer::singleShot(0, this, [done, reason] {
        done(Result<QByteArray>::failure(QStringLiteral("pos.unsupported"), reason));
    });
}

ParsedNotification PaymentChannel::parseNotification(const IncomingNotification &) const
{
    ParsedNotification parsed;
    parsed.rejectReason = QStringLiteral("channel %1 sends no notifications").arg(id());
    return parsed;
}

void PaymentChannel::resumeRequest(const QString &, const QDateTime &) {}

} // namespace pos::channels
