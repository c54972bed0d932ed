#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace pos::storage {

class Database;

// Every asynchronous notification the terminal received, accepted or rejected, with where it
// came from ("local" endpoint or head-office "relay"). An accepted notification is stored once
// per (channel, dedup key): a provider's retry or a replay is recognised as a duplicate.
struct NotificationRecord
{
    QString channel;
    QString dedupKey; // the provider's notification id, or a hash of the body
    QString event;    // "payment" or "refund"
    QString outTradeNo;
    QString outRequestNo;
    QString detail; // what we made of it (or why it was rejected)
    QString via;    // "local" or "relay"
};

class NotificationRepository
{
public:
    explicit NotificationRepository(Database &database) : m_database(database) {}

    // Stores an accepted notification durably. Returns false when the same one was already
    // accepted (a duplicate), true when this call stored it.
    Result<bool> acceptOnce(const NotificationRecord &record);
    Status reject(const NotificationRecord &record);
    Result<int> countAccepted(const QString &channel) const;
    // Attempts we closed although an accepted notification since `sinceMs` said they were paid:
    // recovery confirms them again (the process may have died before the confirming query).
    Result<QStringList> closedButNotifiedPaid(qint64 sinceMs) const;
    Result<int> countRejected(const QString &channel) const;

private:
    Result<int> count(const QString &channel, const QString &verdict) const;

    Database &m_database;
};

} // namespace pos::storage
