#pragma once

#include "printer/ReceiptData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pos::devices {

// Lays a receipt out for a paper width given in font-A columns. The ESC/POS bytes and the
// plain-text rendering come from the same rows, so what the simulated printer shows is what
// the real one prints: header centred and double size, items with wrapped names and
// right-aligned amounts, total bold and double height, the order number as a QR code, cut.
class ReceiptLayout
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptLayout)

public:
    static constexpr int kColumns58mm = 32;
    static constexpr int kColumns80mm = 48;
    static constexpr int kMinColumns = 24;

    // ESC/POS for the whole receipt, starting with initialize and ending with a cut.
    static QByteArray toEscPos(const ReceiptData &receipt, int columns);

    // The same layout as lines of text, each at most `columns` wide; double-size text is shown
    // at normal size, the QR code as "[QR: <order number>]" and the cut as a dashed line.
    static QString renderText(const ReceiptData &receipt, int columns);
};

} // namespace pos::devices
