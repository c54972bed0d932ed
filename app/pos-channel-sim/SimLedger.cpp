#include "SimLedger.h"
#include "SimSqlite.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pos::sim {

namespace {

constexpr int kSchemaVersion = 2;

const char *const kTradeColumns =
    "out_trade_no, trade_no, amount_fen, status, scenario, auth_code_masked, buyer_logon_id, "
    "created_at_ms, paid_at_ms, pay_due_at_ms, failure_code, refunded_fen, origin, subject, "
    "store_id, terminal_id, operator_id, notify_url, qr_code, reverse_due_at_ms, closed_at_ms";

const char *const kRefundColumns = "out_trade_no, out_request_no, amount_fen, reason, status, "
                                   "created_at_ms, due_at_ms, done_at_ms";

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullable(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<QString>());
}

QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

SimTrade tradeFrom(const QSqlQuery &query)
{
    SimTrade trade;
    trade.outTradeNo = query.value(0).toString();
    trade.tradeNo = query.value(1).toString();
    trade.amountFen = query.value(2).toLongLong();
    trade.status = query.value(3).toString();
    trade.scenario = query.value(4).toString();
    trade.authCodeMasked = query.value(5).toString();
    trade.buyerLogonId = query.value(6).toString();
    trade.createdAtMs = query.value(7).toLongLong();
    trade.paidAtMs = optionalInt(query.value(8));
    trade.payDueAtMs = optionalInt(query.value(9));
    if (!query.value(10).isNull()) {
        trade.failureCode = query.value(10).toString();
    }
    trade.refundedFen = query.value(11).toLongLong();
    trade.origin = query.value(12).toString();
    trade.subject = query.value(13).toString();
    trade.storeId = query.value(14).toString();
    trade.terminalId = query.value(15).toString();
    trade.operatorId = query.value(16).toString();
    trade.notifyUrl = query.value(17).toString();
    trade.qrCode = query.value(18).toString();
    trade.reverseDueAtMs = optionalInt(query.value(19));
    trade.closedAtMs = optionalInt(query.value(20));
    return trade;
}

SimRefund refundFrom(const QSqlQuery &query)
{
    SimRefund refund;
    refund.outTradeNo = query.value(0).toString();
    refund.outRequestNo = query.value(1).toString();
    refund.amountFen = query.value(2).toLongLong();
    refund.reason = query.value(3).toString();
    refund.status = query.value(4).toString();
    refund.createdAtMs = query.value(5).toLongLong();
    refund.dueAtMs = optionalInt(query.value(6));
    refund.doneAtMs = optionalInt(query.value(7));
    return refund;
}

} // namespace

Status SimLedger::open(const QString &path)
{
    if (auto opened = m_db.open(QStringLiteral("pos-channel-sim-ledger-"), path, true); !opened) {
        return opened;
    }
    return migrate();
}

Status SimLedger::migrate()
{
    QSqlDatabase db = m_db.database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return sqlError(query, QStringLiteral("reading the schema version"));
    }
    const int version = query.value(0).toInt();
    if (version == kSchemaVersion) {
        return success();
    }
    if (version > kSchemaVersion) {
        return Error{QStringLiteral("ledger.version"),
                     QStringLiteral("ledger schema version %1 is newer than this sandbox (%2)")
                         .arg(version)
                         .arg(kSchemaVersion)};
    }
    const QStringList version1 = {
        QStringLiteral("CREATE TABLE trades ("
                       " id INTEGER PRIMARY KEY,"
                       " out_trade_no TEXT NOT NULL UNIQUE,"
                       " trade_no TEXT UNIQUE,"
                       " amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),"
                       " status TEXT NOT NULL CHECK (status IN"
                       "  ('WAIT_BUYER_PAY', 'TRADE_SUCCESS', 'TRADE_CLOSED')),"
                       " scenario TEXT NOT NULL,"
                       " auth_code_masked TEXT,"
                       " buyer_logon_id TEXT,"
                       " created_at_ms INTEGER NOT NULL,"
                       " paid_at_ms INTEGER,"
                       " pay_due_at_ms INTEGER,"
                       " failure_code TEXT,"
                       " refunded_fen INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE requests ("
                       " id INTEGER PRIMARY KEY,"
                       " method TEXT NOT NULL,"
                       " out_trade_no TEXT,"
                       " received_at_ms INTEGER NOT NULL,"
                       " code TEXT,"
                       " sub_code TEXT)"),
        QStringLiteral("CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO counters (name, value) VALUES ('trade_no', 0)"),
    };
    const QStringList version2 = {
        QStringLiteral("ALTER TABLE trades ADD COLUMN origin TEXT NOT NULL DEFAULT 'pay'"),
        QStringLiteral("ALTER TABLE trades ADD COLUMN subject TEXT"),
        QStringLiteral("ALTER TABLE trades ADD COLUMN store_id TEXT"),
        QStringLiteral("ALTER TABLE trades ADD COLUMN terminal_id TEXT"),
        QStringLiteral("ALTER TABLE trades ADD COLUMN operator_id TEXT"),
        QStringLiteral("ALTER TABLE trades ADD COLUMN notify_url TEXT"),
        QStringLiteral("ALTER TABLE trades ADD COLUMN qr_code TEXT"),
        QStringLiteral("ALTER TABLE trades ADD COLUMN reverse_due_at_ms INTEGER"),
        QStringLiteral("ALTER TABLE trades ADD COLUMN closed_at_ms INTEGER"),
        QStringLiteral("CREATE TABLE refunds ("
                       " id INTEGER PRIMARY KEY,"
                       " out_trade_no TEXT NOT NULL REFERENCES trades (out_trade_no),"
                       " out_request_no TEXT NOT NULL,"
                       " amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),"
                       " reason TEXT,"
                       " status TEXT NOT NULL CHECK (status IN ('PROCESSING', 'REFUND_SUCCESS')),"
                       " created_at_ms INTEGER NOT NULL,"
                       " due_at_ms INTEGER,"
                       " done_at_ms INTEGER,"
                       " UNIQUE (out_trade_no, out_request_no))"),
    };
    QStringList statements;
    if (version < 1) {
        statements += version1;
    }
    statements += version2;
    statements << QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion);
    if (!db.transaction()) {
        return Error{QStringLiteral("ledger.sql"), db.lastError().text()};
    }
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            const Error error = sqlError(query, QStringLiteral("creating the ledger"));
            db.rollback();
            return error;
        }
    }
    if (!db.commit()) {
        return Error{QStringLiteral("ledger.sql"), db.lastError().text()};
    }
    return success();
}

Result<qint64> SimLedger::recordRequest(const QString &method, const QString &outTradeNo,
                                        qint64 nowMs)
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral(
        "INSERT INTO requests (method, out_trade_no, received_at_ms) VALUES (?, ?, ?)"));
    query.addBindValue(method);
    query.addBindValue(nullableText(outTradeNo));
    query.addBindValue(nowMs);
    if (!query.exec()) {
        return sqlError(query, QStringLiteral("recording a request"));
    }
    return query.lastInsertId().toLongLong();
}

Status SimLedger::recordOutcome(qint64 requestId, const QString &code, const QString &subCode)
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("UPDATE requests SET code = ?, sub_code = ? WHERE id = ?"));
    query.addBindValue(code);
    query.addBindValue(nullableText(subCode));
    query.addBindValue(requestId);
    if (!query.exec()) {
        return sqlError(query, QStringLiteral("recording a request outcome"));
    }
    return success();
}

Result<QList<SimRequest>> SimLedger::requests() const
{
    QSqlQuery query(m_db.database());
    if (!query.exec(QStringLiteral("SELECT id, method, out_trade_no, received_at_ms, code, sub_code"
                                   " FROM requests ORDER BY id"))) {
        return sqlError(query, QStringLiteral("listing requests"));
    }
    QList<SimRequest> out;
    while (query.next()) {
        out.append(SimRequest{query.value(0).toLongLong(), query.value(1).toString(),
                              query.value(2).toString(), query.value(3).toLongLong(),
                              query.value(4).toString(), query.value(5).toString()});
    }
    return out;
}

Status SimLedger::insertTrade(const SimTrade &trade)
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral(
                      "INSERT INTO trades (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                      " ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(kTradeColumns)));
    query.addBindValue(trade.outTradeNo);
    query.addBindValue(nullableText(trade.tradeNo));
    query.addBindValue(trade.amountFen);
    query.addBindValue(trade.status);
    query.addBindValue(trade.scenario);
    query.addBindValue(nullableText(trade.authCodeMasked));
    query.addBindValue(nullableText(trade.buyerLogonId));
    query.addBindValue(trade.createdAtMs);
    query.addBindValue(nullable(trade.paidAtMs));
    query.addBindValue(nullable(trade.payDueAtMs));
    query.addBindValue(nullable(trade.failureCode));
    query.addBindValue(trade.refundedFen);
    query.addBindValue(trade.origin);
    query.addBindValue(nullableText(trade.subject));
    query.addBindValue(nullableText(trade.storeId));
    query.addBindValue(nullableText(trade.terminalId));
    query.addBindValue(nullableText(trade.operatorId));
    query.addBindValue(nullableText(trade.notifyUrl));
    query.addBindValue(nullableText(trade.qrCode));
    query.addBindValue(nullable(trade.reverseDueAtMs));
    query.addBindValue(nullable(trade.closedAtMs));
    if (!query.exec()) {
        return sqlError(query, QStringLiteral("recording trade %1").arg(trade.outTradeNo));
    }
    return success();
}

Result<std::optional<SimTrade>> SimLedger::findOne(const QString &column,
                                                   const QString &value) const
{
    QSqlQuery query(m_db.database());
    // `column` is one of two fixed names chosen by this class, never outside text.
    query.prepare(QStringLiteral("SELECT %1 FROM trades WHERE %2 = ?")
                      .arg(QLatin1String(kTradeColumns), column));
    query.addBindValue(value);
    if (!query.exec()) {
        return sqlError(query, QStringLiteral("finding a trade"));
    }
    if (!query.next()) {
        return std::optional<SimTrade>();
    }
    return std::optional<SimTrade>(tradeFrom(query));
}

Result<std::optional<SimTrade>> SimLedger::findByOutTradeNo(const QString &outTradeNo) const
{
    return findOne(QStringLiteral("out_trade_no"), outTradeNo);
}

Result<std::optional<SimTrade>> SimLedger::findByTradeNo(const QString &tradeNo) const
{
    return findOne(QStringLiteral("trade_no"), tradeNo);
}

Result<QList<SimTrade>> SimLedger::trades() const
{
    QSqlQuery query(m_db.database());
    if (!query.exec(QStringLiteral("SELECT %1 FROM trades ORDER BY id")
                        .arg(QLatin1String(kTradeColumns)))) {
        return sqlError(query, QStringLiteral("listing trades"));
    }
    QList<SimTrade> out;
    while (query.next()) {
        out.append(tradeFrom(query));
    }
    return out;
}

Status SimLedger::closeTrade(const QString &outTradeNo, bool refund)
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("UPDATE trades SET status = 'TRADE_CLOSED', pay_due_at_ms = NULL,"
                                 " reverse_due_at_ms = NULL,"
                                 " refunded_fen = CASE WHEN ? THEN amount_fen ELSE refunded_fen END"
                                 " WHERE out_trade_no = ?"));
    query.addBindValue(refund);
    query.addBindValue(outTradeNo);
    if (!query.exec()) {
        return sqlError(query, QStringLiteral("closing trade %1").arg(outTradeNo));
    }
    return success();
}

Status SimLedger::settleDuePayments(qint64 nowMs)
{
    QSqlDatabase db = m_db.database();
    if (!db.transaction()) {
        return Error{QStringLiteral("ledger.sql"), db.lastError().text()};
    }
    QSqlQuery query(db);
    auto run = [&query, nowMs](const char *sql, int binds) {
        query.prepare(QLatin1String(sql));
        for (int i = 0; i < binds; ++i) {
            query.addBindValue(nowMs);
        }
        return query.exec();
    };
    const std::pair<const char *, int> steps[] = {
        {"UPDATE trades SET status = 'TRADE_SUCCESS', paid_at_ms = pay_due_at_ms,"
         " pay_due_at_ms = NULL"
         " WHERE status = 'WAIT_BUYER_PAY' AND pay_due_at_ms IS NOT NULL AND pay_due_at_ms <= ?",
         1},
        {"UPDATE refunds SET status = 'REFUND_SUCCESS', done_at_ms = due_at_ms, due_at_ms = NULL"
         " WHERE status = 'PROCESSING' AND due_at_ms <= ?",
         1},
        // 0008: the channel takes the money back; recorded as a full refund "REVERSAL".
        {"INSERT INTO refunds (out_trade_no, out_request_no, amount_fen, reason, status,"
         " created_at_ms, done_at_ms)"
         " SELECT out_trade_no, 'REVERSAL', amount_fen - refunded_fen, 'reversed by the channel',"
         " 'REFUND_SUCCESS', reverse_due_at_ms, reverse_due_at_ms FROM trades"
         " WHERE reverse_due_at_ms IS NOT NULL AND reverse_due_at_ms <= ?"
         " AND status = 'TRADE_SUCCESS' AND amount_fen > refunded_fen",
         1},
        {"UPDATE trades SET status = 'TRADE_CLOSED', refunded_fen = amount_fen,"
         " closed_at_ms = reverse_due_at_ms, reverse_due_at_ms = NULL"
         " WHERE reverse_due_at_ms IS NOT NULL AND reverse_due_at_ms <= ?",
         1},
    };
    for (const auto &[sql, binds] : steps) {
        if (!run(sql, binds)) {
            const Error error = sqlError(query, QStringLiteral("settling due changes"));
            db.rollback();
            return error;
        }
    }
    if (!db.commit()) {
        return Error{QStringLiteral("ledger.sql"), db.lastError().text()};
    }
    return success();
}

Status SimLedger::insertRefund(const SimRefund &refund)
{
    QSqlDatabase db = m_db.database();
    if (!db.transaction()) {
        return Error{QStringLiteral("ledger.sql"), db.lastError().text()};
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO refunds (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(kRefundColumns)));
    query.addBindValue(refund.outTradeNo);
    query.addBindValue(refund.outRequestNo);
    query.addBindValue(refund.amountFen);
    query.addBindValue(nullableText(refund.reason));
    query.addBindValue(refund.status);
    query.addBindValue(refund.createdAtMs);
    query.addBindValue(nullable(refund.dueAtMs));
    query.addBindValue(nullable(refund.doneAtMs));
    bool ok = query.exec();
    if (ok) {
        // The cap is checked by the caller and enforced here: never above the paid amount.
        query.prepare(QStringLiteral(
            "UPDATE trades SET refunded_fen = refunded_fen + ?,"
            " status = CASE WHEN refunded_fen + ? >= amount_fen THEN 'TRADE_CLOSED' ELSE status END"
            " WHERE out_trade_no = ? AND refunded_fen + ? <= amount_fen"));
        query.addBindValue(refund.amountFen);
        query.addBindValue(refund.amountFen);
        query.addBindValue(refund.outTradeNo);
        query.addBindValue(refund.amountFen);
        ok = query.exec() && query.numRowsAffected() == 1;
    }
    if (!ok) {
        const Error error = sqlError(query, QStringLiteral("recording a refund"));
        db.rollback();
        return error;
    }
    if (!db.commit()) {
        return Error{QStringLiteral("ledger.sql"), db.lastError().text()};
    }
    return success();
}

Result<std::optional<SimRefund>> SimLedger::findRefund(const QString &outTradeNo,
                                                       const QString &outRequestNo) const
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT %1 FROM refunds WHERE out_trade_no = ?"
                                 " AND out_request_no = ?")
                      .arg(QLatin1String(kRefundColumns)));
    query.addBindValue(outTradeNo);
    query.addBindValue(outRequestNo);
    if (!query.exec()) {
        return sqlError(query, QStringLiteral("finding a refund"));
    }
    if (!query.next()) {
        return std::optional<SimRefund>();
    }
    return std::optional<SimRefund>(refundFrom(query));
}

Result<QList<SimRefund>> SimLedger::refunds() const
{
    QSqlQuery query(m_db.database());
    if (!query.exec(QStringLiteral("SELECT %1 FROM refunds ORDER BY id")
                        .arg(QLatin1String(kRefundColumns)))) {
        return sqlError(query, QStringLiteral("listing refunds"));
    }
    QList<SimRefund> out;
    while (query.next()) {
        out.append(refundFrom(query));
    }
    return out;
}

Result<QString> SimLedger::nextTradeNo(qint64 nowMs)
{
    QSqlQuery query(m_db.database());
    if (!query.exec(QStringLiteral(
            "UPDATE counters SET value = value + 1 WHERE name = 'trade_no' RETURNING value")) ||
        !query.next()) {
        return sqlError(query, QStringLiteral("numbering a trade"));
    }
    const qint64 sequence = query.value(0).toLongLong();
    // Alipay dates its trade numbers in China time (UTC+8, no daylight saving).
    const QString date = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::OffsetFromUTC, 8 * 3600)
                             .toString(QStringLiteral("yyyyMMdd"));
    return date + QStringLiteral("220014") +
           QStringLiteral("%1").arg(sequence, 8, 10, QLatin1Char('0'));
}

} // namespace pos::sim
