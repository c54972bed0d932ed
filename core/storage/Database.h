#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace pos::storage {

// One SQLite file through Qt SQL: WAL, synchronous=FULL, foreign keys on, migrations applied
// in order and recorded in PRAGMA user_version. One Database object per thread (Qt SQL
// connections must not cross threads).
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates. `connectionName` must be unique per thread.
    Status open(const QString &path, const QString &connectionName);
    void close();
    bool isOpen() const;

    QSqlDatabase handle() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const;

    // Prepares, binds positionally and executes; the error says which statement failed.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &bindings = {}) const;

    Status begin();
    Status commit();
    void rollback();

private:
    Status applyPragmas();
    Status migrate();

    QString m_connectionName;
    QString m_path;
};

// Rolls back unless committed: every multi-statement write goes through one of these.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &started() const { return m_started; }
    Status commit();

private:
    Database &m_database;
    Status m_started;
    bool m_done = false;
};

} // namespace pos::storage
