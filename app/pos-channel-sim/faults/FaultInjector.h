#pragma once

#include <QByteArray>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace pos::sim {

// One HTTP answer the sandbox wants to give.
struct SimHttpReply
{
    SimHttpReply(int httpStatus, QByteArray type, QByteArray bytes, int delay = 0)
        : status(httpStatus), contentType(std::move(type)), body(std::move(bytes)), delayMs(delay)
    {
    }

    int status = 200;
    QByteArray contentType;
    QByteArray body;
    int delayMs = 0; // the route's own delay (scenario 0007), on top of the injected latency
};

// Network faults on demand for the routes it wraps (today: POST /gateway.do), set through
//   POST   /admin/faults  {"latency_ms":N, "reset_next":N, "http_5xx_next":N} (fields optional;
//                         absent ones keep their value) -> the settings as JSON
//   GET    /admin/faults  the current settings
//   DELETE /admin/faults  all back to 0
// What each fault does on the wire:
//   reset_next     the next N requests are read but NOT processed; their TCP connection is
//                  closed with SO_LINGER 0, i.e. an RST and no HTTP answer at all. Note: Qt's
//                  QNetworkAccessManager may silently re-send a request whose connection dies
//                  before any answer byte (up to twice), so a single reset can go unnoticed by
//                  such a client; reset_next=3 always reaches it (the tests use 3).
//   http_5xx_next  the next N requests are NOT processed and get "503 Service Unavailable"
//                  (text/plain), like a load balancer in front of a sick gateway.
//   latency_ms     every request IS processed at once (the ledger changes) and its answer is
//                  held back N ms: a client with a shorter time-out sees a time-out for work
//                  the channel did. The wait is a timer: the server keeps serving others.
// reset and 5xx are counted down in arrival order, reset first.
class FaultInjector : public QObject
{
    Q_OBJECT
public:
    explicit FaultInjector(QObject *parent = nullptr);

    void addAdminRoutes(QHttpServer &server);
    // Applies the faults, then (unless a fault stops it) calls `produce` and writes its answer,
    // after the latency plus the reply's own delay.
    void respond(QHttpServerResponder &&responder, const std::function<SimHttpReply()> &produce);

    QJsonObject settings() const;

private:
    int m_latencyMs = 0;
    int m_resetNext = 0;
    int m_http5xxNext = 0;
};

// Writes `reply` to `responder` (no delay).
void writeReply(QHttpServerResponder &responder, const SimHttpReply &reply);

} // namespace pos::sim
