#include "unionpay/UnionPayBank.h"

#include "money/Money.h"
#include "unionpay/UnionPayScenario.h"

#include <QDateTime>
#include <QRegularExpression>

namespace pos::sim::unionpay {

namespace {

QString value(const Fields &fields, const char *name)
{
    return fields.value(QLatin1String(name));
}

QDateTime beijing(qint64 nowMs)
{
    return QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).addSecs(8 * 3600);
}

// The answer's business fields, echoing what identifies the request.
BankAnswer answer(const Fields &request, const QString &merId, const char *respCode,
                  const QString &respMsg)
{
    BankAnswer out;
    for (const char *echo :
         {"bizType", "txnType", "txnSubType", "accessType", "orderId", "txnTime", "currencyCode"}) {
        if (!value(request, echo).isEmpty()) {
            out.fields.insert(QLatin1String(echo), value(request, echo));
        }
    }
    out.fields.insert(QStringLiteral("merId"), merId);
    out.fields.insert(QStringLiteral("respCode"), QLatin1String(respCode));
    out.fields.insert(QStringLiteral("respMsg"), respMsg);
    return out;
}

BankAnswer missing(const Fields &request, const QString &merId, const char *field)
{
    return answer(request, merId, "13",
                  QStringLiteral("报文交易要素缺失[%1]").arg(QLatin1String(field)));
}

std::optional<qint64> amountOf(const Fields &request)
{
    const auto amount = Money::parseMinor(value(request, "txnAmt"));
    if (!amount || !amount->isPositive()) {
        return std::nullopt;
    }
    return amount->minor();
}

bool isUsableOrderId(const QString &orderId)
{
    // ACP wants 8-40 letters and digits; the sandbox also takes '_' and '-' (our out_trade_no
    // style) and shorter numbers, so it does not get in the way of the payment service.
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z_-]{1,40}$"));
    return pattern.match(orderId).hasMatch();
}

void addMoneyFields(BankAnswer &out, const UnionPayTxn &txn)
{
    out.fields.insert(QStringLiteral("queryId"), txn.queryId);
    out.fields.insert(QStringLiteral("txnAmt"), QString::number(txn.amountFen));
    out.fields.insert(QStringLiteral("currencyCode"), QStringLiteral("156"));
    out.fields.insert(QStringLiteral("settleAmt"), QString::number(txn.amountFen));
    out.fields.insert(QStringLiteral("settleCurrencyCode"), QStringLiteral("156"));
    out.fields.insert(QStringLiteral("settleDate"), txn.settleDate);
    out.fields.insert(QStringLiteral("traceNo"), txn.queryId.right(6));
    out.fields.insert(QStringLiteral("traceTime"), txn.txnTime.right(10));
}

} // namespace

UnionPayBank::UnionPayBank(UnionPayLedger &ledger, QString merId, int userPayingSeconds)
    : m_ledger(ledger), m_merId(std::move(merId)), m_userPayingSeconds(userPayingSeconds)
{
}

UnionPayTxn UnionPayBank::newTxn(const Fields &request, qint64 amountFen, qint64 nowMs)
{
    UnionPayTxn txn;
    txn.orderId = value(request, "orderId");
    txn.queryId = m_ledger.nextQueryId(nowMs);
    txn.txnType = value(request, "txnType");
    txn.txnSubType = value(request, "txnSubType");
    txn.txnTime = value(request, "txnTime");
    txn.amountFen = amountFen;
    txn.backUrl = value(request, "backUrl");
    txn.createdAtMs = nowMs;
    txn.settleDate = beijing(nowMs).toString(QStringLiteral("MMdd"));
    txn.settleDay = beijing(nowMs).toString(QStringLiteral("yyyy-MM-dd"));
    return txn;
}

Result<BankAnswer> UnionPayBank::backTrans(const Fields &request, qint64 nowMs)
{
    for (const char *required : {"txnType", "txnSubType", "orderId", "txnTime", "txnAmt"}) {
        if (value(request, required).isEmpty()) {
            return missing(request, m_merId, required);
        }
    }
    if (!isUsableOrderId(value(request, "orderId"))) {
        return answer(request, m_merId, "10", QStringLiteral("报文格式错误[orderId]"));
    }
    if (!amountOf(request)) {
        return answer(request, m_merId, "10", QStringLiteral("报文格式错误[txnAmt]"));
    }
    if (auto existing = m_ledger.byOrderId(value(request, "orderId")); !existing) {
        return existing.error();
    } else if (existing->has_value()) {
        return answer(request, m_merId, "12", QStringLiteral("重复交易"));
    }
    const QString type = value(request, "txnType");
    const QString subType = value(request, "txnSubType");
    if (type == QLatin1String("01") && subType == QLatin1String("06")) {
        return consume(request, nowMs);
    }
    if (type == QLatin1String("01") && subType == QLatin1String("07")) {
        return qrOrder(request, nowMs);
    }
    if (type == QLatin1String("31")) {
        return consumeCancel(request, nowMs);
    }
    if (type == QLatin1String("04")) {
        return refund(request, nowMs);
    }
    return answer(request, m_merId, "32",
                  QStringLiteral("无此交易权限 (the sandbox does txnType 01/06, 01/07, 31, 04)"));
}

Result<BankAnswer> UnionPayBank::consume(const Fields &request, qint64 nowMs)
{
    const QString qrNo = value(request, "qrNo");
    if (qrNo.isEmpty()) {
        return missing(request, m_merId, "qrNo");
    }
    const ConsumeScenario scenario =
        isWellFormedQrNo(qrNo) ? consumeScenarioFor(qrNo) : ConsumeScenario::InvalidCode;
    if (scenario == ConsumeScenario::InvalidCode) {
        return answer(request, m_merId, "61", QStringLiteral("无效的付款码"));
    }
    if (scenario == ConsumeScenario::SystemErrorNoTrade) {
        return answer(request, m_merId, "06", QStringLiteral("系统繁忙，请稍后再试"));
    }
    UnionPayTxn txn = newTxn(request, *amountOf(request), nowMs);
    txn.scenario = scenarioName(scenario);
    txn.qrNoMasked = maskQrNo(qrNo);
    txn.status = kSucceeded;
    txn.respCode = QStringLiteral("00");
    const char *code = "00";
    QString message = QStringLiteral("成功[0000000]");
    switch (scenario) {
    case ConsumeScenario::InsufficientFunds:
        txn.status = kFailed;
        txn.respCode = QStringLiteral("64");
        code = "64";
        message = QStringLiteral("卡上的余额不足");
        break;
    case ConsumeScenario::ProcessingThenSuccess:
    case ConsumeScenario::ProcessingForever:
        txn.status = kPaying;
        txn.respCode = QStringLiteral("05");
        if (scenario == ConsumeScenario::ProcessingThenSuccess) {
            txn.dueAtMs = nowMs + qint64(m_userPayingSeconds) * 1000;
        }
        code = "05";
        message = QStringLiteral("交易已受理，请稍后查询交易结果");
        break;
    case ConsumeScenario::SystemErrorButPaid:
        code = "03";
        message = QStringLiteral("交易通讯超时，请发起查询交易");
        break;
    default:
        break;
    }
    if (auto stored = m_ledger.insert(txn); !stored) {
        return stored.error();
    }
    BankAnswer out = answer(request, m_merId, code, message);
    if (txn.status == kSucceeded || scenario == ConsumeScenario::ProcessingThenSuccess ||
        scenario == ConsumeScenario::ProcessingForever) {
        addMoneyFields(out, txn);
    }
    if (txn.status == kSucceeded) {
        out.succeeded << txn;
    }
    out.nextDueAtMs = txn.dueAtMs;
    if (scenario == ConsumeScenario::OtherMerchant) {
        out.fields.insert(QStringLiteral("merId"), QLatin1String(kOtherMerId));
    } else if (scenario == ConsumeScenario::WrongAmount) {
        out.fields.insert(QStringLiteral("txnAmt"), QString::number(txn.amountFen + 1));
    } else if (scenario == ConsumeScenario::ForgedSignature) {
        out.forgeSignature = true;
    }
    return out;
}

Result<BankAnswer> UnionPayBank::qrOrder(const Fields &request, qint64 nowMs)
{
    UnionPayTxn txn = newTxn(request, *amountOf(request), nowMs);
    txn.scenario = qrNeverPaid(txn.amountFen) ? QStringLiteral("qr_never_paid")
                                              : QStringLiteral("qr_paid_later");
    txn.status = kPaying;
    txn.respCode = QStringLiteral("05");
    txn.qrCode = QStringLiteral("https://qr.95516.com/00010000/01") + txn.queryId;
    if (!qrNeverPaid(txn.amountFen)) {
        txn.dueAtMs = nowMs + qint64(m_userPayingSeconds) * 1000;
    }
    if (auto stored = m_ledger.insert(txn); !stored) {
        return stored.error();
    }
    BankAnswer out = answer(request, m_merId, "00", QStringLiteral("成功[0000000]"));
    out.fields.insert(QStringLiteral("qrCode"), txn.qrCode);
    out.fields.insert(QStringLiteral("txnAmt"), QString::number(txn.amountFen));
    out.nextDueAtMs = txn.dueAtMs;
    return out;
}

Result<BankAnswer> UnionPayBank::consumeCancel(const Fields &request, qint64 nowMs)
{
    const QString origQryId = value(request, "origQryId");
    if (origQryId.isEmpty()) {
        return missing(request, m_merId, "origQryId");
    }
    auto original = m_ledger.byQueryId(origQryId);
    if (!original) {
        return original.error();
    }
    if (!original->has_value() || original->value().txnType != QLatin1String("01")) {
        return answer(request, m_merId, "35", QStringLiteral("原交易不存在或状态不正确"));
    }
    UnionPayTxn orig = original->value();
    const qint64 amount = *amountOf(request);
    if (amount != orig.amountFen) {
        return answer(request, m_merId, "36", QStringLiteral("与原交易信息不符[txnAmt]"));
    }
    if (orig.status == kPaying) {
        orig.status = kClosed;
        orig.respCode = QStringLiteral("30");
        orig.dueAtMs.reset();
    } else if (orig.status == kSucceeded && orig.reversedFen == 0) {
        orig.reversedFen = orig.amountFen;
    } else {
        return answer(request, m_merId, "35", QStringLiteral("原交易不存在或状态不正确"));
    }
    UnionPayTxn txn = newTxn(request, amount, nowMs);
    txn.scenario = QStringLiteral("cancel");
    txn.status = kSucceeded;
    txn.respCode = QStringLiteral("00");
    txn.origQueryId = origQryId;
    txn.backUrl.clear(); // cancels are not notified by the sandbox
    if (auto stored = m_ledger.update(orig); !stored) {
        return stored.error();
    }
    if (auto stored = m_ledger.insert(txn); !stored) {
        return stored.error();
    }
    BankAnswer out = answer(request, m_merId, "00", QStringLiteral("成功[0000000]"));
    addMoneyFields(out, txn);
    out.fields.insert(QStringLiteral("origQryId"), origQryId);
    return out;
}

Result<BankAnswer> UnionPayBank::refund(const Fields &request, qint64 nowMs)
{
    const QString origQryId = value(request, "origQryId");
    if (origQryId.isEmpty()) {
        return missing(request, m_merId, "origQryId");
    }
    auto original = m_ledger.byQueryId(origQryId);
    if (!original) {
        return original.error();
    }
    if (!original->has_value() || original->value().txnType != QLatin1String("01") ||
        original->value().status != kSucceeded) {
        return answer(request, m_merId, "35", QStringLiteral("原交易不存在或状态不正确"));
    }
    UnionPayTxn orig = original->value();
    const qint64 amount = *amountOf(request);
    if (orig.reversedFen + amount > orig.amountFen) {
        return answer(request, m_merId, "33", QStringLiteral("交易金额超限[退货金额超过原交易]"));
    }
    UnionPayTxn txn = newTxn(request, amount, nowMs);
    txn.origQueryId = origQryId;
    BankAnswer out;
    if (refundRejected(amount)) {
        txn.scenario = QStringLiteral("refund_rejected");
        txn.status = kFailed;
        txn.respCode = QStringLiteral("30");
        out = answer(request, m_merId, "30", QStringLiteral("交易未通过，请联系发卡行"));
    } else {
        txn.status = kSucceeded;
        txn.respCode = QStringLiteral("00");
        txn.scenario = QStringLiteral("refund");
        if (refundStaysProcessing(amount)) {
            txn.scenario = QStringLiteral("refund_processing");
            txn.status = kPaying;
            txn.respCode = QStringLiteral("05");
            txn.dueAtMs = nowMs + qint64(m_userPayingSeconds) * 1000;
        }
        orig.reversedFen += amount;
        if (auto stored = m_ledger.update(orig); !stored) {
            return stored.error();
        }
        out = answer(request, m_merId, "00", QStringLiteral("成功[0000000]"));
        addMoneyFields(out, txn);
        out.fields.insert(QStringLiteral("origQryId"), origQryId);
    }
    if (auto stored = m_ledger.insert(txn); !stored) {
        return stored.error();
    }
    if (txn.status == kSucceeded) {
        out.succeeded << txn;
    }
    out.nextDueAtMs = txn.dueAtMs;
    return out;
}

Result<BankAnswer> UnionPayBank::query(const Fields &request, qint64)
{
    for (const char *required : {"orderId", "txnTime"}) {
        if (value(request, required).isEmpty()) {
            return missing(request, m_merId, required);
        }
    }
    // Like the real gateway, a transaction is named by orderId and txnTime together: a query
    // with another txnTime (a terminal that forgot when it sent the request) finds nothing.
    auto found = m_ledger.byOrderId(value(request, "orderId"));
    if (!found) {
        return found.error();
    }
    if (!found->has_value() || found->value().txnTime != value(request, "txnTime")) {
        return answer(request, m_merId, "34", QStringLiteral("查无此交易"));
    }
    const UnionPayTxn &txn = found->value();
    BankAnswer out = answer(request, m_merId, "00", QStringLiteral("成功[0000000]"));
    addMoneyFields(out, txn);
    out.fields.insert(QStringLiteral("txnTime"), txn.txnTime);
    out.fields.insert(QStringLiteral("origRespCode"), txn.respCode);
    out.fields.insert(QStringLiteral("origRespMsg"),
                      txn.status == kSucceeded ? QStringLiteral("成功[0000000]")
                      : txn.status == kPaying  ? QStringLiteral("交易处理中，请稍后查询")
                      : txn.status == kClosed  ? QStringLiteral("交易未通过（已撤销）")
                                               : QStringLiteral("交易失败"));
    out.fields.insert(QStringLiteral("origTxnType"), txn.txnType);
    if (!txn.origQueryId.isEmpty()) {
        out.fields.insert(QStringLiteral("origQryId"), txn.origQueryId);
    }
    return out;
}

Result<BankAnswer> UnionPayBank::fileTransfer(const Fields &request, qint64 nowMs)
{
    const QString settleDate = value(request, "settleDate");
    static const QRegularExpression mmdd(
        QStringLiteral("^(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$"));
    if (settleDate.isEmpty()) {
        return missing(request, m_merId, "settleDate");
    }
    if (!mmdd.match(settleDate).hasMatch()) {
        return answer(request, m_merId, "10", QStringLiteral("报文格式错误[settleDate]"));
    }
    // MMdd names the latest such day not after today (Beijing time).
    const QDate today = beijing(nowMs).date();
    QDate day(today.year(), settleDate.left(2).toInt(), settleDate.right(2).toInt());
    if (!day.isValid() || day > today) {
        day = QDate(today.year() - 1, settleDate.left(2).toInt(), settleDate.right(2).toInt());
    }
    auto txns = m_ledger.all();
    if (!txns) {
        return txns.error();
    }
    const QString dayText = day.toString(QStringLiteral("yyyy-MM-dd"));
    QByteArray file = QStringLiteral("#UNIONPAY SANDBOX STATEMENT|merId=%1|settleDate=%2\n")
                          .arg(m_merId, day.toString(QStringLiteral("yyyyMMdd")))
                          .toUtf8();
    file += "txnType|txnSubType|orderId|queryId|origQryId|txnTime|txnAmt|settleAmt\n";
    qint64 count = 0;
    qint64 net = 0;
    for (const UnionPayTxn &txn : txns.value()) {
        if (txn.settleDay != dayText || txn.status != kSucceeded) {
            continue;
        }
        const qint64 settle = txn.txnType == QLatin1String("01") ? txn.amountFen : -txn.amountFen;
        file += QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8\n")
                    .arg(txn.txnType, txn.txnSubType, txn.orderId, txn.queryId, txn.origQueryId,
                         txn.txnTime, QString::number(txn.amountFen), QString::number(settle))
                    .toUtf8();
        ++count;
        net += settle;
    }
    file += QStringLiteral("#count=%1|net=%2\n").arg(count).arg(net).toUtf8();
    BankAnswer out = answer(request, m_merId, "00", QStringLiteral("成功[0000000]"));
    out.fields.insert(QStringLiteral("settleDate"), settleDate);
    out.fields.insert(QStringLiteral("fileType"), value(request, "fileType"));
    out.fields.insert(
        QStringLiteral("fileName"),
        QStringLiteral("UPSIM_%1_%2.txt").arg(m_merId, day.toString(QStringLiteral("yyyyMMdd"))));
    out.fields.insert(QStringLiteral("fileContent"), QString::fromLatin1(file.toBase64()));
    return out;
}

} // namespace pos::sim::unionpay
