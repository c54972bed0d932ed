#pragma once

#include "common/Result.h"

#include <QImage>
#include <QList>
#include <QPolygon>
#include <QString>

namespace pos::devices {

// One code found in an image. `format` is a stable name: "QRCode", "Code128", "EAN13", "EAN8".
// `position` holds the code's corners in image pixels: top-left, top-right, bottom-right,
// bottom-left as the code is read (a rotated code has rotated corners).
struct DecodedCode
{
    QString text;
    QString format;
    QPolygon position;
};

// Reads the codes a counter sees in a still image or a camera frame with ZXing: QR (customer
// payment codes, C-scan-B tests), Code 128 (payment codes shown as a bar code) and EAN-13 /
// EAN-8 (goods). UPC-A is left out on purpose: with it, ZXing reports an EAN-13 that starts
// with 0 as a 12-digit UPC-A, and the catalogue knows goods by their 13 digits. Rotated codes
// are found too (try harder, rotations on).
class ImageCodeReader
{
public:
    // Bigger frames are refused rather than decoded: 20 MP already takes long enough to stall
    // a worker, and no camera at a counter needs more.
    static constexpr qint64 kMaxPixels = 20'000'000;

    // Codes found: every QR code, then at most one linear code (see the .cpp for why); an
    // image without a code gives an empty list. A null or empty image ("scan.image_empty") or one
    // above kMaxPixels
    // ("scan.image_too_large") is an error.
    static Result<QList<DecodedCode>> read(const QImage &image);
};

} // namespace pos::devices
