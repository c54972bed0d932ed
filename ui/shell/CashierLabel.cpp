#include "shell/CashierLabel.h"

#include "storage/CashierRepository.h"

namespace pos::ui {

std::optional<QString> cashierLabel(storage::Database &database, qint64 cashierId)
{
    if (auto everyone = storage::CashierRepository(database).all()) {
        for (const Cashier &person : everyone.value()) {
            if (person.id == cashierId) {
                return QStringLiteral("%1 (%2)").arg(person.name, person.code);
            }
        }
    }
    return std::nullopt;
}

} // namespace pos::ui
