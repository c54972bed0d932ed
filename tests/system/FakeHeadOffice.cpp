#include "system/FakeHeadOffice.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>

namespace pos::test {

bool FakeHeadOffice::listen(quint16 port)
{
    m_server = std::make_unique<QHttpServer>();
    m_server->route(
        QStringLiteral("/api/v1/terminals/<arg>/outbox"), QHttpServerRequest::Method::Post,
        [this](const QString &, const QHttpServerRequest &request) { return answer(request); });
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        m_server.reset();
        return false;
    }
    return true;
}

void FakeHeadOffice::stop()
{
    m_server.reset();
}

QUrl FakeHeadOffice::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

int FakeHeadOffice::requestsFor(const QString &key) const
{
    return int(std::count_if(m_received.begin(), m_received.end(),
                             [&key](const ReceivedUpload &upload) { return upload.key == key; }));
}

QByteArray FakeHeadOffice::acceptedBody(qint64 seq)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("accepted_seq"), seq}})
        .toJson(QJsonDocument::Compact);
}

QHttpServerResponse FakeHeadOffice::answer(const QHttpServerRequest &request)
{
    ReceivedUpload upload;
    upload.path = request.url().path();
    upload.idempotencyKey = request.value(QByteArrayLiteral("Idempotency-Key"));
    for (const auto &[name, value] : request.headers()) {
        if (name.compare(QByteArrayLiteral("X-Pos-Signature"), Qt::CaseInsensitive) == 0) {
            upload.hasSignature = true;
            upload.signature = value;
        }
    }
    upload.body = request.body();
    const QJsonObject json = QJsonDocument::fromJson(upload.body).object();
    upload.seq = json.value(QStringLiteral("seq")).toInteger(-1);
    upload.key = json.value(QStringLiteral("key")).toString();
    m_received.push_back(upload);
    if (m_script) {
        if (std::optional<ScriptedReply> reply = m_script(upload)) {
            return QHttpServerResponse(reply->contentType, reply->body,
                                       static_cast<QHttpServerResponse::StatusCode>(reply->status));
        }
    }
    const bool repeat = !m_accepted.insert(upload.idempotencyKey).second;
    return QHttpServerResponse(QByteArrayLiteral("application/json"), acceptedBody(upload.seq),
                               repeat ? QHttpServerResponse::StatusCode::Conflict
                                      : QHttpServerResponse::StatusCode::Ok);
}

bool BlackHole::listen(quint16 port)
{
    m_server = std::make_unique<QTcpServer>();
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        m_server.reset();
        return false;
    }
    m_port = m_server->serverPort();
    QObject::connect(m_server.get(), &QTcpServer::newConnection, m_server.get(), [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            socket->setParent(nullptr);
            m_held.emplace_back(socket);
        }
    });
    return true;
}

void BlackHole::stop()
{
    m_held.clear();
    m_server.reset();
}

quint16 unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace pos::test
