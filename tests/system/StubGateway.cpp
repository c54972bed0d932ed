#include "system/StubGateway.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpSocket>

#include <memory>

namespace pos::test {

namespace {

struct Head
{
    QByteArray method;
    QByteArray path;
    qsizetype contentLength = 0;
    qsizetype bodyStart = -1;
};

// Parses the request line and headers once the blank line has arrived; bodyStart -1 otherwise.
Head parseHead(const QByteArray &buffer)
{
    Head head;
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        return head;
    }
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    head.method = requestLine.value(0);
    head.path = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
            head.contentLength = line.mid(colon + 1).trimmed().toLongLong();
        }
    }
    head.bodyStart = end + 4;
    return head;
}

} // namespace

QMap<QString, QString> decodeForm(const QByteArray &body)
{
    QMap<QString, QString> form;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype equals = pair.indexOf('=');
        QByteArray key = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        form.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return form;
}

quint16 closedLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

StubGateway::StubGateway()
{
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server,
                     [this]() { onNewConnection(); });
}

StubGateway::~StubGateway()
{
    m_server.close();
}

bool StubGateway::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl StubGateway::gatewayUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/gateway.do").arg(port()));
}

QByteArray StubGateway::httpAnswer(int status, const QByteArray &body,
                                   const QByteArray &contentType)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Stub\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}

void StubGateway::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        // The socket stays a child of the server until the stub goes away: a silent stub keeps
        // the connection open so the client has to time out on its own.
        socket->setParent(&m_server);
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer]() {
            *buffer += socket->readAll();
            const Head head = parseHead(*buffer);
            if (head.bodyStart < 0 || buffer->size() < head.bodyStart + head.contentLength) {
                return;
            }
            Request request;
            request.method = head.method;
            request.path = head.path;
            request.body = buffer->mid(head.bodyStart, head.contentLength);
            buffer->remove(0, head.bodyStart + head.contentLength);
            request.form = decodeForm(request.body);
            const QJsonDocument biz =
                QJsonDocument::fromJson(request.form.value(QStringLiteral("biz_content")).toUtf8());
            request.bizContent = biz.object();
            m_requests.push_back(request);
            const QByteArray answer = m_handler ? m_handler(request) : QByteArray();
            if (!answer.isEmpty()) {
                socket->write(answer);
                socket->disconnectFromHost();
            }
        });
    }
}

} // namespace pos::test
