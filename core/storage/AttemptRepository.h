#pragma once

#include "common/Result.h"
#include "domain/PaymentAttempt.h"

#include <QStringList>

#include <vector>

namespace pos::storage {

class Database;

// Durable payment attempts. Every state change is one committed transaction that also appends
// an attempt_events row, so the history of each attempt can be followed.
class AttemptRepository
{
public:
    explicit AttemptRepository(Database &database) : m_database(database) {}

    // Inserts the attempt in its current state (Created, or Sent when the caller records the
    // write-ahead and the send decision in one commit) and fills in `attempt.id`.
    // Refuses a duplicate out_trade_no.
    Status insert(PaymentAttempt &attempt);
    // Persists `attempt` (already transitioned in memory) only if the stored state is still
    // `expectedFrom`, so two paths racing on one attempt cannot both win.
    Status saveTransition(const PaymentAttempt &attempt, AttemptState expectedFrom);

    // Durably records that the money of this attempt (if any) must go back.
    Status markCancelRequested(const QString &outTradeNo);
    // Succeeded attempts marked cancel-requested whose money is not yet fully on its way back.
    Result<std::vector<PaymentAttempt>> listToReturn() const;
    // Open orders with at least one kept successful attempt: recovery checks whether they are
    // paid in full (the process may have died between the success and the order's flip).
    Result<QStringList> openOrdersWithSuccesses() const;

    Result<PaymentAttempt> findByOutTradeNo(const QString &outTradeNo) const;
    Result<std::vector<PaymentAttempt>> listForOrder(const QString &orderId) const;
    // Whether cash was taken for the order (a succeeded cash attempt): the drawer must open.
    Result<bool> tookCash(const QString &orderId) const;
    // Attempts not in a settled state (Created, Sent, UserPaying, Unknown, PendingStatement).
    Result<std::vector<PaymentAttempt>> listUnresolved() const;

private:
    Result<std::vector<PaymentAttempt>> select(const QString &where,
                                               const QVariantList &bindings) const;

    Database &m_database;
};

} // namespace pos::storage
