#include "display/QrCodeImage.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include <stdexcept>

namespace pos::devices {

Result<QImage> QrCodeImage::render(const QString &text, int modulePixels)
{
    if (text.isEmpty() || text.size() > 2000 || modulePixels < 1 || modulePixels > 64) {
        return Result<QImage>::failure(
            QStringLiteral("qr.bad_input"),
            QStringLiteral("a QR needs 1 to 2000 characters and 1 to 64 pixels per module"));
    }
    ZXing::BitMatrix matrix;
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setMargin(0).setEncoding(ZXing::CharacterSet::UTF8).setEccLevel(2);
        matrix = writer.encode(text.toStdString(), 0, 0); // 0×0: one pixel per module
    } catch (const std::exception &error) {
        // ZXing reports encoding limits by exception; it never crosses into Qt code.
        return Result<QImage>::failure(QStringLiteral("qr.encode"),
                                       QString::fromUtf8(error.what()));
    }
    const int modules = matrix.width();
    const int side = (modules + 2 * kQuietZoneModules) * modulePixels;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            if (!matrix.get(x, y)) {
                continue;
            }
            const int left = (x + kQuietZoneModules) * modulePixels;
            const int top = (y + kQuietZoneModules) * modulePixels;
            for (int row = top; row < top + modulePixels; ++row) {
                uchar *line = image.scanLine(row);
                std::fill(line + left, line + left + modulePixels, uchar(0));
            }
        }
    }
    return image;
}

Result<QString> QrCodeImage::decode(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(),
                                ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid()) {
        return Result<QString>::failure(QStringLiteral("qr.unreadable"),
                                        QStringLiteral("no QR code found in the image"));
    }
    return QString::fromStdWString(result.text());
}

} // namespace pos::devices
