#pragma once

#include <QDateTime>
#include <QString>

namespace pos {

enum class Role
{
    Cashier = 1,
    Supervisor = 2,
    Admin = 3
};

QString roleName(Role role);
bool roleFromName(const QString &name, Role *role);

struct Cashier
{
    qint64 id = 0;
    QString code; // login code, e.g. "1001"
    QString name;
    Role role = Role::Cashier;
    int failedAttempts = 0;
    bool locked = false;

    bool hasAtLeast(Role needed) const { return int(role) >= int(needed); }
};

} // namespace pos
