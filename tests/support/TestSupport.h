#pragma once

#include <QString>
#include <QTemporaryDir>

#include <functional>

namespace pos::test {

// Runs the event loop until `condition` holds or `timeoutMs` passes; returns whether it held.
// This is how tests wait for asynchronous results: never a fixed sleep.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 10000);

// Directory under the build tree where tests leave artefacts (screenshots, receipts).
QString outputDir();

// Path of a file in tests/data.
QString dataFile(const QString &relative);

} // namespace pos::test
