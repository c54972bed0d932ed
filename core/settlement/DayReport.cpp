#include "settlement/DayReport.h"

namespace pos::settlement {

QString reportTypeName(DayReport::Type type)
{
    return type == DayReport::Type::Z ? QStringLiteral("Z") : QStringLiteral("X");
}

} // namespace pos::settlement
