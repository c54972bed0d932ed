#include "login/PinCheck.h"

#include "security/PinHasher.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace pos::ui {

void checkPinOffThread(
    QObject *context, const security::CashierAuthenticator::Ticket &ticket, const QString &pin,
    std::function<void(const security::CashierAuthenticator::Ticket &ticket, bool pinMatches)> done)
{
    auto *watcher = new QFutureWatcher<bool>(context);
    QObject::connect(watcher, &QFutureWatcher<bool>::finished, context,
                     [watcher, ticket, done = std::move(done)] {
                         watcher->deleteLater();
                         done(ticket, watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run(
        [stored = ticket.stored, pin] { return security::PinHasher::verify(pin, stored); }));
}

} // namespace pos::ui
