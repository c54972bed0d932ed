#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QString>

namespace pos::devices {

// Length bounds of a code a serial or HID scanner may deliver.
struct ScanLimits
{
    int minLength = 4;
    int maxLength = 256;
};

// Decodes the bytes of one scanned code (without its suffix) as Latin-1. Refuses, with a
// reason for people, a code outside the length bounds or one holding a control character
// (C0, DEL or C1): such bytes come from line noise, a misconfigured suffix or a hostile
// device, and must never reach the payment path. The reason never quotes the code.
Result<QString> decodeScannedCode(QByteArrayView bytes, const ScanLimits &limits);

} // namespace pos::devices
