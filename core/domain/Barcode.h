#pragma once

#include <QString>

namespace pos {

// GTIN barcodes printed on goods: EAN-13, UPC-A (12 digits) and EAN-8, with check digits.
namespace barcode {

enum class Kind
{
    Ean13,
    UpcA,
    Ean8
};

// True when `code` is all digits of a supported length and its check digit is right.
bool isValid(const QString &code);

// The check digit (0–9) for the digits before it (GS1 mod-10, weights 3 and 1 from the right).
int checkDigit(const QString &digitsWithoutCheck);

// UPC-A codes are EAN-13 codes with a leading zero; stored in EAN-13 form so one lookup finds both.
QString normalized(const QString &code);

} // namespace barcode
} // namespace pos
