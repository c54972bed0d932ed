// posctl outbox [retry SEQ]: what waits for head office, and an operator's retry of a rejected
// item.
#include "CommandContext.h"

#include "outbox/OutboxRepository.h"
#include "storage/AuditLog.h"

namespace pos::cli {

namespace {

constexpr const char *kOutboxUsage = "usage: posctl outbox\n"
                                     "       posctl outbox retry SEQ";

int listOutbox(CommandContext &context)
{
    outbox::OutboxRepository repository(context.runtime.database());
    auto counts = repository.counts();
    auto items = repository.unsent();
    if (!counts || !items) {
        context.err << (counts ? items.error() : counts.error()).message << Qt::endl;
        return kError;
    }
    const QUrl url = context.runtime.config().headOffice.url;
    context.out << "head office: " << (url.isEmpty() ? QStringLiteral("none") : url.toString())
                << Qt::endl;
    context.out << "waiting " << counts->waiting << ", rejected " << counts->rejected << ", sent "
                << counts->sent << Qt::endl;
    for (const outbox::OutboxItem &item : items.value()) {
        context.out << item.seq << '\t' << outbox::outboxStateName(item.state()) << '\t'
                    << item.kind << '\t' << item.key << '\t' << item.attempts << '\t'
                    << item.lastError << Qt::endl;
    }
    return kOk;
}

int retry(CommandContext &context, const QString &seqText)
{
    bool ok = false;
    const qint64 seq = seqText.toLongLong(&ok);
    if (!ok || seq <= 0) {
        context.err << "SEQ must be a positive number" << Qt::endl;
        return kUsage;
    }
    storage::Database &database = context.runtime.database();
    storage::Transaction transaction(database);
    if (!transaction.started()) {
        context.err << transaction.started().error().message << Qt::endl;
        return kError;
    }
    if (auto retried = outbox::OutboxRepository(database).retryRejected(seq); !retried) {
        context.err << retried.error().message << Qt::endl;
        return retried.error().code.startsWith(QLatin1String("outbox.")) ? kRefused : kError;
    }
    if (auto audited = storage::AuditLog(database).record(
            0, QStringLiteral("outbox.retry"),
            QStringLiteral("item %1 back in the queue").arg(seq));
        !audited) {
        context.err << audited.error().message << Qt::endl;
        return kError;
    }
    if (auto committed = transaction.commit(); !committed) {
        context.err << committed.error().message << Qt::endl;
        return kError;
    }
    context.out << "item " << seq << " is waiting again" << Qt::endl;
    return kOk;
}

} // namespace

int runOutbox(CommandContext &context)
{
    const QStringList &arguments = context.arguments;
    if (arguments.isEmpty()) {
        return listOutbox(context);
    }
    if (arguments.size() == 2 && arguments[0] == QLatin1String("retry")) {
        return retry(context, arguments[1]);
    }
    context.err << kOutboxUsage << Qt::endl;
    return kUsage;
}

} // namespace pos::cli
