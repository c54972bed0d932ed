#include "alipay/AlipayNotifier.h"

#include "SimKeys.h"
#include "SimLedger.h"
#include "alipay/AlipayBizFields.h"
#include "channels/alipay/AlipaySignature.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrl>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAlipayNotify, "pos.sim.alipay.notify")

namespace pos::sim {

namespace {

// Alipay's documented retry schedule after a failed delivery: 4m, 10m, 10m, 1h, 2h, 6h, 15h.
const QList<int> kRetryScheduleMs = {4 * 60'000,      10 * 60'000,     10 * 60'000,     60 * 60'000,
                                     2 * 60 * 60'000, 6 * 60 * 60'000, 15 * 60 * 60'000};

QByteArray formEncode(const QMap<QString, QString> &form)
{
    QByteArray body;
    for (auto it = form.constBegin(); it != form.constEnd(); ++it) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += QUrl::toPercentEncoding(it.key()) + '=' + QUrl::toPercentEncoding(it.value());
    }
    return body;
}

} // namespace

AlipayNotifier::AlipayNotifier(const SimKeys &keys, SimLedger &ledger, QString appId,
                               QObject *parent)
    : QObject(parent), m_keys(keys), m_ledger(ledger), m_appId(std::move(appId))
{
}

void AlipayNotifier::wakeAt(const QString &outTradeNo, qint64 atMs)
{
    const qint64 wait = std::max<qint64>(0, atMs - QDateTime::currentMSecsSinceEpoch());
    // A few ms late on purpose: the ledger compares due times with "now".
    QTimer::singleShot(int(std::min<qint64>(wait + 5, 24LL * 3600 * 1000)), this,
                       [this, outTradeNo] { notifyNow(outTradeNo); });
}

QMap<QString, QString> AlipayNotifier::form(const SimTrade &trade, const QString &notifyId) const
{
    const QString amount = biz::yuan(trade.amountFen);
    QMap<QString, QString> form{
        {QStringLiteral("notify_time"), biz::chinaTime(QDateTime::currentMSecsSinceEpoch())},
        {QStringLiteral("notify_type"), QStringLiteral("trade_status_sync")},
        {QStringLiteral("notify_id"), notifyId},
        {QStringLiteral("app_id"), m_appId},
        {QStringLiteral("auth_app_id"), m_appId},
        {QStringLiteral("charset"), QStringLiteral("utf-8")},
        {QStringLiteral("version"), QStringLiteral("1.0")},
        {QStringLiteral("sign_type"), QStringLiteral("RSA2")},
        {QStringLiteral("trade_no"), trade.tradeNo},
        {QStringLiteral("out_trade_no"), trade.outTradeNo},
        {QStringLiteral("trade_status"), trade.status},
        {QStringLiteral("total_amount"), amount},
        {QStringLiteral("subject"), trade.subject},
        {QStringLiteral("gmt_create"), biz::chinaTime(trade.createdAtMs)},
        {QStringLiteral("buyer_id"), QStringLiteral("2088102146225135")},
        {QStringLiteral("buyer_logon_id"), trade.buyerLogonId},
        {QStringLiteral("seller_id"), QLatin1String("2088123456789012")},
    };
    if (trade.paidAtMs) {
        form.insert(QStringLiteral("gmt_payment"), biz::chinaTime(*trade.paidAtMs));
        form.insert(QStringLiteral("receipt_amount"), amount);
        form.insert(QStringLiteral("buyer_pay_amount"), amount);
        form.insert(QStringLiteral("invoice_amount"), amount);
        form.insert(QStringLiteral("point_amount"), QStringLiteral("0.00"));
        form.insert(QStringLiteral("fund_bill_list"),
                    QString::fromUtf8(
                        QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("amount"), amount},
                                                             {QStringLiteral("fundChannel"),
                                                              QStringLiteral("ALIPAYACCOUNT")}}})
                            .toJson(QJsonDocument::Compact)));
    }
    if (trade.refundedFen > 0) {
        form.insert(QStringLiteral("refund_fee"), biz::yuan(trade.refundedFen));
        form.insert(QStringLiteral("gmt_refund"),
                    biz::chinaTime(trade.closedAtMs.value_or(QDateTime::currentMSecsSinceEpoch())));
    }
    if (trade.closedAtMs) {
        form.insert(QStringLiteral("gmt_close"), biz::chinaTime(*trade.closedAtMs));
    }
    return form;
}

QByteArray AlipayNotifier::signedBody(QMap<QString, QString> form, bool spoil) const
{
    QMap<QString, QString> signedForm = form;
    if (spoil) {
        // A genuine signature over other content: only a verifier that checks it refuses it.
        signedForm.insert(QStringLiteral("total_amount"), QStringLiteral("0.01"));
        signedForm.insert(QStringLiteral("trade_status"), QStringLiteral("TRADE_SUCCESS"));
        signedForm.insert(QStringLiteral("notify_id"), QStringLiteral("forged"));
    }
    const QByteArray content = channels::alipay::signContent(
        signedForm, {QStringLiteral("sign"), QStringLiteral("sign_type")});
    auto signature = m_keys.alipayPrivate().signSha256(content);
    form.insert(QStringLiteral("sign"),
                signature ? QString::fromLatin1(signature->toBase64()) : QString());
    return formEncode(form);
}

void AlipayNotifier::notifyNow(const QString &outTradeNo)
{
    if (auto settled = m_ledger.settleDuePayments(QDateTime::currentMSecsSinceEpoch()); !settled) {
        qCWarning(lcAlipayNotify) << "ledger:" << settled.error().message;
        return;
    }
    auto found = m_ledger.findByOutTradeNo(outTradeNo);
    if (!found || !found->has_value()) {
        return;
    }
    const SimTrade &trade = **found;
    const QString state = trade.status + QLatin1Char('/') + QString::number(trade.refundedFen);
    if (trade.notifyUrl.isEmpty() || trade.status == statusWaitBuyerPay() ||
        m_notifiedStatus.value(outTradeNo) == state) {
        return;
    }
    m_notifiedStatus.insert(outTradeNo, state);
    const QString notifyId = QStringLiteral("%1%2")
                                 .arg(QDateTime::currentMSecsSinceEpoch())
                                 .arg(++m_sequence, 6, 10, QLatin1Char('0'));
    const QByteArray body = signedBody(form(trade, notifyId), false);
    m_last.insert(outTradeNo, Last{QUrl(trade.notifyUrl), body});
    send(outTradeNo, QUrl(trade.notifyUrl), body, true, m_duplicates);
}

bool AlipayNotifier::replay(const QString &outTradeNo)
{
    const auto last = m_last.constFind(outTradeNo);
    if (last == m_last.constEnd()) {
        return false;
    }
    send(outTradeNo, last->url, last->body, true, 0);
    return true;
}

bool AlipayNotifier::forge(const QString &outTradeNo, const QUrl &url)
{
    auto found = m_ledger.findByOutTradeNo(outTradeNo);
    if (!found || !found->has_value() || !url.isValid()) {
        return false;
    }
    SimTrade trade = **found;
    trade.status = statusSuccess();
    if (!trade.paidAtMs) {
        trade.paidAtMs = QDateTime::currentMSecsSinceEpoch();
    }
    send(outTradeNo, url, signedBody(form(trade, QStringLiteral("forged")), true), false, 0);
    return true;
}

void AlipayNotifier::send(const QString &outTradeNo, const QUrl &url, const QByteArray &body,
                          bool retries, int duplicates)
{
    NotificationSender::Delivery delivery;
    delivery.id = QStringLiteral("alipay:%1").arg(outTradeNo);
    delivery.url = url;
    delivery.body = body;
    delivery.contentType = QByteArrayLiteral("application/x-www-form-urlencoded;charset=utf-8");
    delivery.isAcknowledged = [](int status, const QByteArray &answer) {
        return status == 200 && answer == QByteArrayLiteral("success");
    };
    if (retries) {
        delivery.retryDelaysMs = NotificationSender::scaled(kRetryScheduleMs, m_delayScale);
    }
    delivery.duplicates = duplicates;
    qCInfo(lcAlipayNotify) << "notifying" << outTradeNo << "to" << url.toString();
    m_sender.send(delivery);
}

} // namespace pos::sim
