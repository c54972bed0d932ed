#pragma once

#include "security/CashierAuthenticator.h"

#include <QObject>

#include <functional>

namespace pos::ui {

// Checks `pin` against the ticket's stored hash on a worker thread (PBKDF2 takes ~100 ms, the
// counter must never freeze) and calls `done` back on `context`'s thread with the answer.
void checkPinOffThread(
    QObject *context, const security::CashierAuthenticator::Ticket &ticket, const QString &pin,
    std::function<void(const security::CashierAuthenticator::Ticket &ticket, bool pinMatches)>
        done);

} // namespace pos::ui
