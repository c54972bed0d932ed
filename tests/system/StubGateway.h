#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <vector>

namespace pos::test {

// A bare HTTP/1.1 endpoint on loopback standing in for a payment gateway that misbehaves: it
// reads each request (enough of HTTP to get the form body), hands it to `onRequest`, and sends
// back whatever that returns, or nothing at all when it returns an empty answer (the socket is
// kept open, so the client waits until its own time-out).
class StubGateway
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray body;
        QMap<QString, QString> form; // the decoded form parameters
        QJsonObject bizContent;      // form["biz_content"] parsed, when it is JSON

        QString apiMethod() const { return form.value(QStringLiteral("method")); }
        QString outTradeNo() const
        {
            return bizContent.value(QStringLiteral("out_trade_no")).toString();
        }
    };
    using Handler = std::function<QByteArray(const Request &)>;

    StubGateway();
    ~StubGateway();
    StubGateway(const StubGateway &) = delete;
    StubGateway &operator=(const StubGateway &) = delete;

    // Listens on 127.0.0.1 at a port the system picks.
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl gatewayUrl() const;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const std::vector<Request> &requests() const { return m_requests; }
    int connectionCount() const { return m_connections; }

    // A complete HTTP response with this status and body.
    static QByteArray httpAnswer(int status, const QByteArray &body,
                                 const QByteArray &contentType = "application/json;charset=utf-8");

private:
    void onNewConnection();

    QTcpServer m_server;
    Handler m_handler;
    std::vector<Request> m_requests;
    int m_connections = 0;
};

// Decodes application/x-www-form-urlencoded text ('+' is a space).
QMap<QString, QString> decodeForm(const QByteArray &body);

// A loopback port on which nothing listens (bound, then released).
quint16 closedLoopbackPort();

} // namespace pos::test
