#pragma once

#include "storage/Database.h"

#include <QDir>
#include <QTemporaryDir>

#include <atomic>

namespace pos::test {

// A real SQLite file in a fresh temporary directory, opened (and so migrated) through
// storage::Database under a connection name no other test uses.
class TemporaryDatabase
{
public:
    TemporaryDatabase() : m_path(QDir(m_dir.path()).filePath(QStringLiteral("pos.sqlite"))) {}

    QString path() const { return m_path; }
    bool dirIsValid() const { return m_dir.isValid(); }

    static QString uniqueConnectionName()
    {
        static std::atomic<int> counter{0};
        return QStringLiteral("core-test-%1").arg(++counter);
    }

    // Opens `database` on this file with a new connection name.
    Status openInto(storage::Database &database) const
    {
        return database.open(m_path, uniqueConnectionName());
    }

    Status open() { return openInto(m_database); }
    void close() { m_database.close(); }
    storage::Database &database() { return m_database; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    storage::Database m_database; // declared after m_dir: closed before the directory goes
};

} // namespace pos::test
