#pragma once

#include "settlement/ShiftService.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pos::devices {

// The slip printed when a shift closes or is handed over (交班单): terminal, shift, cashier,
// business day, from when to when, the drawer figures with the over/short, the reason and who
// signed it off, and to whom the count was handed over. Same rows for ESC/POS and text.
class ShiftSlipLayout
{
    Q_DECLARE_TR_FUNCTIONS(ShiftSlipLayout)

public:
    struct Names
    {
        QString cashier;    // "张伟 Zhang Wei (1001)"
        QString signedOff;  // the supervisor, empty when none was needed
        QString handedOver; // the next cashier, empty when the shift just closed
    };

    static QByteArray toEscPos(const settlement::ShiftClosing &closing, const Names &names,
                               const QDateTime &printedAt, int columns);
    static QString renderText(const settlement::ShiftClosing &closing, const Names &names,
                              const QDateTime &printedAt, int columns);
};

} // namespace pos::devices
