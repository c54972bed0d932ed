#include "CommandContext.h"

#include "storage/CashierRepository.h"
#include "storage/OrderRepository.h"

namespace pos::cli {

int runOrders(CommandContext &context)
{
    int limit = 20;
    if (context.arguments.size() == 2 && context.arguments[0] == QLatin1String("--limit")) {
        bool ok = false;
        limit = context.arguments[1].toInt(&ok);
        if (!ok || limit <= 0) {
            context.err << "--limit needs a positive number" << Qt::endl;
            return kUsage;
        }
    } else if (!context.arguments.isEmpty()) {
        context.err << "usage: posctl orders [--limit N]" << Qt::endl;
        return kUsage;
    }
    auto orders = storage::OrderRepository(context.runtime.database()).recent(limit);
    if (!orders) {
        context.err << orders.error().message << Qt::endl;
        return kError;
    }
    for (const storage::OrderSummary &order : orders.value()) {
        context.out << order.id << '\t' << storage::orderStatusName(order.status) << '\t'
                    << order.total.toDecimalString() << '\t'
                    << order.businessDate.toString(Qt::ISODate) << '\t'
                    << order.createdAt.toLocalTime().toString(Qt::ISODate) << Qt::endl;
    }
    return kOk;
}

int runCashiers(CommandContext &context)
{
    auto cashiers = storage::CashierRepository(context.runtime.database()).all();
    if (!cashiers) {
        context.err << cashiers.error().message << Qt::endl;
        return kError;
    }
    for (const Cashier &cashier : cashiers.value()) {
        context.out << cashier.code << '\t' << cashier.name << '\t' << roleName(cashier.role)
                    << '\t' << (cashier.locked ? "locked" : "active") << Qt::endl;
    }
    return kOk;
}

} // namespace pos::cli
