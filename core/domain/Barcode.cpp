#include "domain/Barcode.h"

namespace pos::barcode {

namespace {
bool allDigits(const QString &text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}
} // namespace

int checkDigit(const QString &digitsWithoutCheck)
{
    int sum = 0;
    const qsizetype n = digitsWithoutCheck.size();
    for (qsizetype i = 0; i < n; ++i) {
        const int digit = digitsWithoutCheck.at(n - 1 - i).digitValue();
        sum += (i % 2 == 0) ? digit * 3 : digit;
    }
    return (10 - sum % 10) % 10;
}

bool isValid(const QString &code)
{
    if (!allDigits(code) || (code.size() != 13 && code.size() != 12 && code.size() != 8)) {
        return false;
    }
    return checkDigit(code.left(code.size() - 1)) == code.back().digitValue();
}

QString normalized(const QString &code)
{
    const QString trimmed = code.trimmed();
    return trimmed.size() == 12 ? QLatin1Char('0') + trimmed : trimmed;
}

} // namespace pos::barcode
