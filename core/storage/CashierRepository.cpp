#include "storage/CashierRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace pos::storage {

namespace {
constexpr const char *kColumns = "id, code, name, role, failed_attempts, locked";

Cashier cashierFrom(const QSqlQuery &query)
{
    Cashier cashier;
    cashier.id = query.value(0).toLongLong();
    cashier.code = query.value(1).toString();
    cashier.name = query.value(2).toString();
    roleFromName(query.value(3).toString(), &cashier.role);
    cashier.failedAttempts = query.value(4).toInt();
    cashier.locked = query.value(5).toInt() != 0;
    return cashier;
}
} // namespace

Result<Cashier> CashierRepository::create(const QString &code, const QString &name, Role role,
                                          const security::PinHash &pin)
{
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO cashiers (code, name, role, pin_salt, pin_hash, "
                       "pin_iterations) VALUES (?, ?, ?, ?, ?, ?)"),
        {code, name, roleName(role), pin.salt, pin.hash, pin.iterations});
    if (!inserted) {
        return inserted.error();
    }
    return findByCode(code);
}

Result<Cashier> CashierRepository::findByCode(const QString &code) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT %1 FROM cashiers WHERE code = ?").arg(QLatin1String(kColumns)),
        {code});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Result<Cashier>::failure(QStringLiteral("cashier.not_found"),
                                        QStringLiteral("no cashier %1").arg(code));
    }
    return cashierFrom(query.value());
}

Result<security::PinHash> CashierRepository::pinHashOf(qint64 cashierId) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT pin_salt, pin_hash, pin_iterations FROM cashiers WHERE id = ?"),
        {cashierId});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Result<security::PinHash>::failure(QStringLiteral("cashier.not_found"),
                                                  QStringLiteral("no such cashier"));
    }
    return security::PinHash{query->value(0).toByteArray(), query->value(1).toByteArray(),
                             query->value(2).toInt()};
}

Status CashierRepository::setFailures(qint64 cashierId, int failedAttempts, bool locked)
{
    auto updated = m_database.exec(
        QStringLiteral("UPDATE cashiers SET failed_attempts = ?, locked = ? WHERE id = ?"),
        {failedAttempts, locked ? 1 : 0, cashierId});
    if (!updated) {
        return updated.error();
    }
    return success();
}

Result<std::vector<Cashier>> CashierRepository::all() const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT %1 FROM cashiers ORDER BY code").arg(QLatin1String(kColumns)));
    if (!query) {
        return query.error();
    }
    std::vector<Cashier> cashiers;
    while (query->next()) {
        cashiers.push_back(cashierFrom(query.value()));
    }
    return cashiers;
}

} // namespace pos::storage
