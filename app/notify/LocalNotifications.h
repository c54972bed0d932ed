#pragma once

#include "notify/NotificationEndpoint.h"

#include <QString>

#include <memory>

namespace pos::runtime {
class TerminalRuntime;
}

namespace pos::notify {

// The local notification endpoint of one terminal process, as the terminal and posctl start it.
struct LocalNotifications
{
    std::unique_ptr<NotificationEndpoint> endpoint; // null when not started
    QString notifyBase; // what the channels are told (base of notify_url); empty when nothing
    QString problem;    // why it could not start; empty when it started or was not wanted
};

// Starts the endpoint when the configuration's [notify] enabled is true, or in demo mode, on
// notify.listen:notify.port, and tells the runtime's channels where notifications go:
// notify.public_url when set, else the address it listens on. When it cannot listen the reason
// is logged (pos.notify.endpoint) and returned, and the terminal carries on: QR payments are
// then settled by polling alone.
LocalNotifications startLocalNotifications(runtime::TerminalRuntime &runtime, bool demo);

} // namespace pos::notify
