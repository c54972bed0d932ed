#pragma once

#include "common/Result.h"
#include "domain/PaymentAttempt.h"
#include "payments/FaceCaptureDevice.h"

#include <QObject>

namespace pos::payments {

class ChannelRegistry;
class PaymentService;

// Face pay for one order: device rawdata → channel authinfo (WeChat) → the device scans the
// face → the face code / ftoken is paid through the payment service like a payment code with
// the face scene (write-ahead, query, reverse: everything B-scan-C has). Nothing is stored
// before the device yields a token, because nothing has left for the channel before then.
class FacePayFlow : public QObject
{
    Q_OBJECT
public:
    FacePayFlow(PaymentService &payments, ChannelRegistry &channels, FaceCaptureDevice &device,
                QObject *parent = nullptr);

    // Starts face pay of `amount` on `channelId`; refused while another one is running.
    Status start(const QString &orderId, const Money &amount, const QString &channelId,
                 const QString &storeId, const QString &storeName);
    // Stops the device while it is scanning; once a token was paid, cancel the attempt instead.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void stageChanged(const QString &stage); // "authorising", "scanning", "paying"
    // The attempt went to the payment service: follow it through attemptUpdated.
    void attemptStarted(const pos::PaymentAttempt &attempt);
    // Face pay stopped before any payment was sent (cancelled, timeout, device or channel error).
    void stopped(const QString &reason);

private:
    void onAuthInfo(const Result<QString> &authInfo);
    void onCapture(const FaceCaptureResult &result);
    void stop(const QString &reason);

    PaymentService &m_payments;
    ChannelRegistry &m_channels;
    FaceCaptureDevice &m_device;
    bool m_running = false;
    int m_run = 0; // answers from an earlier run are ignored
    QString m_orderId;
    QString m_channelId;
    QString m_storeId;
    QString m_storeName;
    Money m_amount;
};

} // namespace pos::payments
