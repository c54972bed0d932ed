#include "SimLedger.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace pos::sim {

namespace {

constexpr int kSchemaVersion = 1;

const char *const kTradeColumns =
    "out_trade_no, trade_no, amount_fen, status, scenario, auth_code_masked, buyer_logon_id, "
    "created_at_ms, paid_at_ms, pay_due_at_ms, failure_code, refunded_fen";

Error sqlError(const QSqlQuery &query, const QString &what)
{
    return Error{QStringLiteral("ledger.sql"),
                 QStringLiteral("%1: %2").arg(what, query.lastError().text())};
}

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
    return trade;
}

} // namespace

SimLedger::~SimLedger()
{
    if (m_connectionName.isEmpty()) {
        return;
    }
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status SimLedger::open(const QString &path)
{
    m_connectionName = QStringLiteral("pos-channel-sim-ledger-") + QUuid::createUuid().toString();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        return Error{QStringLiteral("ledger.open"),
                     QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text())};
    }
    QSqlQuery query(db);
    for (const auto *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                               "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"}) {
        if (!query.exec(QLatin1String(pragma))) {
            return sqlError(query, QLatin1String(pragma));
        }
    }
    return migrate();
}

Status SimLedger::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return sqlError(query, QStringLiteral("reading the schema version"));
    }
    const int version = query.value(0).toInt();
    if (version == kSchemaVersion) {
        return success();
    }
    if (version != 0) {
        return Error{QStringLiteral("ledger.version"),
                     QStringLiteral("ledger schema version %1 is newer than this sandbox (%2)")
                         .arg(version)
                         .arg(kSchemaVersion)};
    }
    const QStringList statements = {
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
        QStringLiteral("PRAGMA user_version = 1"),
    };
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
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
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
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
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
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
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
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(
        QStringLiteral("INSERT INTO trades (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
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
    if (!query.exec()) {
        return sqlError(query, QStringLiteral("recording trade %1").arg(trade.outTradeNo));
    }
    return success();
}

Result<std::optional<SimTrade>> SimLedger::findOne(const QString &column,
                                                   const QString &value) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
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
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
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
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("UPDATE trades SET status = 'TRADE_CLOSED', pay_due_at_ms = NULL,"
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
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral(
        "UPDATE trades SET status = 'TRADE_SUCCESS', paid_at_ms = pay_due_at_ms,"
        " pay_due_at_ms = NULL"
        " WHERE status = 'WAIT_BUYER_PAY' AND pay_due_at_ms IS NOT NULL AND pay_due_at_ms <= ?"));
    query.addBindValue(nowMs);
    if (!query.exec()) {
        return sqlError(query, QStringLiteral("settling user-paying trades"));
    }
    return success();
}

Result<QString> SimLedger::nextTradeNo(qint64 nowMs)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
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
