#include "unionpay/UnionPayLedger.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace pos::sim::unionpay {

namespace {

const char *const kColumns =
    "order_id, query_id, txn_type, txn_sub_type, txn_time, amount_fen, status, resp_code, "
    "scenario, qr_no_masked, qr_code, back_url, orig_query_id, reversed_fen, created_at_ms, "
    "due_at_ms, settle_date, settle_day";

UnionPayTxn txnFrom(const QSqlQuery &query)
{
    UnionPayTxn txn;
    txn.orderId = query.value(0).toString();
    txn.queryId = query.value(1).toString();
    txn.txnType = query.value(2).toString();
    txn.txnSubType = query.value(3).toString();
    txn.txnTime = query.value(4).toString();
    txn.amountFen = query.value(5).toLongLong();
    txn.status = query.value(6).toString();
    txn.respCode = query.value(7).toString();
    txn.scenario = query.value(8).toString();
    txn.qrNoMasked = query.value(9).toString();
    txn.qrCode = query.value(10).toString();
    txn.backUrl = query.value(11).toString();
    txn.origQueryId = query.value(12).toString();
    txn.reversedFen = query.value(13).toLongLong();
    txn.createdAtMs = query.value(14).toLongLong();
    if (!query.value(15).isNull()) {
        txn.dueAtMs = query.value(15).toLongLong();
    }
    txn.settleDate = query.value(16).toString();
    txn.settleDay = query.value(17).toString();
    return txn;
}

QVariant dueValue(const UnionPayTxn &txn)
{
    return txn.dueAtMs ? QVariant(*txn.dueAtMs) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

QJsonObject UnionPayTxn::toJson() const
{
    return QJsonObject{
        {QStringLiteral("orderId"), orderId},
        {QStringLiteral("queryId"), queryId},
        {QStringLiteral("txnType"), txnType},
        {QStringLiteral("txnSubType"), txnSubType},
        {QStringLiteral("txnTime"), txnTime},
        {QStringLiteral("txnAmt"), QString::number(amountFen)},
        {QStringLiteral("status"), status},
        {QStringLiteral("respCode"), respCode},
        {QStringLiteral("scenario"), scenario},
        {QStringLiteral("qrNo"), qrNoMasked},
        {QStringLiteral("qrCode"), qrCode},
        {QStringLiteral("backUrl"), backUrl},
        {QStringLiteral("origQryId"), origQueryId},
        {QStringLiteral("reversedAmt"), QString::number(reversedFen)},
        {QStringLiteral("settleDate"), settleDate},
    };
}

Status UnionPayLedger::open(const QString &path)
{
    if (auto opened = m_db.open(QStringLiteral("pos-channel-sim-unionpay-"), path, true); !opened) {
        return opened;
    }
    QSqlQuery query(m_db.database());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return sqlError(query, QStringLiteral("schema version"));
    }
    const int version = query.value(0).toInt();
    if (version == 0) {
        const QStringList schema = {
            QStringLiteral("CREATE TABLE transactions ("
                           " id INTEGER PRIMARY KEY,"
                           " order_id TEXT NOT NULL UNIQUE,"
                           " query_id TEXT NOT NULL UNIQUE,"
                           " txn_type TEXT NOT NULL,"
                           " txn_sub_type TEXT NOT NULL,"
                           " txn_time TEXT NOT NULL,"
                           " amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),"
                           " status TEXT NOT NULL CHECK (status IN"
                           "  ('paying', 'success', 'failed', 'closed')),"
                           " resp_code TEXT NOT NULL,"
                           " scenario TEXT NOT NULL,"
                           " qr_no_masked TEXT, qr_code TEXT, back_url TEXT, orig_query_id TEXT,"
                           " reversed_fen INTEGER NOT NULL DEFAULT 0 CHECK (reversed_fen >= 0),"
                           " created_at_ms INTEGER NOT NULL,"
                           " due_at_ms INTEGER,"
                           " settle_date TEXT NOT NULL,"
                           " settle_day TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE requests ("
                           " id INTEGER PRIMARY KEY,"
                           " path TEXT NOT NULL,"
                           " txn_type TEXT,"
                           " order_id TEXT,"
                           " received_at_ms INTEGER NOT NULL,"
                           " resp_code TEXT)"),
            QStringLiteral("PRAGMA user_version = 1"),
        };
        for (const QString &statement : schema) {
            if (!query.exec(statement)) {
                return sqlError(query, QStringLiteral("creating the ledger"));
            }
        }
    } else if (version != 1) {
        return Error{QStringLiteral("ledger.version"),
                     QStringLiteral("unknown UnionPay ledger schema %1").arg(version)};
    }
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM transactions")) ||
        !query.next()) {
        return sqlError(query, QStringLiteral("reading the sequence"));
    }
    m_sequence = query.value(0).toLongLong();
    return success();
}

Result<qint64> UnionPayLedger::logRequest(const QString &path, const QString &txnType,
                                          const QString &orderId, qint64 nowMs)
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("INSERT INTO requests (path, txn_type, order_id, received_at_ms)"
                                 " VALUES (?, ?, ?, ?)"));
    query.addBindValue(path);
    query.addBindValue(txnType);
    query.addBindValue(orderId);
    query.addBindValue(nowMs);
    if (!query.exec()) {
        return sqlError(query, QStringLiteral("logging a request"));
    }
    return query.lastInsertId().toLongLong();
}

Status UnionPayLedger::logOutcome(qint64 requestId, const QString &respCode)
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("UPDATE requests SET resp_code = ? WHERE id = ?"));
    query.addBindValue(respCode);
    query.addBindValue(requestId);
    if (!query.exec()) {
        return sqlError(query, QStringLiteral("logging an outcome"));
    }
    return success();
}

Status UnionPayLedger::insert(const UnionPayTxn &txn)
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("INSERT INTO transactions (%1) VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(kColumns)));
    for (const QVariant &value :
         {QVariant(txn.orderId), QVariant(txn.queryId), QVariant(txn.txnType),
          QVariant(txn.txnSubType), QVariant(txn.txnTime), QVariant(txn.amountFen),
          QVariant(txn.status), QVariant(txn.respCode), QVariant(txn.scenario),
          QVariant(txn.qrNoMasked), QVariant(txn.qrCode), QVariant(txn.backUrl),
          QVariant(txn.origQueryId), QVariant(txn.reversedFen), QVariant(txn.createdAtMs),
          dueValue(txn), QVariant(txn.settleDate), QVariant(txn.settleDay)}) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return sqlError(query, QStringLiteral("inserting a transaction"));
    }
    return success();
}

Status UnionPayLedger::update(const UnionPayTxn &txn)
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("UPDATE transactions SET status = ?, resp_code = ?,"
                                 " reversed_fen = ?, due_at_ms = ? WHERE order_id = ?"));
    query.addBindValue(txn.status);
    query.addBindValue(txn.respCode);
    query.addBindValue(txn.reversedFen);
    query.addBindValue(dueValue(txn));
    query.addBindValue(txn.orderId);
    if (!query.exec()) {
        return sqlError(query, QStringLiteral("updating a transaction"));
    }
    return success();
}

Result<std::optional<UnionPayTxn>> UnionPayLedger::findOne(const char *column,
                                                           const QString &value) const
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT %1 FROM transactions WHERE %2 = ?")
                      .arg(QLatin1String(kColumns), QLatin1String(column)));
    query.addBindValue(value);
    if (!query.exec()) {
        return sqlError(query, QStringLiteral("finding a transaction"));
    }
    if (!query.next()) {
        return std::optional<UnionPayTxn>();
    }
    return std::optional<UnionPayTxn>(txnFrom(query));
}

Result<std::optional<UnionPayTxn>> UnionPayLedger::byOrderId(const QString &orderId) const
{
    return findOne("order_id", orderId);
}

Result<std::optional<UnionPayTxn>> UnionPayLedger::byQueryId(const QString &queryId) const
{
    return findOne("query_id", queryId);
}

Result<QList<UnionPayTxn>> UnionPayLedger::all() const
{
    QSqlQuery query(m_db.database());
    if (!query.exec(QStringLiteral("SELECT %1 FROM transactions ORDER BY id")
                        .arg(QLatin1String(kColumns)))) {
        return sqlError(query, QStringLiteral("listing transactions"));
    }
    QList<UnionPayTxn> txns;
    while (query.next()) {
        txns << txnFrom(query);
    }
    return txns;
}

Result<QList<UnionPayTxn>> UnionPayLedger::settleDue(qint64 nowMs)
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT %1 FROM transactions WHERE status = 'paying'"
                                 " AND due_at_ms IS NOT NULL AND due_at_ms <= ? ORDER BY id")
                      .arg(QLatin1String(kColumns)));
    query.addBindValue(nowMs);
    if (!query.exec()) {
        return sqlError(query, QStringLiteral("finding due transactions"));
    }
    QList<UnionPayTxn> due;
    while (query.next()) {
        due << txnFrom(query);
    }
    for (UnionPayTxn &txn : due) {
        txn.status = kSucceeded;
        txn.respCode = QStringLiteral("00");
        txn.dueAtMs.reset();
        if (auto updated = update(txn); !updated) {
            return updated.error();
        }
    }
    return due;
}

Result<QJsonObject> UnionPayLedger::report() const
{
    auto txns = all();
    if (!txns) {
        return txns.error();
    }
    QJsonArray transactions;
    for (const UnionPayTxn &txn : txns.value()) {
        transactions.append(txn.toJson());
    }
    QSqlQuery query(m_db.database());
    if (!query.exec(QStringLiteral("SELECT id, path, txn_type, order_id, received_at_ms, resp_code "
                                   "FROM requests ORDER BY id"))) {
        return sqlError(query, QStringLiteral("listing requests"));
    }
    QJsonArray requests;
    while (query.next()) {
        requests.append(QJsonObject{
            {QStringLiteral("id"), query.value(0).toLongLong()},
            {QStringLiteral("path"), query.value(1).toString()},
            {QStringLiteral("txnType"), query.value(2).toString()},
            {QStringLiteral("orderId"), query.value(3).toString()},
            {QStringLiteral("receivedAtMs"), query.value(4).toLongLong()},
            {QStringLiteral("respCode"), query.value(5).toString()},
        });
    }
    return QJsonObject{{QStringLiteral("transactions"), transactions},
                       {QStringLiteral("requests"), requests}};
}

QString UnionPayLedger::nextQueryId(qint64 nowMs)
{
    ++m_sequence;
    const QString stamp = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC)
                              .addSecs(8 * 3600)
                              .toString(QStringLiteral("yyMMddHHmmss"));
    return stamp + QStringLiteral("%1").arg(m_sequence % 1000000000, 9, 10, QLatin1Char('0'));
}

} // namespace pos::sim::unionpay
