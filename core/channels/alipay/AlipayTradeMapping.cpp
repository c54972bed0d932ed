// Mapping of verified answers for precreate, close, refund, refund query and the bill URL.
// (pay, query and cancel are mapped in AlipayChannel.cpp.)
#include "channels/alipay/AlipayChannel.h"
#include "channels/alipay/AlipayLog.h"

namespace pos::channels::alipay {

namespace {

QString field(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

QString describe(const QJsonObject &response)
{
    const QString subMsg = field(response, "sub_msg");
    return subMsg.isEmpty() ? field(response, "msg") : subMsg;
}

QString codeOf(const QJsonObject &response)
{
    const QString subCode = field(response, "sub_code");
    return subCode.isEmpty() ? field(response, "code") : subCode;
}

ChannelResult mismatch(const QString &outTradeNo, const char *what)
{
    qCWarning(lcAlipay) << what << "answer for" << outTradeNo
                        << "does not match our order number, request number or amount";
    return ChannelResult::unknown(
        QStringLiteral("channel answer does not match our order number or amount"),
        QStringLiteral("pos.mismatch"));
}

// The common refusals: a gateway refusal (40002 bad arguments, 20001 no authorisation) or a
// 40004 business refusal is Failed (nothing happened) unless the sub_code says the outcome is
// unknown; 20000 and anything unrecognised is Unknown.
ChannelResult mapRefusal(const QJsonObject &response)
{
    const QString code = field(response, "code");
    const QString subCode = field(response, "sub_code");
    if (code == QLatin1String("40004")) {
        if (subCode == QLatin1String("ACQ.SYSTEM_ERROR") || subCode.isEmpty()) {
            return ChannelResult::unknown(describe(response), codeOf(response));
        }
        return ChannelResult::failed(describe(response), subCode);
    }
    if (code == QLatin1String("40002") || code == QLatin1String("40001") ||
        code == QLatin1String("20001")) {
        return ChannelResult::failed(describe(response), codeOf(response));
    }
    return ChannelResult::unknown(describe(response), codeOf(response));
}

} // namespace

ChannelResult mapPrecreateResponse(const QJsonObject &response, const QString &outTradeNo)
{
    if (field(response, "code") == QLatin1String("10000")) {
        const QString qrCode = field(response, "qr_code");
        if (field(response, "out_trade_no") != outTradeNo || qrCode.isEmpty()) {
            return mismatch(outTradeNo, "precreate");
        }
        ChannelResult result = ChannelResult::success();
        result.qrCode = qrCode;
        return result;
    }
    // A precreate that may have been paid already (TRADE_HAS_SUCCESS) only a query can settle.
    if (field(response, "sub_code") == QLatin1String("ACQ.TRADE_HAS_SUCCESS")) {
        return ChannelResult::unknown(describe(response), field(response, "sub_code"));
    }
    return mapRefusal(response);
}

ChannelResult mapCloseResponse(const QJsonObject &response, const QString &outTradeNo)
{
    if (field(response, "code") == QLatin1String("10000")) {
        const QString theirs = field(response, "out_trade_no");
        if (!theirs.isEmpty() && theirs != outTradeNo) {
            return mismatch(outTradeNo, "close");
        }
        ChannelResult result = ChannelResult::success(field(response, "trade_no"));
        result.action = QStringLiteral("close");
        return result;
    }
    if (field(response, "sub_code") == QLatin1String("ACQ.TRADE_NOT_EXIST")) {
        return ChannelResult::failed(
            QStringLiteral("the channel has no such trade (a QR nobody scanned yet)"),
            kTradeNotFound);
    }
    return mapRefusal(response);
}

ChannelResult mapRefundResponse(const QJsonObject &response, const RefundRequest &request)
{
    if (field(response, "code") == QLatin1String("10000")) {
        if (field(response, "out_trade_no") != request.outTradeNo) {
            return mismatch(request.outTradeNo, "refund");
        }
        // refund_fee is the trade's cumulative refunded total: at least this refund.
        const auto total =
            Money::parse(field(response, "refund_fee"), request.refundAmount.currency());
        if (!total || total.value() < request.refundAmount) {
            return mismatch(request.outTradeNo, "refund");
        }
        if (field(response, "fund_change") == QLatin1String("Y")) {
            ChannelResult result = ChannelResult::success(field(response, "trade_no"));
            result.refundedAmount = request.refundAmount;
            return result;
        }
        // Accepted, but this call moved no money (still processing, or an earlier call did):
        // only the refund query can tell which.
        return ChannelResult::userPaying(
            QStringLiteral("refund accepted without a fund change: confirm by refund query"));
    }
    return mapRefusal(response);
}

ChannelResult mapRefundQueryResponse(const QJsonObject &response, const RefundRequest &request)
{
    const QString code = field(response, "code");
    if (code == QLatin1String("10000")) {
        const QString theirTrade = field(response, "out_trade_no");
        const QString theirRequest = field(response, "out_request_no");
        if (theirTrade != request.outTradeNo ||
            (!theirRequest.isEmpty() && theirRequest != request.outRequestNo)) {
            return mismatch(request.outTradeNo, "refund query");
        }
        const QString status = field(response, "refund_status");
        if (status.isEmpty()) {
            return ChannelResult::unknown(
                QStringLiteral("the refund is not successful (yet): retry it with the same "
                               "out_request_no"),
                kRefundNotDone);
        }
        if (status != QLatin1String("REFUND_SUCCESS")) {
            return ChannelResult::unknown(
                QStringLiteral("unrecognised refund status '%1'").arg(status), status);
        }
        const auto refunded =
            Money::parse(field(response, "refund_amount"), request.refundAmount.currency());
        if (!refunded || refunded.value() != request.refundAmount) {
            return mismatch(request.outTradeNo, "refund query");
        }
        ChannelResult result = ChannelResult::success(field(response, "trade_no"));
        result.refundedAmount = refunded.value();
        return result;
    }
    if (field(response, "sub_code") == QLatin1String("ACQ.TRADE_NOT_EXIST")) {
        return ChannelResult::failed(QStringLiteral("the channel has no such trade"),
                                     kTradeNotFound);
    }
    // A refund query refused is no evidence about the refund itself.
    return ChannelResult::unknown(describe(response), codeOf(response));
}

Result<QUrl> mapBillUrlResponse(const QJsonObject &response)
{
    if (field(response, "code") != QLatin1String("10000")) {
        return Result<QUrl>::failure(codeOf(response), describe(response));
    }
    const QUrl url(field(response, "bill_download_url"), QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return Result<QUrl>::failure(QStringLiteral("pos.malformed"),
                                     QStringLiteral("no usable bill_download_url"));
    }
    return url;
}

} // namespace pos::channels::alipay
