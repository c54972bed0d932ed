#include "notify/NotificationEndpoint.h"

#include "payments/NotificationInbox.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QTcpServer>

#include <memory>

Q_LOGGING_CATEGORY(lcEndpoint, "pos.notify.endpoint")

namespace pos::notify {

namespace {

using StatusCode = QHttpServerResponse::StatusCode;

QByteArray contentTypeOf(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        return QByteArrayLiteral("application/json");
    }
    return QByteArrayLiteral("text/plain;charset=utf-8");
}

} // namespace

NotificationEndpoint::NotificationEndpoint(payments::NotificationInbox &inbox, QObject *parent)
    : QObject(parent), m_inbox(inbox)
{
    m_server.route(QStringLiteral("/notify/<arg>"), QHttpServerRequest::Method::Post,
                   [this](const QString &channel, const QHttpServerRequest &request) {
                       return answer(channel, request);
                   });
    // Everything else (another path, another method) gets QHttpServer's 404.
}

NotificationEndpoint::~NotificationEndpoint() = default;

Result<QUrl> NotificationEndpoint::listen(const QString &address, int port)
{
    if (isListening()) {
        return Result<QUrl>::failure(
            QStringLiteral("notify.listening"),
            QStringLiteral("the notification endpoint already listens on %1")
                .arg(m_baseUrl.toString()));
    }
    QHostAddress host;
    if (address == QLatin1String("localhost")) {
        host = QHostAddress::LocalHost;
    } else if (!host.setAddress(address)) {
        return Result<QUrl>::failure(
            QStringLiteral("notify.address"),
            QStringLiteral("notification listen address '%1' is not an IP address").arg(address));
    }
    if (port < 0 || port > 65535) {
        return Result<QUrl>::failure(
            QStringLiteral("notify.port"),
            QStringLiteral("notification port %1 is not 0..65535").arg(port));
    }
    auto tcp = std::make_unique<QTcpServer>();
    if (!tcp->listen(host, static_cast<quint16>(port))) {
        return Result<QUrl>::failure(QStringLiteral("notify.listen"),
                                     QStringLiteral("cannot listen for notifications on %1:%2: %3")
                                         .arg(address)
                                         .arg(port)
                                         .arg(tcp->errorString()));
    }
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(tcp->serverPort());
    m_server.bind(tcp.release()); // the server takes ownership
    m_baseUrl = url;
    qCInfo(lcEndpoint).noquote() << "notifications accepted at" << url.toString();
    return url;
}

QHttpServerResponse NotificationEndpoint::answer(const QString &channel,
                                                 const QHttpServerRequest &request)
{
    ++m_received;
    payments::NotificationReply reply;
    if (request.body().size() > kMaxBodyBytes) {
        qCWarning(lcEndpoint) << "refused a" << request.body().size() << "byte notification for"
                              << channel << "from" << request.remoteAddress().toString();
        reply = {413, QByteArrayLiteral("notification larger than 64 KiB")};
    } else {
        channels::IncomingNotification notification;
        notification.body = request.body();
        for (const auto &[name, value] : request.headers()) {
            const QString key = QString::fromLatin1(name).toLower();
            const QString text = QString::fromUtf8(value);
            const auto existing = notification.headers.constFind(key);
            notification.headers.insert(key, existing == notification.headers.constEnd()
                                                 ? text
                                                 : *existing + QStringLiteral(", ") + text);
        }
        reply = m_inbox.handle(channel, notification, QStringLiteral("local"));
    }
    if (reply.acknowledged) {
        ++m_accepted;
    }
    emit notificationHandled(channel, reply.status);
    return QHttpServerResponse(contentTypeOf(reply.body), reply.body,
                               static_cast<StatusCode>(reply.status));
}

} // namespace pos::notify
