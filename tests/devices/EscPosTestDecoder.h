#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace pos::test {

// One printed line with the modes in force when its first character (or its LF) arrived.
struct DecodedLine
{
    QString text;
    int alignment = 0; // 0 left, 1 centre, 2 right
    bool bold = false;
    int underline = 0;
    int widthMultiplier = 1;
    int heightMultiplier = 1;
};

struct DecodedPrint
{
    std::vector<DecodedLine> lines;
    int initializeCount = 0;
    int cutCount = 0;
    int drawerPulseCount = 0;
    bool chineseMode = false;
    QList<QByteArray> qrPayloads; // printed QR codes (store + print)
    QList<QByteArray> barcodes;   // CODE128 payloads as sent (with the {B prefix)
    QStringList problems;         // unknown or truncated commands

    QStringList texts() const;
};

// A deliberately small ESC/POS interpreter, written apart from the encoder, so tests check
// what a printer would do with the bytes rather than how the encoder built them.
class EscPosTestDecoder
{
public:
    static DecodedPrint decode(const QByteArray &bytes);
};

} // namespace pos::test
