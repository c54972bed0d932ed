#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace pos::ui {

// A fresh connection name for a pool thread (Qt SQL connections never cross threads).
QString ownConnectionName();

// Runs `work` on a pool thread and hands its result to `done` on `context`'s thread; nothing is
// delivered if `context` is gone by then.
template <typename T>
void runOffThread(QObject *context, std::function<Result<T>()> work,
                  std::function<void(Result<T>)> done)
{
    using Shared = std::shared_ptr<Result<T>>;
    auto *watcher = new QFutureWatcher<Shared>(context);
    QObject::connect(watcher, &QFutureWatcher<Shared>::finished, context,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         done(std::move(*watcher->result()));
                     });
    watcher->setFuture(QtConcurrent::run(
        [work = std::move(work)]() -> Shared { return std::make_shared<Result<T>>(work()); }));
}

// The same over its own connection to the terminal's database file, so a report over a million
// rows never stalls the counter.
template <typename T>
void runOnOwnConnection(QObject *context, const QString &databasePath,
                        std::function<Result<T>(storage::Database &)> work,
                        std::function<void(Result<T>)> done)
{
    runOffThread<T>(
        context,
        [databasePath, work = std::move(work)]() -> Result<T> {
            storage::Database database;
            if (auto opened = database.open(databasePath, ownConnectionName()); !opened) {
                return opened.error();
            }
            return work(database);
        },
        std::move(done));
}

} // namespace pos::ui
