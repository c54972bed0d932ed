#pragma once

#include "SimSqlite.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pos::sim::unionpay {

// Transaction states in the sandbox's UnionPay ledger.
inline const QString kPaying = QStringLiteral("paying");     // origRespCode 05
inline const QString kSucceeded = QStringLiteral("success"); // origRespCode 00
inline const QString kFailed = QStringLiteral("failed");     // origRespCode = resp_code
inline const QString kClosed = QStringLiteral("closed");     // cancelled before payment (30)

// One transaction (consume, QR consume, cancel or refund) as UnionPay knows it.
struct UnionPayTxn
{
    QString orderId;
    QString queryId;
    QString txnType;
    QString txnSubType;
    QString txnTime;
    qint64 amountFen = 0;
    QString status;
    QString respCode; // what a query reports as origRespCode
    QString scenario;
    QString qrNoMasked;
    QString qrCode;
    QString backUrl;
    QString origQueryId;    // cancel and refund
    qint64 reversedFen = 0; // consume: refunded or cancelled so far
    qint64 createdAtMs = 0;
    std::optional<qint64> dueAtMs; // a processing transaction succeeds at this time
    QString settleDate;            // MMdd
    QString settleDay;             // yyyy-MM-dd, for the statement

    QJsonObject toJson() const;
};

// <dataDir>/unionpay/ledger.sqlite: WAL, synchronous=FULL, bound parameters only; every write
// is committed before the answer leaves.
class UnionPayLedger
{
public:
    UnionPayLedger() = default;
    UnionPayLedger(const UnionPayLedger &) = delete;
    UnionPayLedger &operator=(const UnionPayLedger &) = delete;

    Status open(const QString &path);

    Result<qint64> logRequest(const QString &path, const QString &txnType, const QString &orderId,
                              qint64 nowMs);
    Status logOutcome(qint64 requestId, const QString &respCode);

    Status insert(const UnionPayTxn &txn);
    Status update(const UnionPayTxn &txn); // status, resp_code, reversed_fen, due_at_ms
    Result<std::optional<UnionPayTxn>> byOrderId(const QString &orderId) const;
    Result<std::optional<UnionPayTxn>> byQueryId(const QString &queryId) const;
    Result<QList<UnionPayTxn>> all() const;
    // Processing transactions whose due time has come, now marked successful.
    Result<QList<UnionPayTxn>> settleDue(qint64 nowMs);
    // {"transactions": [...], "requests": [...]}
    Result<QJsonObject> report() const;

    // A fresh 21-digit queryId: yyMMddHHmmss (Beijing time) + 9-digit sequence.
    QString nextQueryId(qint64 nowMs);

private:
    Result<std::optional<UnionPayTxn>> findOne(const char *column, const QString &value) const;

    SimSqlite m_db;
    qint64 m_sequence = 0;
};

} // namespace pos::sim::unionpay
