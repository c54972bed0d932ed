#pragma once

#include "common/Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace pos::storage {

class Database;

// One opening of the cash drawer.
struct DrawerEvent
{
    qint64 id = 0;
    qint64 cashierId = 0; // 0 when no cashier was signed in
    QString orderId;      // empty for a "no sale" opening
    QString reason;
    qint64 openedAtMs = 0;
    qint64 closedAtMs = 0; // 0 while open or when the drawer cannot report closing

    bool isNoSale() const { return orderId.isEmpty(); }
    bool isClosed() const { return closedAtMs != 0; }
};

// Who opened the drawer, for which sale (or none), and when it was shut again: what a
// supervisor checks when the count is short. An opening is recorded before the pulse is sent.
class DrawerLog
{
public:
    explicit DrawerLog(Database &database) : m_database(database) {}

    // `orderId` empty = no sale; `cashierId` 0 = nobody signed in.
    Result<qint64> recordOpen(qint64 cashierId, const QString &orderId, const QString &reason);
    // Sets the closing time of an event still open; closing a closed event changes nothing.
    // Error "drawer.not_found" for an unknown id.
    Status markClosed(qint64 id);
    // The newest event not yet closed.
    Result<std::optional<DrawerEvent>> openEvent() const;
    // Events opened at or after `sinceMs`, oldest first.
    Result<std::vector<DrawerEvent>> list(qint64 sinceMs) const;

private:
    Database &m_database;
};

} // namespace pos::storage
