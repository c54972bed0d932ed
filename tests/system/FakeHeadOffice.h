// A stand-in for pos-headoffice's upload endpoint on loopback (QHttpServer): it records every
// upload, accepts each idempotency key once (200 with accepted_seq, 409 for a repeat), and lets a
// test script other answers. BlackHole accepts connections and never answers (time-outs).
#pragma once

#include <QByteArray>
#include <QHttpServer>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace pos::test {

struct ReceivedUpload
{
    QString path;
    QByteArray idempotencyKey;
    QByteArray signature; // empty when the header was absent
    bool hasSignature = false;
    QByteArray body;
    qint64 seq = -1; // from the body
    QString key;     // from the body
};

struct ScriptedReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
};

class FakeHeadOffice
{
public:
    // Returns a reply to send instead of the normal one, or nothing for the normal behaviour.
    using Script = std::function<std::optional<ScriptedReply>(const ReceivedUpload &)>;

    // Listens on loopback; port 0: any free port. Returns false if the port is taken.
    bool listen(quint16 port = 0);
    void stop();
    QUrl url() const;
    quint16 port() const { return m_port; }

    void setScript(Script script) { m_script = std::move(script); }
    const std::vector<ReceivedUpload> &received() const { return m_received; }
    // Uploads whose idempotency key head office has taken (each once).
    const std::set<QByteArray> &accepted() const { return m_accepted; }
    int requestsFor(const QString &key) const;
    // Records the upload as taken without answering normally (a reply lost on the way back).
    void accept(const ReceivedUpload &upload) { m_accepted.insert(upload.idempotencyKey); }

    static QByteArray acceptedBody(qint64 seq);

private:
    QHttpServerResponse answer(const QHttpServerRequest &request);

    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    Script m_script;
    std::vector<ReceivedUpload> m_received;
    std::set<QByteArray> m_accepted;
};

// Accepts TCP connections and never says a word.
class BlackHole
{
public:
    bool listen(quint16 port = 0);
    void stop();
    quint16 port() const { return m_port; }

private:
    std::unique_ptr<QTcpServer> m_server;
    std::vector<std::unique_ptr<QTcpSocket>> m_held;
    quint16 m_port = 0;
};

// A loopback port nothing listens on (free a moment ago).
quint16 unusedPort();

} // namespace pos::test
