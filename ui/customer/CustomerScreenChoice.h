#pragma once

#include <QList>

class QScreen;

namespace pos::ui {

// Which screen the customer display goes on. The configured screen when it exists and is not
// the cashier's (primary) screen; otherwise the first screen that is not the primary one;
// otherwise none (-1 / null): a single-screen counter has no customer display, and the
// customer QR is printed instead. `configuredIndex` < 0 means "not configured".
int chooseScreen(int screenCount, int primaryIndex, int configuredIndex);
QScreen *chooseScreen(const QList<QScreen *> &screens, QScreen *primary, int configuredIndex);

} // namespace pos::ui
