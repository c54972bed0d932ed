// SimServer's Alipay routes and settings (the gateway behind the faults, bills, notifications).
#include "SimServer.h"

#include "alipay/AlipayBill.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QUrlQuery>

namespace pos::sim {

namespace {

constexpr auto kTextPlain = "text/plain;charset=utf-8";

void answerText(QHttpServerResponder &responder, const QByteArray &text,
                QHttpServerResponder::StatusCode status)
{
    responder.write(text, QByteArray(kTextPlain), status);
}

Result<double> readDouble(const QMap<QString, QString> &settings, const char *key, double fallback,
                          double low, double high)
{
    const QString text = settings.value(QLatin1String(key));
    if (text.isEmpty()) {
        return fallback;
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < low || value > high) {
        return Result<double>::failure(
            QStringLiteral("usage.invalid"),
            QStringLiteral("--set %1 must be a number from %2 to %3, not '%4'")
                .arg(QLatin1String(key))
                .arg(low)
                .arg(high)
                .arg(text));
    }
    return value;
}

} // namespace

Status SimServer::applySettings(const QMap<QString, QString> &settings)
{
    auto slow = readDouble(settings, "alipay.slow-ms", 20000, 0, 600000);
    auto scale = readDouble(settings, "notify.delay-scale", 1.0, 0.0, 100.0);
    auto duplicates = readDouble(settings, "notify.duplicates", 0, 0, 100);
    for (const auto *value : {&slow, &scale, &duplicates}) {
        if (!*value) {
            return value->error();
        }
    }
    m_gateway.setSlowAnswerMs(int(slow.value()));
    m_notifier.setDelayScale(scale.value());
    m_notifier.setDuplicates(int(duplicates.value()));
    return success();
}

void SimServer::addAlipayRoutes()
{
    m_server.route(
        QStringLiteral("/gateway.do"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            m_faults.respond(std::move(responder), [this, &request]() {
                if (request.body().size() > kMaxBodyBytes) {
                    return SimHttpReply{413, QByteArray(kTextPlain),
                                        QByteArrayLiteral("request body larger than 64 KiB")};
                }
                const GatewayReply reply =
                    m_gateway.handle(request.url().query(QUrl::FullyEncoded).toLatin1(),
                                     request.body(), QDateTime::currentMSecsSinceEpoch());
                if (reply.httpStatus != 200) {
                    return SimHttpReply{500, QByteArray(kTextPlain), reply.body};
                }
                if (!reply.outTradeNo.isEmpty()) {
                    if (reply.wakeAtMs) {
                        m_notifier.wakeAt(reply.outTradeNo, *reply.wakeAtMs);
                    }
                    if (reply.tradeChanged) {
                        m_notifier.notifyNow(reply.outTradeNo);
                    }
                }
                return SimHttpReply{200, QByteArrayLiteral("application/json;charset=utf-8"),
                                    reply.body, reply.delayMs};
            });
        });

    m_server.route(
        QStringLiteral("/alipay/bill/<arg>"), QHttpServerRequest::Method::Get,
        [this](const QString &file, const QHttpServerRequest &, QHttpServerResponder &&responder) {
            const QDate day = QDate::fromString(file, QStringLiteral("yyyy-MM-dd'.zip'"));
            if (!day.isValid()) {
                answerText(responder, QByteArrayLiteral("no such bill"),
                           QHttpServerResponder::StatusCode::NotFound);
                return;
            }
            auto zip = AlipayBill::zip(m_ledger, day, QDateTime::currentMSecsSinceEpoch());
            if (!zip) {
                answerText(responder, zip.error().message.toUtf8(),
                           QHttpServerResponder::StatusCode::InternalServerError);
                return;
            }
            responder.write(
                zip.value(),
                {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/oct-stream")},
                 {QByteArrayLiteral("Content-Disposition"),
                  QByteArrayLiteral("attachment; filename=") +
                      QUrl::toPercentEncoding(
                          QStringLiteral("%1_%2.csv.zip")
                              .arg(QLatin1String(AlipayBill::kAccount),
                                   day.toString(QStringLiteral("yyyyMMdd"))))}});
        });

    m_server.route(QStringLiteral("/admin/notify/replay"), QHttpServerRequest::Method::Post,
                   [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                       const QString outTradeNo =
                           QUrlQuery(request.url()).queryItemValue(QStringLiteral("out_trade_no"));
                       if (m_notifier.replay(outTradeNo)) {
                           answerText(responder, QByteArrayLiteral("sent"),
                                      QHttpServerResponder::StatusCode::Ok);
                       } else {
                           answerText(responder, QByteArrayLiteral("no notification to replay"),
                                      QHttpServerResponder::StatusCode::NotFound);
                       }
                   });
    m_server.route(
        QStringLiteral("/admin/notify/forge"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const QUrlQuery query(request.url());
            const QString outTradeNo = query.queryItemValue(QStringLiteral("out_trade_no"));
            const QUrl url(query.queryItemValue(QStringLiteral("notify_url"), QUrl::FullyDecoded));
            if (m_notifier.forge(outTradeNo, url)) {
                answerText(responder, QByteArrayLiteral("sent"),
                           QHttpServerResponder::StatusCode::Ok);
            } else {
                answerText(responder, QByteArrayLiteral("no such trade or no notify_url"),
                           QHttpServerResponder::StatusCode::NotFound);
            }
        });
}

} // namespace pos::sim
