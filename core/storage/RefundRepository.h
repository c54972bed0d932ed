#pragma once

#include "common/Result.h"
#include "domain/Refund.h"

#include <vector>

namespace pos::storage {

class Database;

// Durable refunds. The database refuses (trigger refunds_within_paid) any insert that would take
// the refunds of one attempt, failed ones excepted, above what the attempt was paid: the cap
// holds whatever path or process inserts.
class RefundRepository
{
public:
    explicit RefundRepository(Database &database) : m_database(database) {}

    // Stores the refund in its current state (write-ahead: before any request leaves) and fills
    // in `refund.id`. Error code "refund.over_cap" when the cap would be exceeded.
    Status insert(Refund &refund);
    // Persists a transition made in memory, only if the stored state is still `expectedFrom`.
    Status saveTransition(const Refund &refund, RefundState expectedFrom);

    Result<Refund> findByOutRequestNo(const QString &outRequestNo) const;
    Result<std::vector<Refund>> listForAttempt(qint64 attemptId) const;
    Result<std::vector<Refund>> listForOrder(const QString &orderId) const;
    // Sent, Processing, Unknown: what recovery drives. ByHand tasks are listed separately.
    Result<std::vector<Refund>> listUnresolved() const;
    Result<std::vector<Refund>> listByHandOpen() const;
    // Sum of the attempt's refunds that are not Failed (done, under way, or by hand).
    Result<Money> committedFor(qint64 attemptId, const QString &currency) const;
    // Number of refunds ever stored for the attempt (for the next out_request_no).
    Result<int> countFor(qint64 attemptId) const;
    // Automatic refunds of the attempt the channel refused (Failed).
    Result<int> countRefusedAutomatic(qint64 attemptId) const;

private:
    Result<std::vector<Refund>> select(const QString &where, const QVariantList &bindings) const;

    Database &m_database;
};

} // namespace pos::storage
