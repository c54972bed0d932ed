#include "channels/wechatpay/WechatMapping.h"

#include <functional>

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWechatMapping, "pos.channels.wechatpay")

namespace pos::channels::wechatpay {

namespace {

QString text(const Fields &fields, const char *name)
{
    return fields.value(QLatin1String(name));
}

QString str(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

ChannelResult mismatch(const QString &what)
{
    qCWarning(lcWechatMapping) << "answer does not match our record:" << what;
    return ChannelResult::unknown(
        QStringLiteral("channel answer does not match our record (%1)").arg(what),
        QStringLiteral("pos.mismatch"));
}

// trade_state means the same in v2 orderquery and v3 query: one mapping for both. A paid state
// is trusted only when `amountMatches` (checked only then, as unpaid answers may omit amounts).
ChannelResult mapTradeState(const QString &state, const QString &transactionId, const Money &amount,
                            const std::function<bool()> &amountMatches, const QString &mismatchWhat)
{
    if (state == QLatin1String("SUCCESS") || state == QLatin1String("REFUND")) {
        if (!amountMatches()) {
            return mismatch(mismatchWhat);
        }
        ChannelResult paid = ChannelResult::success(transactionId, amount);
        paid.providerCode = state;
        return paid;
    }
    if (state == QLatin1String("USERPAYING") || state == QLatin1String("NOTPAY")) {
        ChannelResult waiting = ChannelResult::userPaying(
            QStringLiteral("waiting for the customer to pay (%1)").arg(state));
        waiting.providerCode = state;
        return waiting;
    }
    if (state == QLatin1String("CLOSED") || state == QLatin1String("REVOKED") ||
        state == QLatin1String("PAYERROR")) {
        return ChannelResult::failed(QStringLiteral("the trade is %1").arg(state.toLower()), state);
    }
    return ChannelResult::unknown(QStringLiteral("unrecognised trade_state '%1'").arg(state),
                                  state);
}

// v2 err_codes after which no trade exists and no money moved.
bool isDefiniteMicropayFailure(const QString &errCode)
{
    static const QStringList kFailures = {
        QStringLiteral("NOTENOUGH"),       QStringLiteral("AUTH_CODE_INVALID"),
        QStringLiteral("AUTHCODEEXPIRE"),  QStringLiteral("AUTH_CODE_ERROR"),
        QStringLiteral("ORDERCLOSED"),     QStringLiteral("ORDERREVERSED"),
        QStringLiteral("NOAUTH"),          QStringLiteral("NOTSUPORTCARD"),
        QStringLiteral("PARAM_ERROR"),     QStringLiteral("BUYER_MISMATCH"),
        QStringLiteral("TRADE_ERROR"),     QStringLiteral("OUT_TRADE_NO_USED"),
        QStringLiteral("INVALID_REQUEST"), QStringLiteral("XML_FORMAT_ERROR"),
        QStringLiteral("LACK_PARAMS"),     QStringLiteral("APPID_NOT_EXIST"),
        QStringLiteral("MCHID_NOT_EXIST"), QStringLiteral("APPID_MCHID_NOT_MATCH"),
        QStringLiteral("SIGNERROR"),       QStringLiteral("REQUIRE_POST_METHOD"),
        QStringLiteral("POST_DATA_EMPTY"), QStringLiteral("NOT_UTF8"),
        QStringLiteral("AUTH_CODE_LIMIT"), QStringLiteral("PAYER_ACCOUNT_ABNORMAL"),
    };
    return kFailures.contains(errCode);
}

bool v2AmountMatches(const Fields &fields, const QString &outTradeNo, const Money &amount)
{
    const auto theirs = Money::parseMinor(text(fields, "total_fee"), amount.currency());
    return text(fields, "out_trade_no") == outTradeNo && theirs && theirs.value() == amount;
}

QString describe(const Fields &fields)
{
    const QString des = text(fields, "err_code_des");
    return des.isEmpty() ? text(fields, "err_code") : des;
}

QString describe(const QJsonObject &body, int httpStatus)
{
    const QString message = str(body, "message");
    return message.isEmpty() ? QStringLiteral("HTTP %1").arg(httpStatus) : message;
}

} // namespace

bool v2IdentityMatches(const Fields &fields, const Merchant &merchant)
{
    return text(fields, "appid") == merchant.appId && text(fields, "mch_id") == merchant.mchId;
}

Result<Money> moneyFromFen(const QJsonValue &value)
{
    if (value.isString()) {
        return Money::parseMinor(value.toString());
    }
    if (value.isDouble()) {
        const qint64 whole = value.toInteger(-1);
        if (whole < 0 || QJsonValue(whole) != value) {
            return Error{QStringLiteral("money.fen"), QStringLiteral("not a whole fen amount")};
        }
        return Money::parseMinor(QString::number(whole));
    }
    return Error{QStringLiteral("money.fen"), QStringLiteral("amount missing")};
}

ChannelResult mapMicropay(const Fields &fields, const QString &outTradeNo, const Money &amount)
{
    const QString resultCode = text(fields, "result_code");
    const QString errCode = text(fields, "err_code");
    if (resultCode == QLatin1String("SUCCESS")) {
        if (!v2AmountMatches(fields, outTradeNo, amount)) {
            return mismatch(QStringLiteral("out_trade_no or total_fee"));
        }
        return ChannelResult::success(text(fields, "transaction_id"), amount);
    }
    if (resultCode != QLatin1String("FAIL")) {
        return ChannelResult::unknown(
            QStringLiteral("unrecognised result_code '%1'").arg(resultCode), resultCode);
    }
    if (errCode == QLatin1String("USERPAYING")) {
        return ChannelResult::userPaying(describe(fields));
    }
    if (isDefiniteMicropayFailure(errCode)) {
        ChannelResult failed = ChannelResult::failed(describe(fields), errCode);
        return failed;
    }
    // SYSTEMERROR, BANKERROR, ORDERPAID and anything we do not know: only a query can tell.
    return ChannelResult::unknown(describe(fields), errCode);
}

ChannelResult mapOrderQuery(const Fields &fields, const QString &outTradeNo, const Money &amount)
{
    if (text(fields, "result_code") != QLatin1String("SUCCESS")) {
        if (text(fields, "err_code") == QLatin1String("ORDERNOTEXIST")) {
            return ChannelResult::failed(QStringLiteral("the channel has no such trade"),
                                         kTradeNotFound);
        }
        return ChannelResult::unknown(describe(fields), text(fields, "err_code"));
    }
    return mapTradeState(
        text(fields, "trade_state"), text(fields, "transaction_id"), amount,
        [&] { return v2AmountMatches(fields, outTradeNo, amount); },
        QStringLiteral("out_trade_no or total_fee"));
}

ChannelResult mapReverse(const Fields &fields)
{
    if (text(fields, "recall") == QLatin1String("Y")) {
        return ChannelResult::unknown(QStringLiteral("the channel asks to retry the reverse"),
                                      QStringLiteral("recall"));
    }
    if (text(fields, "result_code") == QLatin1String("SUCCESS")) {
        ChannelResult reversed = ChannelResult::success();
        reversed.reason = QStringLiteral("reversed");
        return reversed;
    }
    return ChannelResult::unknown(describe(fields), text(fields, "err_code"));
}

ChannelResult mapNative(int httpStatus, const QJsonObject &body)
{
    if (httpStatus == 200) {
        const QString codeUrl = str(body, "code_url");
        if (codeUrl.isEmpty()) {
            return ChannelResult::unknown(QStringLiteral("no code_url in the answer"),
                                          QStringLiteral("pos.malformed"));
        }
        ChannelResult created = ChannelResult::success();
        created.qrCode = codeUrl;
        return created;
    }
    if (httpStatus >= 400 && httpStatus < 500 && httpStatus != 429) {
        return ChannelResult::failed(describe(body, httpStatus), str(body, "code"));
    }
    return ChannelResult::unknown(describe(body, httpStatus), str(body, "code"));
}

ChannelResult mapV3Query(int httpStatus, const QJsonObject &body, const Merchant &merchant,
                         const QString &outTradeNo, const Money &amount)
{
    if (httpStatus == 404 || str(body, "code") == QLatin1String("ORDER_NOT_EXIST")) {
        return ChannelResult::failed(QStringLiteral("the channel has no such trade"),
                                     kTradeNotFound);
    }
    if (httpStatus != 200) {
        return ChannelResult::unknown(describe(body, httpStatus), str(body, "code"));
    }
    if (str(body, "appid") != merchant.appId || str(body, "mchid") != merchant.mchId ||
        str(body, "out_trade_no") != outTradeNo) {
        return mismatch(QStringLiteral("appid, mchid or out_trade_no"));
    }
    const auto amountMatches = [&] {
        const auto total =
            moneyFromFen(body.value(QLatin1String("amount"))[QLatin1String("total")]);
        return total && total.value().minor() == amount.minor();
    };
    return mapTradeState(str(body, "trade_state"), str(body, "transaction_id"), amount,
                         amountMatches, QStringLiteral("amount.total"));
}

ChannelResult mapV3Close(int httpStatus, const QJsonObject &body)
{
    if (httpStatus == 204 || httpStatus == 200) {
        ChannelResult closed = ChannelResult::success();
        closed.action = QStringLiteral("close");
        return closed;
    }
    if (str(body, "code") == QLatin1String("ORDERPAID") ||
        str(body, "code") == QLatin1String("TRADE_STATE_ERROR")) {
        // Paid in the meantime: not closed; the caller must query.
        return ChannelResult::failed(describe(body, httpStatus), str(body, "code"));
    }
    return ChannelResult::unknown(describe(body, httpStatus), str(body, "code"));
}

ChannelResult mapV3Refund(int httpStatus, const QJsonObject &body, const QString &outRefundNo,
                          const Money &refundAmount, bool isQuery)
{
    if (httpStatus != 200) {
        if (isQuery && httpStatus == 404) {
            return ChannelResult::failed(QStringLiteral("the channel has no such refund"),
                                         kTradeNotFound);
        }
        const bool refused = !isQuery && (httpStatus == 400 || httpStatus == 401 ||
                                          httpStatus == 403 || httpStatus == 404);
        return refused ? ChannelResult::failed(describe(body, httpStatus), str(body, "code"))
                       : ChannelResult::unknown(describe(body, httpStatus), str(body, "code"));
    }
    if (str(body, "out_refund_no") != outRefundNo) {
        return mismatch(QStringLiteral("out_refund_no"));
    }
    const auto refunded =
        moneyFromFen(body.value(QLatin1String("amount"))[QLatin1String("refund")]);
    if (!refunded || refunded.value().minor() != refundAmount.minor()) {
        return mismatch(QStringLiteral("amount.refund"));
    }
    const QString status = str(body, "status");
    ChannelResult result;
    if (status == QLatin1String("SUCCESS")) {
        result = ChannelResult::success(str(body, "refund_id"));
        result.refundedAmount = refundAmount;
    } else if (status == QLatin1String("PROCESSING")) {
        result = ChannelResult::userPaying(QStringLiteral("the refund is processing"));
    } else if (status == QLatin1String("CLOSED") || status == QLatin1String("ABNORMAL")) {
        result =
            ChannelResult::failed(QStringLiteral("the refund is %1").arg(status.toLower()), status);
    } else {
        return ChannelResult::unknown(QStringLiteral("unrecognised refund status '%1'").arg(status),
                                      status);
    }
    result.providerCode = status;
    result.channelTradeNo = str(body, "refund_id");
    return result;
}

} // namespace pos::channels::wechatpay
