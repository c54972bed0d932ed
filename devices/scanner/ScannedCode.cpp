#include "scanner/ScannedCode.h"

#include <QCoreApplication>

namespace pos::devices {

namespace {
bool isPrintableLatin1(unsigned char byte)
{
    return (byte >= 0x20 && byte < 0x7F) || byte >= 0xA0;
}

} // namespace

Result<QString> decodeScannedCode(QByteArrayView bytes, const ScanLimits &limits)
{
    if (bytes.size() < limits.minLength) {
        return Result<QString>::failure(
            QStringLiteral("scan.too_short"),
            QCoreApplication::translate("ScannedCode",
                                        "scanned code too short (%1 characters, minimum %2)")
                .arg(bytes.size())
                .arg(limits.minLength));
    }
    if (bytes.size() > limits.maxLength) {
        return Result<QString>::failure(
            QStringLiteral("scan.too_long"),
            QCoreApplication::translate("ScannedCode",
                                        "scanned code too long (%1 characters, maximum %2)")
                .arg(bytes.size())
                .arg(limits.maxLength));
    }
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (!isPrintableLatin1(byte)) {
            return Result<QString>::failure(
                QStringLiteral("scan.not_printable"),
                QCoreApplication::translate(
                    "ScannedCode", "scanned code holds a non-printable byte 0x%1 at position %2")
                    .arg(byte, 2, 16, QLatin1Char('0'))
                    .arg(i + 1));
        }
    }
    return QString::fromLatin1(bytes.data(), bytes.size());
}

} // namespace pos::devices
