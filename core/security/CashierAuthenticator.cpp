#include "security/CashierAuthenticator.h"

#include "security/PinHasher.h"
#include "storage/AuditLog.h"
#include "storage/CashierRepository.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSecurity, "pos.security")

namespace pos::security {

namespace {
Error loginRefused()
{
    // The same message for an unknown code and a wrong PIN, so codes cannot be probed.
    return Error{QStringLiteral("auth.wrong_pin"), QStringLiteral("wrong cashier code or PIN")};
}
} // namespace

Result<CashierAuthenticator::Ticket> CashierAuthenticator::beginLogin(const QString &code)
{
    storage::CashierRepository cashiers(m_database);
    auto found = cashiers.findByCode(code.trimmed());
    if (!found) {
        // Spend the same hashing time as for a real account, so timing does not reveal codes.
        static const PinHash decoy = PinHasher::hash(QStringLiteral("000000"));
        return Ticket{code.trimmed(), 0, decoy};
    }
    if (found->locked) {
        (void)storage::AuditLog(m_database)
            .record(found->id, QStringLiteral("login.locked"), found->code);
        return Result<Ticket>::failure(
            QStringLiteral("auth.locked"),
            QStringLiteral("account %1 is locked: a supervisor must unlock it").arg(found->code));
    }
    auto stored = cashiers.pinHashOf(found->id);
    if (!stored) {
        return stored.error();
    }
    return Ticket{found->code, found->id, stored.value()};
}

Result<Cashier> CashierAuthenticator::finishLogin(const Ticket &ticket, bool pinMatches)
{
    storage::CashierRepository cashiers(m_database);
    storage::AuditLog audit(m_database);
    if (ticket.cashierId == 0) {
        (void)audit.record(0, QStringLiteral("login.unknown_code"), ticket.code.left(16));
        return loginRefused();
    }
    // Re-read: the failure count may have moved since beginLogin.
    auto found = cashiers.findByCode(ticket.code);
    if (!found) {
        return loginRefused();
    }
    Cashier cashier = found.value();
    if (cashier.locked) {
        return Result<Cashier>::failure(
            QStringLiteral("auth.locked"),
            QStringLiteral("account %1 is locked: a supervisor must unlock it").arg(cashier.code));
    }
    if (!pinMatches) {
        cashier.failedAttempts += 1;
        cashier.locked = cashier.failedAttempts >= kMaxFailedAttempts;
        if (auto saved = cashiers.setFailures(cashier.id, cashier.failedAttempts, cashier.locked);
            !saved) {
            return saved.error();
        }
        (void)audit.record(cashier.id,
                           cashier.locked ? QStringLiteral("login.lockout")
                                          : QStringLiteral("login.wrong_pin"),
                           QStringLiteral("failures=%1").arg(cashier.failedAttempts));
        qCWarning(lcSecurity) << "wrong PIN for cashier" << cashier.code << "failures"
                              << cashier.failedAttempts;
        if (cashier.locked) {
            return Result<Cashier>::failure(
                QStringLiteral("auth.locked"),
                QStringLiteral("too many wrong PINs: account %1 is now locked").arg(cashier.code));
        }
        return loginRefused();
    }
    if (cashier.failedAttempts != 0) {
        cashier.failedAttempts = 0;
        if (auto saved = cashiers.setFailures(cashier.id, 0, false); !saved) {
            return saved.error();
        }
    }
    (void)audit.record(cashier.id, QStringLiteral("login.ok"), cashier.code);
    return cashier;
}

Result<Cashier> CashierAuthenticator::login(const QString &code, const QString &pin)
{
    auto ticket = beginLogin(code);
    if (!ticket) {
        return ticket.error();
    }
    return finishLogin(ticket.value(), PinHasher::verify(pin, ticket->stored));
}

Status CashierAuthenticator::unlock(const Cashier &supervisor, const QString &lockedCode)
{
    if (!supervisor.hasAtLeast(Role::Supervisor)) {
        return Error{QStringLiteral("auth.not_allowed"),
                     QStringLiteral("only a supervisor can unlock an account")};
    }
    storage::CashierRepository cashiers(m_database);
    auto found = cashiers.findByCode(lockedCode);
    if (!found) {
        return found.error();
    }
    if (auto saved = cashiers.setFailures(found->id, 0, false); !saved) {
        return saved;
    }
    return storage::AuditLog(m_database)
        .record(supervisor.id, QStringLiteral("cashier.unlock"), lockedCode);
}

Result<Cashier> CashierAuthenticator::createCashier(const QString &code, const QString &name,
                                                    Role role, const QString &pin)
{
    if (!PinHasher::isWellFormed(pin)) {
        return Result<Cashier>::failure(QStringLiteral("auth.bad_pin"),
                                        QStringLiteral("a PIN is 4 to 8 digits"));
    }
    return storage::CashierRepository(m_database).create(code, name, role, PinHasher::hash(pin));
}

} // namespace pos::security
