#include "system/AttemptHistory.h"

#include "domain/PaymentAttempt.h"
#include "storage/Database.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace pos::test {

namespace {

constexpr AttemptState kAllStates[] = {
    AttemptState::Created,   AttemptState::Sent,   AttemptState::UserPaying, AttemptState::Unknown,
    AttemptState::Succeeded, AttemptState::Failed, AttemptState::Reversed,   AttemptState::Closed,
};

// Whether `to` can be reached from `from` by one or more allowed transitions.
bool reachable(AttemptState from, AttemptState to)
{
    QSet<int> seen;
    QList<AttemptState> frontier{from};
    while (!frontier.isEmpty()) {
        const AttemptState current = frontier.takeFirst();
        for (AttemptState next : kAllStates) {
            if (!isTransitionAllowed(current, next) || seen.contains(int(next))) {
                continue;
            }
            if (next == to) {
                return true;
            }
            seen.insert(int(next));
            frontier << next;
        }
    }
    return false;
}

} // namespace

QStringList attemptHistoryProblems(storage::Database &database)
{
    QStringList problems;
    auto attempts =
        database.exec(QStringLiteral("SELECT id, out_trade_no, state FROM payment_attempts"));
    if (!attempts) {
        return {attempts.error().message};
    }
    while (attempts->next()) {
        const qint64 id = attempts->value(0).toLongLong();
        const QString number = attempts->value(1).toString();
        const QString stored = attempts->value(2).toString();
        auto events =
            database.exec(QStringLiteral("SELECT from_state, to_state FROM "
                                         "attempt_events WHERE attempt_id = ? ORDER BY id"),
                          {id});
        if (!events) {
            problems << events.error().message;
            continue;
        }
        QString last;
        int rows = 0;
        while (events->next()) {
            const QString fromName = events->value(0).toString();
            const QString toName = events->value(1).toString();
            const auto from = attemptStateFromName(fromName);
            const auto to = attemptStateFromName(toName);
            const QString step = QStringLiteral("%1: %2 -> %3").arg(number, fromName, toName);
            if (!from || !to) {
                problems << step + QStringLiteral(" names an unknown state");
            } else if (rows == 0) {
                // The insert's own row: "created -> created" for an attempt stored unsent.
                const bool legalFirst =
                    from.value() == AttemptState::Created &&
                    (to.value() == AttemptState::Created || reachable(from.value(), to.value()));
                if (!legalFirst) {
                    problems << step + QStringLiteral(" is not a legal first step");
                }
            } else if (fromName != last) {
                problems << step +
                                QStringLiteral(" does not start where the previous step ended (%1)")
                                    .arg(last);
            } else if (!isTransitionAllowed(from.value(), to.value())) {
                problems << step + QStringLiteral(" is not an allowed transition");
            }
            last = toName;
            ++rows;
        }
        if (rows == 0) {
            problems << QStringLiteral("%1 has no events").arg(number);
        } else if (last != stored) {
            problems << QStringLiteral("%1 is stored %2 but its events end in %3")
                            .arg(number, stored, last);
        }
    }
    return problems;
}

QStringList attemptStatePath(storage::Database &database, const QString &outTradeNo)
{
    QStringList path;
    auto events = database.exec(
        QStringLiteral("SELECT e.from_state, e.to_state FROM attempt_events e JOIN "
                       "payment_attempts a ON a.id = e.attempt_id WHERE a.out_trade_no = ? "
                       "ORDER BY e.id"),
        {outTradeNo});
    if (!events) {
        return {events.error().message};
    }
    while (events->next()) {
        if (path.isEmpty()) {
            path << events->value(0).toString();
        }
        path << events->value(1).toString();
    }
    return path;
}

} // namespace pos::test
