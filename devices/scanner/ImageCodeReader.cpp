#include "scanner/ImageCodeReader.h"

#include <QPainter>

#include <ZXing/ReadBarcode.h>

namespace pos::devices {

namespace {

constexpr ZXing::BarcodeFormat kLinearFormats[] = {
    ZXing::BarcodeFormat::Code128, ZXing::BarcodeFormat::EAN13, ZXing::BarcodeFormat::EAN8};

QString formatName(ZXing::BarcodeFormat format)
{
    switch (format) {
    case ZXing::BarcodeFormat::QRCode:
        return QStringLiteral("QRCode");
    case ZXing::BarcodeFormat::Code128:
        return QStringLiteral("Code128");
    case ZXing::BarcodeFormat::EAN13:
        return QStringLiteral("EAN13");
    case ZXing::BarcodeFormat::EAN8:
        return QStringLiteral("EAN8");
    default:
        return QString::fromLatin1(ZXing::ToString(format));
    }
}

// 8-bit luminance; transparent pixels count as white paper, not as black (a PNG of a code on
// a transparent background would otherwise turn into one black square).
QImage toLuminance(const QImage &image)
{
    if (!image.hasAlphaChannel()) {
        return image.convertToFormat(QImage::Format_Grayscale8);
    }
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    painter.end();
    return flat.convertToFormat(QImage::Format_Grayscale8);
}

void appendResults(const ZXing::Results &results, QList<DecodedCode> &codes)
{
    for (const ZXing::Result &result : results) {
        if (!result.isValid()) {
            continue;
        }
        QPolygon position;
        for (const ZXing::PointI &point : result.position()) {
            position << QPoint(point.x, point.y);
        }
        codes.append(
            {QString::fromStdWString(result.text()), formatName(result.format()), position});
    }
}

} // namespace

Result<QList<DecodedCode>> ImageCodeReader::read(const QImage &image)
{
    using Codes = QList<DecodedCode>;
    if (image.isNull() || image.width() <= 0 || image.height() <= 0) {
        return Result<Codes>::failure(QStringLiteral("scan.image_empty"),
                                      QStringLiteral("the image is empty"));
    }
    const qint64 pixels = qint64(image.width()) * image.height();
    if (pixels > kMaxPixels) {
        return Result<Codes>::failure(
            QStringLiteral("scan.image_too_large"),
            QStringLiteral("the image has %1 × %2 pixels; at most %3 megapixels are read")
                .arg(image.width())
                .arg(image.height())
                .arg(kMaxPixels / 1'000'000));
    }
    const QImage gray = toLuminance(image);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(),
                                ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setTryHarder(true).setTryRotate(true).setTryDownscale(true);

    // Two passes. ZXing 1.4 as Debian ships it keeps its asserts, and reading several linear
    // codes can abort the whole process: when one bar code is seen twice (in two image scales,
    // or two identical labels) it compares results in a way it only implements for one scan
    // line (upstream issue #740, fixed after 1.4). With one linear symbol per image that
    // comparison never happens; QR results are compared by position and are safe in numbers.
    Codes codes;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    appendResults(ZXing::ReadBarcodes(view, hints), codes);
    ZXing::BarcodeFormats linear;
    for (ZXing::BarcodeFormat format : kLinearFormats) {
        linear |= format;
    }
    hints.setFormats(linear).setMaxNumberOfSymbols(1);
    appendResults(ZXing::ReadBarcodes(view, hints), codes);
    return codes;
}

} // namespace pos::devices
