#include "SimServer.h"

#include "LedgerReport.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>

namespace pos::sim {

namespace {

QHttpServerResponse plain(const QByteArray &text, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain;charset=utf-8"), text, status);
}

} // namespace

SimServer::SimServer(const SimKeys &keys, SimLedger &ledger, const QString &appId,
                     int userPayingSeconds)
    : m_ledger(ledger), m_gateway(keys, ledger, appId, userPayingSeconds),
      m_notifier(keys, ledger, appId)
{
    addAlipayRoutes();
    m_faults.addAdminRoutes(m_server);
    m_server.route(QStringLiteral("/admin/ledger"), QHttpServerRequest::Method::Get, [this]() {
        auto report = ledgerReport(m_ledger, QDateTime::currentMSecsSinceEpoch());
        if (!report) {
            return plain(report.error().message.toUtf8(),
                         QHttpServerResponse::StatusCode::InternalServerError);
        }
        return QHttpServerResponse(QByteArrayLiteral("application/json;charset=utf-8"),
                                   QJsonDocument(report.value()).toJson(QJsonDocument::Compact));
    });
    m_server.route(QStringLiteral("/health"), QHttpServerRequest::Method::Get, []() {
        return plain(QByteArrayLiteral("ok"), QHttpServerResponse::StatusCode::Ok);
    });
}

Status SimServer::addModules(const SimOptions &options)
{
    if (auto applied = applySettings(options.settings); !applied) {
        return applied;
    }
    for (auto make : {&makeWechatModule, &makeUnionPayModule}) {
        auto module = make(m_server, options);
        if (!module) {
            return module.error();
        }
        m_modules.push_back(std::move(module.value()));
    }
    return success();
}

quint16 SimServer::listen(quint16 port)
{
    const quint16 bound = m_server.listen(QHostAddress::LocalHost, port);
    m_gateway.setBaseUrl(QStringLiteral("http://127.0.0.1:%1").arg(bound));
    return bound;
}

} // namespace pos::sim
