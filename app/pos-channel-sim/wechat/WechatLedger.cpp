#include "wechat/WechatLedger.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pos::sim::wechat {

namespace {

const char kTradeColumns[] =
    "out_trade_no, transaction_id, kind, amount_fen, state, scenario, auth_code_masked, "
    "notify_url, created_at_ms, pay_due_at_ms, paid_at_ms, reverse_calls, refunded_fen";
const char kRefundColumns[] = "out_refund_no, refund_id, out_trade_no, amount_fen, total_fen, "
                              "status, notify_url, created_at_ms, due_at_ms";

Error sqlError(const QSqlQuery &query)
{
    return Error{QStringLiteral("wechat.ledger"), query.lastError().text()};
}

WxTrade tradeFrom(const QSqlQuery &q)
{
    WxTrade t;
    t.outTradeNo = q.value(0).toString();
    t.transactionId = q.value(1).toString();
    t.kind = q.value(2).toString();
    t.amountFen = q.value(3).toLongLong();
    t.state = q.value(4).toString();
    t.scenario = q.value(5).toString();
    t.authCodeMasked = q.value(6).toString();
    t.notifyUrl = q.value(7).toString();
    t.createdAtMs = q.value(8).toLongLong();
    t.payDueAtMs = q.value(9).toLongLong();
    t.paidAtMs = q.value(10).toLongLong();
    t.reverseCalls = q.value(11).toInt();
    t.refundedFen = q.value(12).toLongLong();
    return t;
}

WxRefund refundFrom(const QSqlQuery &q)
{
    WxRefund r;
    r.outRefundNo = q.value(0).toString();
    r.refundId = q.value(1).toString();
    r.outTradeNo = q.value(2).toString();
    r.amountFen = q.value(3).toLongLong();
    r.totalFen = q.value(4).toLongLong();
    r.status = q.value(5).toString();
    r.notifyUrl = q.value(6).toString();
    r.createdAtMs = q.value(7).toLongLong();
    r.dueAtMs = q.value(8).toLongLong();
    return r;
}

} // namespace

Status WechatLedger::open(const QString &path)
{
    if (auto opened = m_db.open(QStringLiteral("pos-channel-sim-wechat-"), path, false,
                                QStringLiteral("wechat.ledger"));
        !opened) {
        return opened;
    }
    QSqlQuery q(m_db.database());
    for (const char *sql :
         {"CREATE TABLE IF NOT EXISTS trades (out_trade_no TEXT PRIMARY KEY, transaction_id TEXT,"
          " kind TEXT NOT NULL, amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),"
          " state TEXT NOT NULL, scenario TEXT, auth_code_masked TEXT, notify_url TEXT,"
          " created_at_ms INTEGER NOT NULL, pay_due_at_ms INTEGER NOT NULL DEFAULT 0,"
          " paid_at_ms INTEGER NOT NULL DEFAULT 0, reverse_calls INTEGER NOT NULL DEFAULT 0,"
          " refunded_fen INTEGER NOT NULL DEFAULT 0)",
          "CREATE TABLE IF NOT EXISTS refunds (out_refund_no TEXT PRIMARY KEY, refund_id TEXT,"
          " out_trade_no TEXT NOT NULL, amount_fen INTEGER NOT NULL, total_fen INTEGER NOT NULL,"
          " status TEXT NOT NULL, notify_url TEXT, created_at_ms INTEGER NOT NULL,"
          " due_at_ms INTEGER NOT NULL DEFAULT 0)",
          "CREATE TABLE IF NOT EXISTS requests (id INTEGER PRIMARY KEY, api TEXT NOT NULL,"
          " out_trade_no TEXT, received_at_ms INTEGER NOT NULL, answer TEXT)"}) {
        if (!q.exec(QLatin1String(sql))) {
            return sqlError(q);
        }
    }
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM trades")) && q.next()) {
        m_sequence = q.value(0).toLongLong() * 10;
    }
    return success();
}

Status WechatLedger::saveTrade(const WxTrade &t)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO trades (%1) VALUES "
                             "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(kTradeColumns)));
    for (const QVariant &value :
         {QVariant(t.outTradeNo), QVariant(t.transactionId), QVariant(t.kind),
          QVariant(t.amountFen), QVariant(t.state), QVariant(t.scenario),
          QVariant(t.authCodeMasked), QVariant(t.notifyUrl), QVariant(t.createdAtMs),
          QVariant(t.payDueAtMs), QVariant(t.paidAtMs), QVariant(t.reverseCalls),
          QVariant(t.refundedFen)}) {
        q.addBindValue(value);
    }
    return q.exec() ? success() : Status(sqlError(q));
}

Result<std::optional<WxTrade>> WechatLedger::trade(const QString &outTradeNo) const
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT %1 FROM trades WHERE out_trade_no = ?")
                  .arg(QLatin1String(kTradeColumns)));
    q.addBindValue(outTradeNo);
    if (!q.exec()) {
        return sqlError(q);
    }
    return q.next() ? std::optional<WxTrade>(tradeFrom(q)) : std::nullopt;
}

Result<QList<WxTrade>> WechatLedger::trades() const
{
    QSqlQuery q(m_db.database());
    if (!q.exec(QStringLiteral("SELECT %1 FROM trades ORDER BY created_at_ms")
                    .arg(QLatin1String(kTradeColumns)))) {
        return sqlError(q);
    }
    QList<WxTrade> out;
    while (q.next()) {
        out << tradeFrom(q);
    }
    return out;
}

Status WechatLedger::saveRefund(const WxRefund &r)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO refunds (%1) VALUES "
                             "(?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(kRefundColumns)));
    for (const QVariant &value :
         {QVariant(r.outRefundNo), QVariant(r.refundId), QVariant(r.outTradeNo),
          QVariant(r.amountFen), QVariant(r.totalFen), QVariant(r.status), QVariant(r.notifyUrl),
          QVariant(r.createdAtMs), QVariant(r.dueAtMs)}) {
        q.addBindValue(value);
    }
    return q.exec() ? success() : Status(sqlError(q));
}

Result<std::optional<WxRefund>> WechatLedger::refund(const QString &outRefundNo) const
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT %1 FROM refunds WHERE out_refund_no = ?")
                  .arg(QLatin1String(kRefundColumns)));
    q.addBindValue(outRefundNo);
    if (!q.exec()) {
        return sqlError(q);
    }
    return q.next() ? std::optional<WxRefund>(refundFrom(q)) : std::nullopt;
}

Result<QList<WxRefund>> WechatLedger::refunds() const
{
    QSqlQuery q(m_db.database());
    if (!q.exec(QStringLiteral("SELECT %1 FROM refunds ORDER BY created_at_ms")
                    .arg(QLatin1String(kRefundColumns)))) {
        return sqlError(q);
    }
    QList<WxRefund> out;
    while (q.next()) {
        out << refundFrom(q);
    }
    return out;
}

Status WechatLedger::logRequest(const QString &api, const QString &outTradeNo, qint64 nowMs,
                                const QString &answer)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral(
        "INSERT INTO requests (api, out_trade_no, received_at_ms, answer) VALUES (?, ?, ?, ?)"));
    q.addBindValue(api);
    q.addBindValue(outTradeNo);
    q.addBindValue(nowMs);
    q.addBindValue(answer);
    return q.exec() ? success() : Status(sqlError(q));
}

Result<QJsonObject> WechatLedger::report() const
{
    auto allTrades = trades();
    auto allRefunds = refunds();
    if (!allTrades || !allRefunds) {
        return Error{QStringLiteral("wechat.ledger"), QStringLiteral("cannot read the ledger")};
    }
    QJsonArray tradeArray;
    for (const WxTrade &t : allTrades.value()) {
        tradeArray.append(QJsonObject{{QStringLiteral("out_trade_no"), t.outTradeNo},
                                      {QStringLiteral("transaction_id"), t.transactionId},
                                      {QStringLiteral("kind"), t.kind},
                                      {QStringLiteral("amount_fen"), t.amountFen},
                                      {QStringLiteral("state"), t.state},
                                      {QStringLiteral("scenario"), t.scenario},
                                      {QStringLiteral("auth_code"), t.authCodeMasked},
                                      {QStringLiteral("refunded_fen"), t.refundedFen},
                                      {QStringLiteral("reverse_calls"), t.reverseCalls}});
    }
    QJsonArray refundArray;
    for (const WxRefund &r : allRefunds.value()) {
        refundArray.append(QJsonObject{{QStringLiteral("out_refund_no"), r.outRefundNo},
                                       {QStringLiteral("refund_id"), r.refundId},
                                       {QStringLiteral("out_trade_no"), r.outTradeNo},
                                       {QStringLiteral("amount_fen"), r.amountFen},
                                       {QStringLiteral("status"), r.status}});
    }
    QSqlQuery q(m_db.database());
    if (!q.exec(QStringLiteral(
            "SELECT api, out_trade_no, received_at_ms, answer FROM requests ORDER BY id"))) {
        return sqlError(q);
    }
    QJsonArray requestArray;
    while (q.next()) {
        requestArray.append(QJsonObject{{QStringLiteral("api"), q.value(0).toString()},
                                        {QStringLiteral("out_trade_no"), q.value(1).toString()},
                                        {QStringLiteral("received_at_ms"), q.value(2).toLongLong()},
                                        {QStringLiteral("answer"), q.value(3).toString()}});
    }
    return QJsonObject{{QStringLiteral("trades"), tradeArray},
                       {QStringLiteral("refunds"), refundArray},
                       {QStringLiteral("requests"), requestArray}};
}

QString WechatLedger::nextNumber(const QString &prefix, qint64 nowMs)
{
    ++m_sequence;
    const QString day = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC)
                            .addSecs(8 * 3600)
                            .toString(QStringLiteral("yyyyMMdd"));
    return prefix + day + QStringLiteral("%1").arg(nowMs % 100000000, 8, 10, QLatin1Char('0')) +
           QStringLiteral("%1").arg(m_sequence, 6, 10, QLatin1Char('0'));
}

} // namespace pos::sim::wechat
