#pragma once

#include "notify/NotificationSender.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QString>

namespace pos::sim {

class SimKeys;
class SimLedger;
struct SimTrade;

// Alipay's asynchronous notifications (trade_status_sync) from the sandbox: when a trade with a
// notify_url changes state (a precreated QR paid by the "customer", a refund, a 0008 reversal)
// the sandbox
// POSTs the signed form to that URL. Signed with the sandbox's Alipay key over every field but
// sign and sign_type (the notification rule, unlike responses and requests). Acknowledged only by
// HTTP 200 with the body exactly "success"; otherwise retried after 4m, 10m, 10m, 1h, 2h, 6h,
// 15h, each scaled by --set notify.delay-scale=<f>. notify_id stays the same across retries.
//
// Settings (--set): notify.delay-scale (default 1), notify.duplicates=N (N extra copies after
// the acknowledgement).
class AlipayNotifier : public QObject
{
    Q_OBJECT
public:
    AlipayNotifier(const SimKeys &keys, SimLedger &ledger, QString appId,
                   QObject *parent = nullptr);

    void setDelayScale(double scale) { m_delayScale = scale; }
    void setDuplicates(int copies) { m_duplicates = copies; }

    // Looks at the trade again at `atMs` and notifies what changed.
    void wakeAt(const QString &outTradeNo, qint64 atMs);
    // Sends the notification of the trade's current state now (if it has a notify_url).
    void notifyNow(const QString &outTradeNo);
    // Re-sends the last notification for the trade; false when there was none.
    bool replay(const QString &outTradeNo);
    // Sends one notification for the trade whose signature does not verify (a genuine RSA2
    // signature over other content), to `url`, without retries; false when no such trade.
    bool forge(const QString &outTradeNo, const QUrl &url);

    NotificationSender &sender() { return m_sender; }

    // The form of a trade_status_sync notification for `trade` (unsigned).
    QMap<QString, QString> form(const SimTrade &trade, const QString &notifyId) const;

private:
    void send(const QString &outTradeNo, const QUrl &url, const QByteArray &body, bool retries,
              int duplicates);
    QByteArray signedBody(QMap<QString, QString> form, bool spoil) const;

    const SimKeys &m_keys;
    SimLedger &m_ledger;
    QString m_appId;
    NotificationSender m_sender;
    double m_delayScale = 1.0;
    int m_duplicates = 0;
    int m_sequence = 0;
    QHash<QString, QString> m_notifiedStatus; // out_trade_no -> "status/refunded fen" notified
    struct Last
    {
        QUrl url;
        QByteArray body;
    };
    QHash<QString, Last> m_last;
};

} // namespace pos::sim
