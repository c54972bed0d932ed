#pragma once

#include "common/Result.h"
#include "domain/Cashier.h"
#include "security/PinHasher.h"

namespace pos::storage {
class Database;
}

namespace pos::security {

// Logs cashiers in by code and PIN. Five wrong PINs in a row lock the account until a
// supervisor (or admin) unlocks it; every outcome is written to the audit log.
class CashierAuthenticator
{
public:
    static constexpr int kMaxFailedAttempts = 5;

    explicit CashierAuthenticator(storage::Database &database) : m_database(database) {}

    Result<Cashier> login(const QString &code, const QString &pin);

    // The same login in two steps around the slow hash, so a GUI can run
    // PinHasher::verify(pin, ticket.stored) on a worker thread and never stall.
    struct Ticket
    {
        QString code;
        qint64 cashierId = 0; // 0: no such code (the stored hash is a decoy)
        PinHash stored;
    };
    Result<Ticket> beginLogin(const QString &code);
    Result<Cashier> finishLogin(const Ticket &ticket, bool pinMatches);
    Status unlock(const Cashier &supervisor, const QString &lockedCode);
    Result<Cashier> createCashier(const QString &code, const QString &name, Role role,
                                  const QString &pin);

private:
    storage::Database &m_database;
};

} // namespace pos::security
