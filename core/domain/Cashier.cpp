#include "domain/Cashier.h"

namespace pos {

QString roleName(Role role)
{
    switch (role) {
    case Role::Cashier:
        return QStringLiteral("cashier");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

bool roleFromName(const QString &name, Role *role)
{
    for (Role candidate : {Role::Cashier, Role::Supervisor, Role::Admin}) {
        if (roleName(candidate) == name) {
            *role = candidate;
            return true;
        }
    }
    return false;
}

} // namespace pos
