#pragma once

#include "common/Result.h"
#include "domain/Cashier.h"
#include "security/PinHasher.h"

#include <vector>

namespace pos::storage {

class Database;

class CashierRepository
{
public:
    explicit CashierRepository(Database &database) : m_database(database) {}

    Result<Cashier> create(const QString &code, const QString &name, Role role,
                           const security::PinHash &pin);
    Result<Cashier> findByCode(const QString &code) const;
    Result<security::PinHash> pinHashOf(qint64 cashierId) const;
    Status setFailures(qint64 cashierId, int failedAttempts, bool locked);
    Result<std::vector<Cashier>> all() const;

private:
    Database &m_database;
};

} // namespace pos::storage
