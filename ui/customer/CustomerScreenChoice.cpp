#include "customer/CustomerScreenChoice.h"

namespace pos::ui {

int chooseScreen(int screenCount, int primaryIndex, int configuredIndex)
{
    if (primaryIndex < 0 || primaryIndex >= screenCount) {
        primaryIndex = 0; // the cashier's window opens on the first screen then
    }
    if (configuredIndex >= 0 && configuredIndex < screenCount && configuredIndex != primaryIndex) {
        return configuredIndex;
    }
    for (int index = 0; index < screenCount; ++index) {
        if (index != primaryIndex) {
            return index;
        }
    }
    return -1;
}

QScreen *chooseScreen(const QList<QScreen *> &screens, QScreen *primary, int configuredIndex)
{
    const int index =
        chooseScreen(int(screens.size()), int(screens.indexOf(primary)), configuredIndex);
    return index < 0 ? nullptr : screens.at(index);
}

} // namespace pos::ui
