#include "channels/unionpay/UnionPayChannel.h"

#include "channels/unionpay/UnionPayForm.h"
#include "channels/unionpay/UnionPayProtocol.h"
#include "channels/unionpay/UnionPayResponses.h"
#include "channels/unionpay/UnionPaySigner.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

Q_LOGGING_CATEGORY(lcUnionPay, "pos.channels.unionpay")

namespace pos::channels::unionpay {

namespace {

using namespace protocol;

// The gateway keeps Beijing time (UTC+8) without an offset.
// txnTime and the like: Beijing time (UTC+8, no daylight saving) to the second.
QString beijingTimeOf(const QDateTime &instant)
{
    return instant.toUTC().addSecs(8 * 3600).toString(QStringLiteral("yyyyMMddHHmmss"));
}

QString beijingTime(qint64 addSeconds = 0)
{
    return beijingTimeOf(QDateTime::currentDateTimeUtc().addSecs(addSeconds));
}

// The request's own time when the caller stored one (so a later run names the same request),
// else now.
QString txnTimeOf(const QDateTime &requestedAt)
{
    return requestedAt.isValid() ? beijingTimeOf(requestedAt) : beijingTime();
}

QString field(const UnionPayChannel::Fields &fields, const char *name)
{
    return fields.value(QLatin1String(name));
}

// Amounts go out as a count of fen; only positive CNY amounts are sent.
bool isSendable(const Money &amount)
{
    return amount.isPositive() && amount.currency() == QLatin1String("CNY");
}

ChannelResult badAmount()
{
    return ChannelResult::failed(QStringLiteral("UnionPay takes positive CNY amounts only"),
                                 QStringLiteral("pos.amount"));
}

QString maskCode(const QString &code)
{
    return code.size() <= 8 ? QStringLiteral("****")
                            : code.left(4) + QStringLiteral("****") + code.right(4);
}

} // namespace

UnionPayChannel::UnionPayChannel(UnionPayConfig config, QObject *parent)
    : PaymentChannel(parent), m_config(std::move(config))
{
}

Capabilities UnionPayChannel::capabilities() const
{
    Capabilities capabilities;
    capabilities.merchantScansCustomer = true;
    capabilities.customerScansMerchant = true;
    capabilities.query = true;
    capabilities.cancel = true;
    capabilities.refund = true;
    capabilities.refundQuery = true;
    capabilities.asyncNotify = true;
    capabilities.billDownload = true;
    return capabilities;
}

QString UnionPayChannel::cancelOrderId(const QString &outTradeNo)
{
    return outTradeNo + QStringLiteral("C");
}

void UnionPayChannel::resumeRequest(const QString &merchantNo, const QDateTime &requestedAt)
{
    if (requestedAt.isValid() && !m_txnTimes.contains(merchantNo)) {
        m_txnTimes.insert(merchantNo, beijingTimeOf(requestedAt));
    }
}

QString UnionPayChannel::txnTimeFor(const QString &orderId) const
{
    return m_txnTimes.value(orderId, beijingTime());
}

UnionPayChannel::Fields UnionPayChannel::baseFields(const QString &txnType,
                                                    const QString &txnSubType,
                                                    const QString &orderId) const
{
    return Fields{
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("encoding"), kEncoding},
        {QStringLiteral("signMethod"), kSignMethodRsa},
        {QStringLiteral("certId"), m_config.certId},
        {QStringLiteral("txnType"), txnType},
        {QStringLiteral("txnSubType"), txnSubType},
        {QStringLiteral("bizType"), kBizType},
        {QStringLiteral("accessType"), kAccessMerchant},
        {QStringLiteral("channelType"), kChannelMobile},
        {QStringLiteral("merId"), m_config.merId},
        {QStringLiteral("orderId"), orderId},
        {QStringLiteral("txnTime"), beijingTime()},
    };
}

void UnionPayChannel::call(const QString &path, Fields fields, AnswerHandler handler)
{
    for (auto it = fields.begin(); it != fields.end();) {
        it = it.value().isEmpty() ? fields.erase(it) : std::next(it);
    }
    auto signature = signer::sign(fields, m_config.merchantSigningKey);
    if (!signature) {
        const ChannelResult problem =
            ChannelResult::failed(signature.error().message, QStringLiteral("pos.sign"));
        QTimer::singleShot(0, this, [handler, problem] { handler(nullptr, problem); });
        return;
    }
    fields.insert(QStringLiteral("signature"), signature.value());

    QUrl url = m_config.gatewayBaseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/'))) {
        basePath.chop(1);
    }
    url.setPath(basePath + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded;charset=UTF-8"));
    request.setTransferTimeout(m_config.requestTimeoutMs);
    QNetworkReply *reply = m_network.post(request, form::encode(fields));
    const QList<X509Certificate> trusted = m_config.trustedCertificates;
    const QString organisation = m_config.signerOrganisation;
    const QString what = fields.value(QStringLiteral("txnType")) + QLatin1Char('/') +
                         fields.value(QStringLiteral("orderId"));
    connect(reply, &QNetworkReply::finished, this, [reply, handler, trusted, organisation, what] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            // The request may or may not have reached UnionPay: the outcome is unknown.
            handler(nullptr,
                    ChannelResult::unknown(QStringLiteral("network: %1").arg(reply->errorString()),
                                           QStringLiteral("pos.network")));
            return;
        }
        const QByteArray body = reply->read(kMaxResponseBytes + 1);
        if (body.size() > kMaxResponseBytes) {
            handler(nullptr, ChannelResult::unknown(QStringLiteral("response too large"),
                                                    QStringLiteral("pos.size")));
            return;
        }
        auto parsed = form::parseResponse(body);
        if (!parsed) {
            handler(nullptr, ChannelResult::unknown(parsed.error().message,
                                                    QStringLiteral("pos.malformed")));
            return;
        }
        if (auto verified = signer::verify(parsed.value(), trusted, organisation); !verified) {
            qCWarning(lcUnionPay) << what << "answer rejected:" << verified.error().message;
            handler(nullptr,
                    ChannelResult::unknown(
                        QStringLiteral("answer not trusted: %1").arg(verified.error().message),
                        QStringLiteral("pos.bad_signature")));
            return;
        }
        qCInfo(lcUnionPay).noquote()
            << what << "respCode" << parsed->value(QStringLiteral("respCode")) << "origRespCode"
            << parsed->value(QStringLiteral("origRespCode"));
        handler(&parsed.value(), ChannelResult{});
    });
}

void UnionPayChannel::pay(const PayRequest &request, Callback done)
{
    if (request.scene != PayRequest::Scene::BarCode) {
        notSupported("face pay", done);
        return;
    }
    if (!isSendable(request.amount)) {
        QTimer::singleShot(0, this, [done] { done(badAmount()); });
        return;
    }
    Fields fields = baseFields(kTxnConsume, kSubConsumerCode, request.outTradeNo);
    fields.insert(QStringLiteral("txnTime"), txnTimeOf(request.requestedAt));
    fields.insert(QStringLiteral("txnAmt"), QString::number(request.amount.minor()));
    fields.insert(QStringLiteral("currencyCode"), kCurrencyCny);
    fields.insert(QStringLiteral("qrNo"), request.authCode);
    fields.insert(QStringLiteral("termId"), request.terminalId);
    fields.insert(QStringLiteral("backUrl"), m_config.backUrl);
    m_txnTimes.insert(request.outTradeNo, fields.value(QStringLiteral("txnTime")));
    qCInfo(lcUnionPay) << "pay" << request.outTradeNo << "code" << maskCode(request.authCode);
    const QString merId = m_config.merId;
    const QString orderId = request.outTradeNo;
    const Money amount = request.amount;
    call(kPathBackTrans, fields,
         [done, merId, orderId, amount](const Fields *answer, const ChannelResult &problem) {
             done(answer ? mapPayResponse(*answer, merId, orderId, amount) : problem);
         });
}

void UnionPayChannel::precreate(const PrecreateRequest &request, Callback done)
{
    if (!isSendable(request.amount)) {
        QTimer::singleShot(0, this, [done] { done(badAmount()); });
        return;
    }
    Fields fields = baseFields(kTxnConsume, kSubMerchantQr, request.outTradeNo);
    fields.insert(QStringLiteral("txnTime"), txnTimeOf(request.requestedAt));
    fields.insert(QStringLiteral("txnAmt"), QString::number(request.amount.minor()));
    fields.insert(QStringLiteral("currencyCode"), kCurrencyCny);
    fields.insert(QStringLiteral("backUrl"),
                  request.notifyUrl.isEmpty() ? m_config.backUrl : request.notifyUrl);
    fields.insert(QStringLiteral("payTimeout"), beijingTime(qMax(60, request.validSeconds)));
    fields.insert(QStringLiteral("termId"), request.terminalId);
    m_txnTimes.insert(request.outTradeNo, fields.value(QStringLiteral("txnTime")));
    const QString merId = m_config.merId;
    const QString orderId = request.outTradeNo;
    call(kPathBackTrans, fields,
         [done, merId, orderId](const Fields *answer, const ChannelResult &problem) {
             done(answer ? mapPrecreateResponse(*answer, merId, orderId) : problem);
         });
}

void UnionPayChannel::query(const QString &outTradeNo, const Money &expectedAmount, Callback done)
{
    Fields fields = baseFields(kTxnQuery, kSubDefault, outTradeNo);
    fields.insert(QStringLiteral("txnTime"), txnTimeFor(outTradeNo));
    fields.remove(QStringLiteral("channelType"));
    const QString merId = m_config.merId;
    call(kPathQuery, fields,
         [done, merId, outTradeNo, expectedAmount](const Fields *answer,
                                                   const ChannelResult &problem) {
             done(answer ? mapQueryResponse(*answer, merId, outTradeNo, expectedAmount) : problem);
         });
}

void UnionPayChannel::queryFields(const QString &orderId, AnswerHandler handler)
{
    Fields fields = baseFields(kTxnQuery, kSubDefault, orderId);
    fields.insert(QStringLiteral("txnTime"), txnTimeFor(orderId));
    fields.remove(QStringLiteral("channelType"));
    const QString merId = m_config.merId;
    call(kPathQuery, fields,
         [handler, merId, orderId](const Fields *answer, const ChannelResult &problem) {
             if (answer &&
                 (field(*answer, "merId") != merId || field(*answer, "orderId") != orderId)) {
                 handler(nullptr, ChannelResult::unknown(
                                      QStringLiteral("query answer is not about our order"),
                                      QStringLiteral("pos.mismatch")));
                 return;
             }
             handler(answer, problem);
         });
}

void UnionPayChannel::cancel(const QString &outTradeNo, Callback done)
{
    queryFields(outTradeNo, [this, outTradeNo, done](const Fields *original,
                                                     const ChannelResult &problem) {
        if (!original) {
            done(problem);
            return;
        }
        const QString code = field(*original, "respCode");
        const QString originalCode = field(*original, "origRespCode");
        if (code == kRespNotFound ||
            (code == kRespSuccess && classify(originalCode) == RespClass::Refused)) {
            // Nothing was taken: the trade does not exist or failed.
            ChannelResult closed = ChannelResult::success();
            closed.action = QStringLiteral("close");
            closed.reason = QStringLiteral("nothing was paid; nothing to cancel");
            done(closed);
            return;
        }
        const RespClass kind = classify(originalCode);
        if (code != kRespSuccess || (kind != RespClass::Success && kind != RespClass::Processing)) {
            done(ChannelResult::unknown(
                QStringLiteral("cannot tell the state of the payment to cancel"), code));
            return;
        }
        sendCancel(outTradeNo, *original, done);
    });
}

void UnionPayChannel::sendCancel(const QString &outTradeNo, const Fields &original, Callback done)
{
    const auto amount = Money::parseMinor(field(original, "txnAmt"));
    if (!amount || field(original, "queryId").isEmpty()) {
        QTimer::singleShot(0, this, [done] {
            done(ChannelResult::unknown(QStringLiteral("the original has no queryId or amount"),
                                        QStringLiteral("pos.malformed")));
        });
        return;
    }
    const bool wasPaid = field(original, "origRespCode") == kRespSuccess;
    const QString orderId = cancelOrderId(outTradeNo);
    Fields fields = baseFields(kTxnConsumeCancel, kSubDefault, orderId);
    fields.insert(QStringLiteral("origQryId"), field(original, "queryId"));
    fields.insert(QStringLiteral("txnAmt"), QString::number(amount->minor()));
    fields.insert(QStringLiteral("currencyCode"), kCurrencyCny);
    fields.insert(QStringLiteral("backUrl"), m_config.backUrl);
    m_txnTimes.insert(orderId, fields.value(QStringLiteral("txnTime")));
    const QString merId = m_config.merId;
    auto finish = [done, wasPaid](ChannelResult result) {
        if (result.isSuccess()) {
            result.action = wasPaid ? QStringLiteral("refund") : QStringLiteral("close");
        }
        done(result);
    };
    call(
        kPathBackTrans, fields,
        [this, finish, merId, orderId, amount](const Fields *answer, const ChannelResult &problem) {
            if (!answer) {
                finish(problem);
                return;
            }
            if (field(*answer, "respCode") != kRespDuplicate) {
                finish(mapCancelResponse(*answer, merId, orderId));
                return;
            }
            // An earlier try of this cancel reached UnionPay: its own state decides.
            queryFields(orderId, [finish, merId, orderId, amount](const Fields *state,
                                                                  const ChannelResult &failed) {
                finish(state ? mapQueryResponse(*state, merId, orderId, amount.value()) : failed);
            });
        });
}

void UnionPayChannel::refund(const RefundRequest &request, Callback done)
{
    if (!isSendable(request.refundAmount)) {
        QTimer::singleShot(0, this, [done] { done(badAmount()); });
        return;
    }
    auto send = [this, request, done](const QString &origQryId) {
        Fields fields = baseFields(kTxnRefund, kSubDefault, request.outRequestNo);
        fields.insert(QStringLiteral("origQryId"), origQryId);
        fields.insert(QStringLiteral("txnAmt"), QString::number(request.refundAmount.minor()));
        fields.insert(QStringLiteral("currencyCode"), kCurrencyCny);
        fields.insert(QStringLiteral("backUrl"),
                      request.notifyUrl.isEmpty() ? m_config.backUrl : request.notifyUrl);
        // Every retry names the same request: its stored time, or the first try's.
        const QString txnTime = request.requestedAt.isValid() ? beijingTimeOf(request.requestedAt)
                                                              : txnTimeFor(request.outRequestNo);
        fields.insert(QStringLiteral("txnTime"), txnTime);
        m_txnTimes.insert(request.outRequestNo, txnTime);
        const QString merId = m_config.merId;
        call(kPathBackTrans, fields,
             [done, merId, request](const Fields *answer, const ChannelResult &problem) {
                 done(answer ? mapRefundResponse(*answer, merId, request.outRequestNo,
                                                 request.refundAmount)
                             : problem);
             });
    };
    if (!request.channelTradeNo.isEmpty()) {
        send(request.channelTradeNo);
        return;
    }
    // Without the original's queryId, ask UnionPay for it first (under its own txnTime).
    resumeRequest(request.outTradeNo, request.originalRequestedAt);
    queryFields(
        request.outTradeNo, [send, done](const Fields *original, const ChannelResult &problem) {
            if (!original) {
                done(problem);
                return;
            }
            if (field(*original, "respCode") != kRespSuccess ||
                field(*original, "origRespCode") != kRespSuccess ||
                field(*original, "queryId").isEmpty()) {
                done(ChannelResult::failed(QStringLiteral("the original payment is not a success"),
                                           field(*original, "respCode")));
                return;
            }
            send(field(*original, "queryId"));
        });
}

void UnionPayChannel::refundQuery(const RefundRequest &request, Callback done)
{
    Fields fields = baseFields(kTxnQuery, kSubDefault, request.outRequestNo);
    fields.insert(QStringLiteral("txnTime"), request.requestedAt.isValid()
                                                 ? beijingTimeOf(request.requestedAt)
                                                 : txnTimeFor(request.outRequestNo));
    fields.remove(QStringLiteral("channelType"));
    const QString merId = m_config.merId;
    call(kPathQuery, fields,
         [done, merId, request](const Fields *answer, const ChannelResult &problem) {
             done(answer ? mapQueryResponse(*answer, merId, request.outRequestNo,
                                            request.refundAmount, true)
                         : problem);
         });
}

void UnionPayChannel::downloadBill(const QDate &day, BillCallback done)
{
    Fields fields = baseFields(kTxnFileTransfer, kSubFileTransfer, QString());
    fields.remove(QStringLiteral("channelType"));
    fields.insert(QStringLiteral("settleDate"), day.toString(QStringLiteral("MMdd")));
    fields.insert(QStringLiteral("fileType"), QStringLiteral("00"));
    const QString merId = m_config.merId;
    call(kPathFileTransfer, fields,
         [done, merId](const Fields *answer, const ChannelResult &problem) {
             if (!answer) {
                 done(Result<QByteArray>::failure(problem.providerCode, problem.reason));
                 return;
             }
             if (field(*answer, "merId") != merId) {
                 done(Result<QByteArray>::failure(QStringLiteral("pos.mismatch"),
                                                  QStringLiteral("statement of another merchant")));
                 return;
             }
             if (field(*answer, "respCode") != kRespSuccess) {
                 done(Result<QByteArray>::failure(QStringLiteral("bill.") +
                                                      field(*answer, "respCode"),
                                                  field(*answer, "respMsg")));
                 return;
             }
             const auto content = QByteArray::fromBase64Encoding(
                 field(*answer, "fileContent").toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
             if (!content) {
                 done(Result<QByteArray>::failure(QStringLiteral("pos.malformed"),
                                                  QStringLiteral("fileContent is not base64")));
                 return;
             }
             done(*content);
         });
}

ParsedNotification
UnionPayChannel::parseNotification(const IncomingNotification &notification) const
{
    ParsedNotification parsed;
    parsed.ackStatus = 200;
    parsed.ackBody = QByteArrayLiteral("ok");
    parsed.nackStatus = 500;
    parsed.nackBody = QByteArrayLiteral("fail");
    auto reject = [&parsed](const QString &reason) {
        qCWarning(lcUnionPay) << "notification rejected:" << reason;
        parsed.verified = false;
        parsed.rejectReason = reason;
        parsed.result = ChannelResult::unknown(reason, QStringLiteral("pos.rejected"));
        return parsed;
    };
    if (notification.body.size() > kMaxNotificationBytes) {
        return reject(QStringLiteral("notification larger than 64 KiB"));
    }
    auto decoded = form::decode(notification.body);
    if (!decoded) {
        return reject(decoded.error().message);
    }
    const Fields &fields = decoded.value();
    if (auto verified =
            signer::verify(fields, m_config.trustedCertificates, m_config.signerOrganisation);
        !verified) {
        return reject(verified.error().message);
    }
    if (field(fields, "merId") != m_config.merId) {
        return reject(QStringLiteral("notification for another merchant"));
    }
    const QString orderId = field(fields, "orderId");
    if (orderId.isEmpty() || orderId.size() > 64) {
        return reject(QStringLiteral("notification without a usable orderId"));
    }
    const auto amount = Money::parseMinor(field(fields, "txnAmt"));
    if (!amount) {
        return reject(QStringLiteral("notification without a valid txnAmt"));
    }
    const QString txnType = field(fields, "txnType");
    if (txnType == kTxnConsume) {
        parsed.event = ParsedNotification::Event::Payment;
        parsed.outTradeNo = orderId;
    } else if (txnType == kTxnRefund) {
        parsed.event = ParsedNotification::Event::Refund;
        parsed.outRequestNo = orderId;
    } else {
        return reject(QStringLiteral("notification of txnType '%1' is not handled").arg(txnType));
    }
    parsed.amount = amount.value();
    parsed.notificationId = field(fields, "queryId");
    const QString code = field(fields, "respCode");
    switch (classify(code)) {
    case RespClass::Success:
        parsed.result = ChannelResult::success(field(fields, "queryId"), amount.value());
        if (parsed.event == ParsedNotification::Event::Refund) {
            parsed.result.paidAmount = Money();
            parsed.result.refundedAmount = amount.value();
        }
        break;
    case RespClass::Processing:
        parsed.result = ChannelResult::userPaying(field(fields, "respMsg"));
        break;
    case RespClass::Refused:
    case RespClass::NotFound:
        parsed.result = ChannelResult::failed(field(fields, "respMsg"), code);
        break;
    case RespClass::SystemError:
    case RespClass::Unrecognised:
        parsed.result = ChannelResult::unknown(field(fields, "respMsg"), code);
        break;
    }
    parsed.verified = true;
    return parsed;
}

} // namespace pos::channels::unionpay
