#pragma once

#include "common/Result.h"

#include <QImage>
#include <QString>

namespace pos::devices {

// QR codes for the customer to scan (C-scan-B), drawn with ZXing's writer: whole-pixel
// modules (no blur from scaling) and the 4-module quiet zone the standard asks for, so a phone
// reads it at counter distance.
class QrCodeImage
{
public:
    static constexpr int kQuietZoneModules = 4;

    // `modulePixels` pixels per module; the image is square, black on white, 8-bit grayscale.
    static Result<QImage> render(const QString &text, int modulePixels = 8);

    // Reads the first QR code in `image` back (tests, and camera frames handed in later).
    static Result<QString> decode(const QImage &image);
};

} // namespace pos::devices
