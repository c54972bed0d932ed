#pragma once

#include "common/Result.h"

#include <QHttpServer>
#include <QObject>
#include <QString>
#include <QUrl>

class QHttpServerRequest;
class QHttpServerResponse;

namespace pos::payments {
class NotificationInbox;
}

namespace pos::notify {

// The terminal's local HTTP endpoint for the providers' asynchronous notifications. Every
// POST /notify/<channel> goes to the inbox (which verifies, matches, stores durably and hands on)
// and is answered with exactly what the inbox returns, in the provider's format; the provider
// retries whatever is not acknowledged. Anything else is 404, a body over 64 KiB is 413.
// Runs on the thread that creates it (the GUI thread): the inbox's work is one verification and
// one durable commit per notification.
class NotificationEndpoint : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;

    explicit NotificationEndpoint(payments::NotificationInbox &inbox, QObject *parent = nullptr);
    ~NotificationEndpoint() override;

    // Listens on `address` (e.g. "127.0.0.1", "0.0.0.0") and `port` (0: any free port); returns
    // the base URL http://address:port that notifyUrlFor() extends with /notify/<channel>.
    Result<QUrl> listen(const QString &address, int port);
    bool isListening() const { return m_baseUrl.isValid(); }
    QUrl baseUrl() const { return m_baseUrl; }

    // For the status bar: notifications received (any POST /notify/…) and acknowledged.
    int received() const { return m_received; }
    int accepted() const { return m_accepted; }

signals:
    // After each POST /notify/<channel> was answered with HTTP `status`.
    void notificationHandled(const QString &channel, int status);

private:
    QHttpServerResponse answer(const QString &channel, const QHttpServerRequest &request);

    payments::NotificationInbox &m_inbox;
    QHttpServer m_server;
    QUrl m_baseUrl;
    int m_received = 0;
    int m_accepted = 0;
};

} // namespace pos::notify
