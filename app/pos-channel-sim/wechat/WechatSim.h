#pragma once

#include "SimOptions.h"
#include "money/Money.h"
#include "notify/NotificationSender.h"
#include "wechat/WechatLedger.h"
#include "wechat/WechatSimKeys.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QMap>
#include <QObject>

namespace pos::sim::wechat {

// The WeChat Pay sandbox (scenarios in WechatScenario.h, files in WechatSimKeys.h). Routes on
// the shared loopback server:
//   v2 XML (signed with api_key_v2.txt, MD5 or HMAC-SHA256 as the request's sign_type says):
//     POST /pay/micropay, /pay/orderquery, /secapi/pay/reverse, /secapi/pay/refund,
//          /pay/refundquery, /pay/downloadbill, /face/get_wxpayface_authinfo
//   v3 JSON (requests must carry a valid WECHATPAY2-SHA256-RSA2048 Authorization made with
//   merchant_private.pem and the merchant cert serial; answers are signed with
//   platform_private.pem, Wechatpay-Serial = the platform cert serial):
//     POST /v3/pay/transactions/native
//     GET  /v3/pay/transactions/out-trade-no/{out_trade_no}?mchid=...
//     POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close
//     POST /v3/refund/domestic/refunds, GET /v3/refund/domestic/refunds/{out_refund_no}
//   GET /admin/wechat/ledger: {"trades", "refunds", "requests"} as JSON.
// /secapi/* is served over the same plain loopback HTTP: TLS client certificates are not
// exercised by the sandbox.
// --set keys: wechat.mch_id, wechat.appid, wechat.notify-duplicates (extra copies of each
// notification after it is acknowledged), notify.delay-scale (retry schedule factor).
class WechatSim : public QObject
{
    Q_OBJECT
public:
    WechatSim(WechatSimKeys keys, const SimOptions &options);
    Status open(const QString &ledgerPath) { return m_ledger.open(ledgerPath); }
    void addRoutes(QHttpServer &server);

private:
    using Fields = QMap<QString, QString>;

    // v2
    QHttpServerResponse handleV2(const QString &api, const QHttpServerRequest &request);
    Fields micropay(const Fields &in, qint64 now, bool *forge);
    Fields orderQuery(const Fields &in, qint64 now);
    Fields reverse(const Fields &in, qint64 now);
    Fields refundV2(const Fields &in, qint64 now);
    Fields refundQueryV2(const Fields &in, qint64 now);
    Fields faceAuthInfo(const Fields &in);
    QHttpServerResponse downloadBill(const Fields &in);
    QByteArray billText(const QDate &day) const;

    // v3
    QHttpServerResponse handleV3(const QHttpServerRequest &request, const QString &api,
                                 const QString &pathArg);
    QHttpServerResponse v3Answer(int status, const QJsonObject &body) const;
    QHttpServerResponse v3Error(int status, const char *code, const QString &message) const;
    QString v3AuthProblem(const QHttpServerRequest &request) const;
    QHttpServerResponse native(const QJsonObject &in, qint64 now);
    QHttpServerResponse queryV3(const QString &outTradeNo, const QHttpServerRequest &request);
    QHttpServerResponse closeV3(const QString &outTradeNo, qint64 now);
    QHttpServerResponse refundV3(const QJsonObject &in, qint64 now);
    QHttpServerResponse refundQueryV3(const QString &outRefundNo);
    QJsonObject transactionJson(const WxTrade &trade) const;
    QJsonObject refundJson(const WxRefund &refund) const;

    // Shared refund logic (v2 and v3): the stored or new refund, or an error code + message.
    struct RefundOutcome
    {
        std::optional<WxRefund> refund;
        QString errorCode;
        QString errorMessage;
        int httpStatus = 200;
    };
    RefundOutcome applyRefund(const QString &outTradeNo, const QString &outRefundNo,
                              qint64 refundFen, qint64 totalFen, const QString &notifyUrl,
                              qint64 now);

    WxTrade refreshed(WxTrade trade, qint64 now);
    void settleNative(const QString &outTradeNo);
    void settleRefund(const QString &outRefundNo);
    void notifyTransaction(const WxTrade &trade);
    void notifyRefund(const WxRefund &refund);
    void sendNotification(const QString &url, const QString &eventType, const QString &summary,
                          const QString &originalType, const QJsonObject &resource);
    void log(const QString &api, const QString &outTradeNo, const QString &answer);

    WechatSimKeys m_keys;
    WechatLedger m_ledger;
    NotificationSender m_sender;
    QString m_mchId;
    QString m_appId;
    int m_userPayingMs = 3000;
    double m_delayScale = 1.0;
    int m_duplicates = 0;
};

} // namespace pos::sim::wechat
