#include "payments/FacePayFlow.h"

#include "payments/ChannelRegistry.h"
#include "payments/PaymentService.h"

namespace pos::payments {

namespace {

// The device's own reasons usually name it already ("face-pay device disconnected").
QString deviceReason(const QString &reason)
{
    return reason.contains(QLatin1String("face-pay device"), Qt::CaseInsensitive)
               ? reason
               : QStringLiteral("face-pay device: %1").arg(reason);
}

} // namespace

FacePayFlow::FacePayFlow(PaymentService &payments, ChannelRegistry &channels,
                         FaceCaptureDevice &device, QObject *parent)
    : QObject(parent), m_payments(payments), m_channels(channels), m_device(device)
{
}

Status FacePayFlow::start(const QString &orderId, const Money &amount, const QString &channelId,
                          const QString &storeId, const QString &storeName)
{
    if (m_running) {
        return Error{QStringLiteral("face.busy"),
                     QStringLiteral("face pay is already running on this device")};
    }
    channels::PaymentChannel *channel = m_channels.find(channelId);
    if (!channel || !channel->capabilities().facePay) {
        return Error{
            QStringLiteral("payment.channel_unavailable"),
            QStringLiteral("%1 face payments are not accepted at this terminal").arg(channelId)};
    }
    auto due = m_payments.amountDue(orderId);
    if (!due) {
        return due.error();
    }
    if (!amount.isPositive() || amount > due.value()) {
        return Error{QStringLiteral("payment.over_due"),
                     QStringLiteral("%1 is not between 0 and the %2 still due")
                         .arg(amount.toDecimalString(), due->toDecimalString())};
    }
    m_running = true;
    const int run = ++m_run;
    m_orderId = orderId;
    m_channelId = channelId;
    m_storeId = storeId;
    m_storeName = storeName;
    m_amount = amount;
    emit stageChanged(QStringLiteral("authorising"));
    m_device.rawData([this, run](const Result<QString> &rawdata) {
        if (run != m_run || !m_running) {
            return;
        }
        if (!rawdata) {
            stop(deviceReason(rawdata.error().message));
            return;
        }
        channels::PaymentChannel *faceChannel = m_channels.find(m_channelId);
        if (!faceChannel) {
            stop(QStringLiteral("channel %1 is gone").arg(m_channelId));
            return;
        }
        faceChannel->faceAuthInfo({rawdata.value(), m_storeId, m_storeName, m_device.deviceId()},
                                  [this, run](const Result<QString> &authInfo) {
                                      if (run == m_run && m_running) {
                                          onAuthInfo(authInfo);
                                      }
                                  });
    });
    return success();
}

void FacePayFlow::onAuthInfo(const Result<QString> &authInfo)
{
    if (!authInfo) {
        stop(QStringLiteral("%1 refused face pay: %2").arg(m_channelId, authInfo.error().message));
        return;
    }
    emit stageChanged(QStringLiteral("scanning"));
    const int run = m_run;
    m_device.capture(m_channelId, m_amount, authInfo.value(),
                     [this, run](const FaceCaptureResult &result) {
                         if (run == m_run && m_running) {
                             onCapture(result);
                         }
                     });
}

void FacePayFlow::onCapture(const FaceCaptureResult &result)
{
    using Kind = FaceCaptureResult::Kind;
    switch (result.kind) {
    case Kind::Cancelled:
        stop(QStringLiteral("face pay cancelled"));
        return;
    case Kind::Timeout:
        stop(QStringLiteral("no face was scanned in time"));
        return;
    case Kind::Failed:
        stop(deviceReason(result.reason));
        return;
    case Kind::Token:
        break;
    }
    emit stageChanged(QStringLiteral("paying"));
    auto attempt = m_payments.payByFaceToken(m_orderId, m_amount, m_channelId, result.token);
    m_running = false;
    if (!attempt) {
        emit stopped(attempt.error().message);
        return;
    }
    emit attemptStarted(attempt.value());
}

void FacePayFlow::cancel()
{
    if (!m_running) {
        return;
    }
    m_device.cancelCapture();
    stop(QStringLiteral("face pay cancelled"));
}

void FacePayFlow::stop(const QString &reason)
{
    m_running = false;
    ++m_run;
    emit stopped(reason);
}

} // namespace pos::payments
