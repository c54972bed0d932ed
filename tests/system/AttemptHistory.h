#pragma once

#include <QString>
#include <QStringList>

namespace pos::storage {
class Database;
}

namespace pos::test {

// Checks every payment attempt's attempt_events rows, in order, against the domain's state
// machine: the first row leaves "created" (it may stay there, for an attempt stored unsent, or
// cover several legal steps committed at once, as cash is stored born succeeded), each later row
// starts where the previous one ended and is a transition isTransitionAllowed() permits, and the
// last row ends in the attempt's stored state. Returns one line per problem; empty when every
// history is a legal path.
QStringList attemptHistoryProblems(storage::Database &database);

// The states one attempt went through according to its events: "created", "sent", ...
QStringList attemptStatePath(storage::Database &database, const QString &outTradeNo);

} // namespace pos::test
