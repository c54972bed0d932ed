// The WeChat Pay module of pos-channel-sim: routes, scenarios and files are described in
// WechatSim.h, WechatScenario.h and WechatSimKeys.h.
#include "SimModule.h"
#include "wechat/WechatSim.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>

namespace pos::sim {

namespace {

class WechatModule : public SimModule
{
public:
    explicit WechatModule(std::unique_ptr<wechat::WechatSim> sim) : m_sim(std::move(sim)) {}

private:
    std::unique_ptr<wechat::WechatSim> m_sim;
};

} // namespace

Result<SimModulePtr> makeWechatModule(QHttpServer &server, const SimOptions &options)
{
    const QString mchId =
        options.settings.value(QStringLiteral("wechat.mch_id"), QStringLiteral("1900000109"));
    const QString appId = options.settings.value(QStringLiteral("wechat.appid"),
                                                 QStringLiteral("wx2421b1c4370ec43b"));
    const QString dir = QDir(options.dataDir).filePath(QStringLiteral("wechat"));
    auto keys = wechat::WechatSimKeys::loadOrCreate(dir, mchId, appId);
    if (!keys) {
        return keys.error();
    }
    auto sim = std::make_unique<wechat::WechatSim>(keys.value(), options);
    if (auto opened = sim->open(QDir(dir).filePath(QStringLiteral("ledger.sqlite"))); !opened) {
        return opened.error();
    }
    sim->addRoutes(server);
    return SimModulePtr(std::make_unique<WechatModule>(std::move(sim)));
}

namespace wechat {

namespace {
constexpr qsizetype kMaxBodyBytes = 64 * 1024;

QHttpServerResponse tooLarge()
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain"),
                               QByteArrayLiteral("request body larger than 64 KiB"),
                               QHttpServerResponse::StatusCode::PayloadTooLarge);
}
} // namespace

WechatSim::WechatSim(WechatSimKeys keys, const SimOptions &options)
    : m_keys(std::move(keys)), m_mchId(options.settings.value(QStringLiteral("wechat.mch_id"),
                                                              QStringLiteral("1900000109"))),
      m_appId(options.settings.value(QStringLiteral("wechat.appid"),
                                     QStringLiteral("wx2421b1c4370ec43b"))),
      m_userPayingMs(options.userPayingSeconds * 1000),
      m_delayScale(options.settings.value(QStringLiteral("notify.delay-scale"), QStringLiteral("1"))
                       .toDouble()),
      m_duplicates(
          options.settings.value(QStringLiteral("wechat.notify-duplicates"), QStringLiteral("0"))
              .toInt())
{
    if (m_delayScale <= 0) {
        m_delayScale = 1.0;
    }
}

void WechatSim::addRoutes(QHttpServer &server)
{
    const QList<QPair<QString, QString>> v2Routes = {
        {QStringLiteral("/pay/micropay"), QStringLiteral("micropay")},
        {QStringLiteral("/pay/orderquery"), QStringLiteral("orderquery")},
        {QStringLiteral("/secapi/pay/reverse"), QStringLiteral("reverse")},
        {QStringLiteral("/secapi/pay/refund"), QStringLiteral("refund")},
        {QStringLiteral("/pay/refundquery"), QStringLiteral("refundquery")},
        {QStringLiteral("/pay/downloadbill"), QStringLiteral("downloadbill")},
        {QStringLiteral("/face/get_wxpayface_authinfo"), QStringLiteral("get_wxpayface_authinfo")},
    };
    for (const auto &[path, api] : v2Routes) {
        const QString name = api;
        server.route(path, QHttpServerRequest::Method::Post,
                     [this, name](const QHttpServerRequest &request) {
                         if (request.body().size() > kMaxBodyBytes) {
                             return tooLarge();
                         }
                         return handleV2(name, request);
                     });
    }
    server.route(QStringLiteral("/v3/pay/transactions/native"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &request) {
                     return handleV3(request, QStringLiteral("native"), QString());
                 });
    server.route(QStringLiteral("/v3/pay/transactions/out-trade-no/<arg>/close"),
                 QHttpServerRequest::Method::Post,
                 [this](const QString &outTradeNo, const QHttpServerRequest &request) {
                     return handleV3(request, QStringLiteral("close"), outTradeNo);
                 });
    server.route(QStringLiteral("/v3/pay/transactions/out-trade-no/<arg>"),
                 QHttpServerRequest::Method::Get,
                 [this](const QString &outTradeNo, const QHttpServerRequest &request) {
                     return handleV3(request, QStringLiteral("query"), outTradeNo);
                 });
    server.route(QStringLiteral("/v3/refund/domestic/refunds"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &request) {
                     return handleV3(request, QStringLiteral("refund"), QString());
                 });
    server.route(QStringLiteral("/v3/refund/domestic/refunds/<arg>"),
                 QHttpServerRequest::Method::Get,
                 [this](const QString &outRefundNo, const QHttpServerRequest &request) {
                     return handleV3(request, QStringLiteral("refundquery"), outRefundNo);
                 });
    server.route(QStringLiteral("/admin/wechat/ledger"), QHttpServerRequest::Method::Get, [this]() {
        auto report = m_ledger.report();
        if (!report) {
            return QHttpServerResponse(QByteArrayLiteral("text/plain"),
                                       report.error().message.toUtf8(),
                                       QHttpServerResponse::StatusCode::InternalServerError);
        }
        return QHttpServerResponse(QByteArrayLiteral("application/json;charset=utf-8"),
                                   QJsonDocument(report.value()).toJson(QJsonDocument::Compact));
    });
}

WxTrade WechatSim::refreshed(WxTrade trade, qint64 now)
{
    if (trade.kind == QLatin1String("MICROPAY") && trade.state == QLatin1String("USERPAYING") &&
        trade.payDueAtMs > 0 && now >= trade.payDueAtMs) {
        trade.state = QStringLiteral("SUCCESS");
        trade.paidAtMs = trade.payDueAtMs;
        (void)m_ledger.saveTrade(trade);
    }
    return trade;
}

void WechatSim::log(const QString &api, const QString &outTradeNo, const QString &answer)
{
    (void)m_ledger.logRequest(api, outTradeNo, QDateTime::currentMSecsSinceEpoch(), answer);
}

} // namespace wechat

} // namespace pos::sim
