#include "faults/FaultInjector.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

#include <memory>

Q_LOGGING_CATEGORY(lcFaults, "pos.sim.faults")

namespace pos::sim {

namespace {

constexpr int kMaxLatencyMs = 10 * 60 * 1000;
constexpr int kMaxCount = 1'000'000;

void answerJson(QHttpServerResponder &responder, const QJsonObject &object,
                QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok)
{
    responder.write(QJsonDocument(object).toJson(QJsonDocument::Compact),
                    QByteArrayLiteral("application/json;charset=utf-8"), status);
}

// Closes the connection with an RST instead of an orderly FIN, and without any answer.
void resetConnection(QTcpSocket *socket)
{
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0) {
        const linger hard{1, 0};
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    socket->abort();
}

} // namespace

FaultInjector::FaultInjector(QObject *parent) : QObject(parent) {}

QJsonObject FaultInjector::settings() const
{
    return QJsonObject{{QStringLiteral("latency_ms"), m_latencyMs},
                       {QStringLiteral("reset_next"), m_resetNext},
                       {QStringLiteral("http_5xx_next"), m_http5xxNext}};
}

void writeReply(QHttpServerResponder &responder, const SimHttpReply &reply)
{
    responder.write(reply.body, reply.contentType,
                    static_cast<QHttpServerResponder::StatusCode>(reply.status));
}

void FaultInjector::respond(QHttpServerResponder &&responder,
                            const std::function<SimHttpReply()> &produce)
{
    if (m_resetNext > 0) {
        --m_resetNext;
        qCInfo(lcFaults) << "fault: resetting the connection;" << m_resetNext << "more";
        resetConnection(responder.socket());
        return;
    }
    if (m_http5xxNext > 0) {
        --m_http5xxNext;
        qCInfo(lcFaults) << "fault: 503;" << m_http5xxNext << "more";
        writeReply(responder, SimHttpReply{503, QByteArrayLiteral("text/plain;charset=utf-8"),
                                           QByteArrayLiteral("Service Unavailable (injected)")});
        return;
    }
    const SimHttpReply reply = produce();
    const int delay = m_latencyMs + reply.delayMs;
    if (delay <= 0) {
        writeReply(responder, reply);
        return;
    }
    // Hold the responder; answer from a timer so the server thread keeps serving. If the client
    // gives up meanwhile, the server deletes the socket and the late answer is dropped.
    QPointer<QTcpSocket> socket = responder.socket();
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(delay, this, [held, socket, reply] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState) {
            writeReply(*held, reply);
        } else {
            qCInfo(lcFaults) << "late answer dropped: the client left";
        }
    });
}

void FaultInjector::addAdminRoutes(QHttpServer &server)
{
    server.route(QStringLiteral("/admin/faults"), QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &, QHttpServerResponder &&responder) {
                     answerJson(responder, settings());
                 });
    server.route(QStringLiteral("/admin/faults"), QHttpServerRequest::Method::Delete,
                 [this](const QHttpServerRequest &, QHttpServerResponder &&responder) {
                     m_latencyMs = m_resetNext = m_http5xxNext = 0;
                     answerJson(responder, settings());
                 });
    server.route(
        QStringLiteral("/admin/faults"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
            if (!document.isObject()) {
                answerJson(responder,
                           QJsonObject{{QStringLiteral("error"),
                                        QStringLiteral("body must be a JSON object")}},
                           QHttpServerResponder::StatusCode::BadRequest);
                return;
            }
            const QJsonObject object = document.object();
            const std::pair<const char *, int *> fields[] = {{"latency_ms", &m_latencyMs},
                                                             {"reset_next", &m_resetNext},
                                                             {"http_5xx_next", &m_http5xxNext}};
            for (const auto &[name, target] : fields) {
                const QJsonValue value = object.value(QLatin1String(name));
                if (value.isUndefined()) {
                    continue;
                }
                const int limit = target == &m_latencyMs ? kMaxLatencyMs : kMaxCount;
                if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > limit ||
                    value.toDouble() != double(value.toInt())) {
                    answerJson(responder,
                               QJsonObject{{QStringLiteral("error"),
                                            QStringLiteral("%1 must be an integer 0..%2")
                                                .arg(QLatin1String(name))
                                                .arg(limit)}},
                               QHttpServerResponder::StatusCode::BadRequest);
                    return;
                }
            }
            for (const auto &[name, target] : fields) {
                const QJsonValue value = object.value(QLatin1String(name));
                if (!value.isUndefined()) {
                    *target = value.toInt();
                }
            }
            qCInfo(lcFaults) << "faults set:" << settings();
            answerJson(responder, settings());
        });
}

} // namespace pos::sim
