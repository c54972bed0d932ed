#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>

namespace pos::sim {

// Delivers the sandbox's async notifications the way providers do: POST to the merchant's
// notify URL, retried on the provider's schedule until the answer counts as an
// acknowledgement, optionally sent again after that (duplicates on demand).
class NotificationSender : public QObject
{
    Q_OBJECT
public:
    struct Delivery
    {
        QString id; // for logs and signals
        QUrl url;
        QByteArray body;
        QByteArray contentType;
        QList<QPair<QByteArray, QByteArray>> headers;
        std::function<bool(int status, const QByteArray &body)> isAcknowledged;
        QList<int> retryDelaysMs; // after a failed try; when exhausted the sender gives up
        int initialDelayMs = 0;
        int duplicates = 0; // extra copies sent after the acknowledgement
    };

    explicit NotificationSender(QObject *parent = nullptr);

    void send(const Delivery &delivery);
    int pendingCount() const { return m_pending; }

    // Provider schedules scaled by the --set notify.delay-scale factor (tests use ~0.001).
    static QList<int> scaled(const QList<int> &delaysMs, double scale);

signals:
    void delivered(const QString &id, int attempts);
    void gaveUp(const QString &id, int attempts);

private:
    void attempt(Delivery delivery, int attemptNumber);

    QNetworkAccessManager m_network;
    int m_pending = 0;
};

} // namespace pos::sim
