#include "dayend/OwnConnectionTask.h"

#include <atomic>

namespace pos::ui {

QString ownConnectionName()
{
    static std::atomic<quint64> next{0};
    return QStringLiteral("pos-task-%1").arg(++next);
}

} // namespace pos::ui
