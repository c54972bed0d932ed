#include "channels/unionpay/UnionPayResponses.h"

#include "channels/unionpay/UnionPayProtocol.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUnionPayResponses, "pos.channels.unionpay")

namespace pos::channels::unionpay {

namespace {

const QString kMismatch = QStringLiteral("pos.mismatch");

QString value(const Fields &fields, const char *name)
{
    return fields.value(QLatin1String(name));
}

bool isTwoDigits(const QString &code)
{
    return code.size() == 2 && code.at(0).isDigit() && code.at(1).isDigit() &&
           code.at(0).unicode() < 128 && code.at(1).unicode() < 128;
}

QString describe(const Fields &fields, const char *messageField = "respMsg")
{
    const QString message = value(fields, messageField);
    return message.isEmpty() ? QStringLiteral("respCode %1").arg(value(fields, "respCode"))
                             : message;
}

// Our merchant and our orderId, or the answer is not ours to trust.
bool isOurs(const Fields &fields, const QString &merId, const QString &orderId)
{
    return value(fields, "merId") == merId && value(fields, "orderId") == orderId;
}

bool amountIs(const Fields &fields, const Money &amount)
{
    const auto stated = Money::parseMinor(value(fields, "txnAmt"), amount.currency());
    return stated && stated.value() == amount;
}

ChannelResult mismatch(const QString &orderId, const char *what)
{
    qCWarning(lcUnionPayResponses) << "answer for" << orderId << "does not match our" << what;
    return ChannelResult::unknown(
        QStringLiteral("channel answer does not match our %1").arg(QLatin1String(what)), kMismatch);
}

// Shared tail of the non-success branches.
ChannelResult notSuccess(const Fields &fields, bool processingIsUserPaying)
{
    const QString code = value(fields, "respCode");
    switch (classify(code)) {
    case RespClass::Processing:
        if (processingIsUserPaying && code == protocol::kRespProcessing) {
            return ChannelResult::userPaying(describe(fields));
        }
        return ChannelResult::unknown(describe(fields), code);
    case RespClass::SystemError:
        return ChannelResult::unknown(describe(fields), code);
    case RespClass::Refused:
    case RespClass::NotFound:
        return ChannelResult::failed(describe(fields), code);
    case RespClass::Success:
    case RespClass::Unrecognised:
        break;
    }
    return ChannelResult::unknown(QStringLiteral("unrecognised respCode '%1'").arg(code), code);
}

} // namespace

RespClass classify(const QString &respCode)
{
    if (!isTwoDigits(respCode)) {
        return RespClass::Unrecognised;
    }
    if (respCode == protocol::kRespSuccess) {
        return RespClass::Success;
    }
    if (respCode == protocol::kRespTimeout || respCode == protocol::kRespStateUnknown ||
        respCode == protocol::kRespProcessing) {
        return RespClass::Processing;
    }
    if (respCode.at(0) == QLatin1Char('0') || respCode == protocol::kRespDuplicate) {
        return RespClass::SystemError;
    }
    if (respCode == protocol::kRespNotFound) {
        return RespClass::NotFound;
    }
    return RespClass::Refused;
}

ChannelResult mapPayResponse(const Fields &fields, const QString &merId, const QString &orderId,
                             const Money &amount)
{
    if (!isOurs(fields, merId, orderId)) {
        return mismatch(orderId, "merchant or order number");
    }
    if (value(fields, "respCode") != protocol::kRespSuccess) {
        return notSuccess(fields, true);
    }
    if (!amountIs(fields, amount)) {
        return mismatch(orderId, "amount");
    }
    if (value(fields, "queryId").isEmpty()) {
        return ChannelResult::unknown(QStringLiteral("success without queryId"),
                                      QStringLiteral("pos.malformed"));
    }
    return ChannelResult::success(value(fields, "queryId"), amount);
}

ChannelResult mapPrecreateResponse(const Fields &fields, const QString &merId,
                                   const QString &orderId)
{
    if (!isOurs(fields, merId, orderId)) {
        return mismatch(orderId, "merchant or order number");
    }
    if (value(fields, "respCode") != protocol::kRespSuccess) {
        return notSuccess(fields, false);
    }
    const QString qrCode = value(fields, "qrCode");
    if (qrCode.isEmpty() || qrCode.size() > 512) {
        return ChannelResult::unknown(QStringLiteral("no usable qrCode in the answer"),
                                      QStringLiteral("pos.malformed"));
    }
    ChannelResult result = ChannelResult::success();
    result.qrCode = qrCode;
    return result;
}

ChannelResult mapQueryResponse(const Fields &fields, const QString &merId, const QString &orderId,
                               const Money &amount, bool isRefund)
{
    if (!isOurs(fields, merId, orderId)) {
        return mismatch(orderId, "merchant or order number");
    }
    const QString code = value(fields, "respCode");
    if (code == protocol::kRespNotFound) {
        return ChannelResult::failed(QStringLiteral("the channel has no such transaction"),
                                     kTradeNotFound);
    }
    if (code != protocol::kRespSuccess) {
        // The query itself failed: nothing is known about the transaction.
        return ChannelResult::unknown(describe(fields), code);
    }
    const QString original = value(fields, "origRespCode");
    if (original.isEmpty()) {
        return ChannelResult::unknown(QStringLiteral("query answer without origRespCode"),
                                      QStringLiteral("pos.malformed"));
    }
    const RespClass kind = classify(original);
    if (kind == RespClass::Success) {
        if (!amountIs(fields, amount)) {
            return mismatch(orderId, "amount");
        }
        ChannelResult result = ChannelResult::success(value(fields, "queryId"), amount);
        if (isRefund) {
            result.paidAmount = Money();
            result.refundedAmount = amount;
        }
        return result;
    }
    if (kind == RespClass::Processing) {
        return ChannelResult::userPaying(describe(fields, "origRespMsg"));
    }
    if (kind == RespClass::Unrecognised) {
        return ChannelResult::unknown(
            QStringLiteral("unrecognised origRespCode '%1'").arg(original), original);
    }
    return ChannelResult::failed(describe(fields, "origRespMsg"), original);
}

ChannelResult mapCancelResponse(const Fields &fields, const QString &merId,
                                const QString &cancelOrderId)
{
    if (!isOurs(fields, merId, cancelOrderId)) {
        return mismatch(cancelOrderId, "merchant or order number");
    }
    if (value(fields, "respCode") == protocol::kRespSuccess) {
        return ChannelResult::success(value(fields, "queryId"));
    }
    return notSuccess(fields, false);
}

ChannelResult mapRefundResponse(const Fields &fields, const QString &merId,
                                const QString &refundOrderId, const Money &amount)
{
    if (!isOurs(fields, merId, refundOrderId)) {
        return mismatch(refundOrderId, "merchant or order number");
    }
    const QString code = value(fields, "respCode");
    if (code == protocol::kRespSuccess || code == protocol::kRespDuplicate) {
        if (code == protocol::kRespSuccess && !amountIs(fields, amount)) {
            return mismatch(refundOrderId, "amount");
        }
        return ChannelResult::userPaying(
            QStringLiteral("refund accepted; its result comes by refund query"));
    }
    return notSuccess(fields, false);
}

} // namespace pos::channels::unionpay
