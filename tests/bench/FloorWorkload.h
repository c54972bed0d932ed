#pragma once

#include "common/Result.h"
#include "security/RsaKey.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QString>

namespace pos::bench {

// The least work one code payment must do on this machine, whatever the code around it:
// sign a request (RSA-2048, SHA-256), verify the channel's signed answer, and make two durable
// SQLite commits (the attempt written before it is sent, then its outcome). The database is a
// real file opened through storage::Database (WAL, synchronous=FULL), like the terminal's.
class FloorWorkload
{
public:
    // Creates `path` and generates the two key pairs (ours and the "channel's").
    Status open(const QString &path);
    // One round of the work; `round` makes each request and row distinct.
    Status runOnce(int round);
    // "journal_mode=wal synchronous=2", read back from the open database.
    QString pragmas() const;

private:
    security::RsaKey m_appKey;           // signs requests
    security::RsaKey m_channelPublicKey; // verifies answers
    QByteArray m_answer;                 // a signed answer of the size a pay call returns
    QByteArray m_answerSignature;
    storage::Database m_database;
};

} // namespace pos::bench
