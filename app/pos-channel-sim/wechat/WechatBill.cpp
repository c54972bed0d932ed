// /pay/downloadbill: WeChat Pay's v2 daily bill in its own text format: UTF-8 with a BOM, CRLF,
// a header line, one line per trade or refund with every field prefixed by a backtick, then a
// summary header and a summary line. Days are China days (UTC+8). Bills are not signed.
#include "wechat/WechatSim.h"

#include "channels/wechatpay/XmlMessage.h"

#include <QDateTime>

namespace pos::sim::wechat {

namespace {

const char kHeader[] =
    "交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,"
    "交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,"
    "充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,"
    "费率备注";
const char kSummaryHeader[] =
    "总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额";

QDate chinaDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).addSecs(8 * 3600).date();
}

QString chinaTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .addSecs(8 * 3600)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString yuan(qint64 fen)
{
    return Money::fromMinor(fen).toDecimalString();
}

// The sandbox's fee: 0.6 %, rounded half up to the fen.
qint64 feeFen(qint64 fen)
{
    return (fen * 6 + 500) / 1000;
}

QByteArray line(const QStringList &fields)
{
    QStringList ticked;
    for (const QString &field : fields) {
        ticked << QLatin1Char('`') + field;
    }
    return ticked.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace

QHttpServerResponse WechatSim::downloadBill(const Fields &in)
{
    const QDate day =
        QDate::fromString(in.value(QStringLiteral("bill_date")), QStringLiteral("yyyyMMdd"));
    const auto fail = [](const QString &message) {
        return QHttpServerResponse(QByteArrayLiteral("text/xml;charset=utf-8"),
                                   channels::wechatpay::XmlMessage::write(
                                       {{QStringLiteral("return_code"), QStringLiteral("FAIL")},
                                        {QStringLiteral("return_msg"), message},
                                        {QStringLiteral("error_code"), QStringLiteral("20002")}}));
    };
    if (!day.isValid()) {
        return fail(QStringLiteral("invalid bill_date"));
    }
    const QByteArray text = billText(day);
    log(QStringLiteral("downloadbill"), QString(),
        text.isEmpty() ? QStringLiteral("No Bill Exist") : QStringLiteral("OK"));
    if (text.isEmpty()) {
        return fail(QStringLiteral("No Bill Exist"));
    }
    return QHttpServerResponse(QByteArrayLiteral("text/plain;charset=utf-8"), text);
}

QByteArray WechatSim::billText(const QDate &day) const
{
    const auto trades = m_ledger.trades();
    const auto refunds = m_ledger.refunds();
    if (!trades || !refunds) {
        return {};
    }
    QMap<QString, WxTrade> byNo;
    QByteArray body;
    int count = 0;
    qint64 paid = 0;
    qint64 refunded = 0;
    qint64 fees = 0;
    for (const WxTrade &trade : trades.value()) {
        byNo.insert(trade.outTradeNo, trade);
        if (trade.paidAtMs == 0 || chinaDate(trade.paidAtMs) != day) {
            continue;
        }
        ++count;
        paid += trade.amountFen;
        fees += feeFen(trade.amountFen);
        body += line({chinaTime(trade.paidAtMs),
                      m_appId,
                      m_mchId,
                      QStringLiteral("0"),
                      QStringLiteral("POS"),
                      trade.transactionId,
                      trade.outTradeNo,
                      QStringLiteral("oUpF8uMuAJO_M2pxb1Q9z"),
                      trade.kind,
                      QStringLiteral("SUCCESS"),
                      QStringLiteral("OTHERS"),
                      QStringLiteral("CNY"),
                      yuan(trade.amountFen),
                      QStringLiteral("0.00"),
                      QStringLiteral("0"),
                      QStringLiteral("0"),
                      QStringLiteral("0.00"),
                      QStringLiteral("0.00"),
                      QString(),
                      QString(),
                      QStringLiteral("POS sale"),
                      QString(),
                      yuan(feeFen(trade.amountFen)),
                      QStringLiteral("0.60%"),
                      yuan(trade.amountFen),
                      QStringLiteral("0.00"),
                      QString()});
    }
    for (const WxRefund &refund : refunds.value()) {
        if (chinaDate(refund.createdAtMs) != day) {
            continue;
        }
        const WxTrade trade = byNo.value(refund.outTradeNo);
        ++count;
        refunded += refund.amountFen;
        body += line({chinaTime(refund.createdAtMs),
                      m_appId,
                      m_mchId,
                      QStringLiteral("0"),
                      QStringLiteral("POS"),
                      trade.transactionId,
                      refund.outTradeNo,
                      QStringLiteral("oUpF8uMuAJO_M2pxb1Q9z"),
                      trade.kind,
                      QStringLiteral("REFUND"),
                      QStringLiteral("OTHERS"),
                      QStringLiteral("CNY"),
                      QStringLiteral("0.00"),
                      QStringLiteral("0.00"),
                      refund.refundId,
                      refund.outRefundNo,
                      yuan(refund.amountFen),
                      QStringLiteral("0.00"),
                      QStringLiteral("ORIGINAL"),
                      refund.status,
                      QStringLiteral("POS sale"),
                      QString(),
                      QStringLiteral("0.00"),
                      QStringLiteral("0.60%"),
                      QStringLiteral("0.00"),
                      yuan(refund.amountFen),
                      QString()});
    }
    if (count == 0) {
        return {};
    }
    QByteArray text = QByteArrayLiteral("\xEF\xBB\xBF");
    text += QByteArray(kHeader) + "\r\n";
    text += body;
    text += QByteArray(kSummaryHeader) + "\r\n";
    text += line({QString::number(count), yuan(paid), yuan(refunded), QStringLiteral("0.00"),
                  yuan(fees), yuan(paid), yuan(refunded)});
    return text;
}

} // namespace pos::sim::wechat
