#include "storage/Database.h"

#include "storage/Migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcStorage, "pos.storage")

namespace pos::storage {

namespace {
Error sqlError(const QString &what, const QSqlError &error)
{
    return Error{QStringLiteral("storage.sql"), QStringLiteral("%1: %2").arg(what, error.text())};
}
} // namespace

Database::~Database()
{
    close();
}

Status Database::open(const QString &path, const QString &connectionName)
{
    close();
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_connectionName = connectionName;
    m_path = path;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const Error error =
            sqlError(QStringLiteral("cannot open database %1").arg(path), db.lastError());
        close();
        return error;
    }
    if (auto pragmas = applyPragmas(); !pragmas) {
        close();
        return pragmas;
    }
    if (auto migrated = migrate(); !migrated) {
        close();
        return migrated;
    }
    return success();
}

void Database::close()
{
    if (m_connectionName.isEmpty()) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery query(handle());
    if (!query.prepare(sql)) {
        return sqlError(QStringLiteral("prepare failed for [%1]").arg(sql.simplified()),
                        query.lastError());
    }
    for (const QVariant &value : bindings) {
        // A null QString means "empty text" in our code; SQL NULL is always an explicit QVariant().
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (!query.exec()) {
        return sqlError(QStringLiteral("statement failed [%1]").arg(sql.simplified()),
                        query.lastError());
    }
    return query;
}

Status Database::applyPragmas()
{
    // WAL keeps readers off the writer's back; FULL makes a commit survive power loss, which
    // the write-ahead rule for payments depends on.
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        QSqlQuery query(handle());
        if (!query.exec(QString::fromLatin1(pragma))) {
            return sqlError(QString::fromLatin1(pragma), query.lastError());
        }
    }
    return success();
}

int Database::schemaVersion() const
{
    QSqlQuery query(handle());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
        return query.value(0).toInt();
    }
    return -1;
}

Status Database::migrate()
{
    const auto &migrations = allMigrations();
    const int current = schemaVersion();
    if (current > int(migrations.size())) {
        return Error{QStringLiteral("storage.too_new"),
                     QStringLiteral(
                         "database schema %1 is newer than this program (%2); upgrade the program")
                         .arg(current)
                         .arg(migrations.size())};
    }
    for (int version = current + 1; version <= int(migrations.size()); ++version) {
        Transaction transaction(*this);
        if (!transaction.started()) {
            return transaction.started();
        }
        for (const QString &statement : migrations[size_t(version - 1)]) {
            if (auto result = exec(statement); !result) {
                return result.error();
            }
        }
        // PRAGMA does not take bound parameters; the version is our own integer.
        if (auto result = exec(QStringLiteral("PRAGMA user_version = %1").arg(version)); !result) {
            return result.error();
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed;
        }
        qCInfo(lcStorage) << "migrated" << m_path << "to schema" << version;
    }
    return success();
}

Status Database::begin()
{
    if (!handle().transaction()) {
        return sqlError(QStringLiteral("begin transaction"), handle().lastError());
    }
    return success();
}

Status Database::commit()
{
    if (!handle().commit()) {
        return sqlError(QStringLiteral("commit"), handle().lastError());
    }
    return success();
}

void Database::rollback()
{
    handle().rollback();
}

Transaction::Transaction(Database &database) : m_database(database), m_started(database.begin()) {}

Transaction::~Transaction()
{
    if (m_started && !m_done) {
        m_database.rollback();
    }
}

Status Transaction::commit()
{
    m_done = true;
    return m_database.commit();
}

} // namespace pos::storage
