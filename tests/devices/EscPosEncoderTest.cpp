#include "printer/EscPosEncoder.h"

#include <gtest/gtest.h>

using pos::devices::EscPosEncoder;

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}
} // namespace

TEST(EscPosEncoder, InitializeIsEscAt)
{
    EXPECT_EQ(EscPosEncoder().initialize().bytes(), hex("1b40"));
}

TEST(EscPosEncoder, AlignSelectsLeftCentreRight)
{
    using A = EscPosEncoder::Alignment;
    EXPECT_EQ(EscPosEncoder().align(A::Left).bytes(), hex("1b6100"));
    EXPECT_EQ(EscPosEncoder().align(A::Center).bytes(), hex("1b6101"));
    EXPECT_EQ(EscPosEncoder().align(A::Right).bytes(), hex("1b6102"));
}

TEST(EscPosEncoder, BoldAndUnderline)
{
    EXPECT_EQ(EscPosEncoder().bold(true).bold(false).bytes(), hex("1b4501 1b4500"));
    EXPECT_EQ(EscPosEncoder().underline(1).underline(2).underline(0).bytes(),
              hex("1b2d01 1b2d02 1b2d00"));
    EXPECT_EQ(EscPosEncoder().underline(7).bytes(), hex("1b2d02")); // clamped to 2 dots
}

TEST(EscPosEncoder, SizeHighNibbleIsWidthLowNibbleIsHeight)
{
    EXPECT_EQ(EscPosEncoder().doubleSize(true, true).bytes(), hex("1d2111"));
    EXPECT_EQ(EscPosEncoder().doubleSize(false, true).bytes(), hex("1d2101"));
    EXPECT_EQ(EscPosEncoder().doubleSize(true, false).bytes(), hex("1d2110"));
    EXPECT_EQ(EscPosEncoder().doubleSize(false, false).bytes(), hex("1d2100"));
    EXPECT_EQ(EscPosEncoder().characterSize(3, 2).bytes(), hex("1d2121"));
    EXPECT_EQ(EscPosEncoder().characterSize(9, 0).bytes(), hex("1d2170"));
}

TEST(EscPosEncoder, CodeTableIsEscT)
{
    EXPECT_EQ(EscPosEncoder().codeTable(0).codeTable(16).bytes(), hex("1b7400 1b7410"));
    EXPECT_EQ(EscPosEncoder().codeTable(300).bytes(), hex("1b74ff"));
}

TEST(EscPosEncoder, ChineseModeOnAndOff)
{
    EXPECT_EQ(EscPosEncoder().chineseMode(true).chineseMode(false).bytes(), hex("1c26 1c2e"));
}

TEST(EscPosEncoder, ChineseTextIsGb18030)
{
    // 收 = CA D5, 银 = D2 F8 in GB2312/GBK/GB18030 (checked against glibc iconv).
    EXPECT_EQ(EscPosEncoder().text(QStringLiteral("收银")).bytes(), hex("cad5 d2f8"));
    EXPECT_EQ(EscPosEncoder().text(QStringLiteral("合计 12.30")).bytes(),
              hex("bacf bcc6 20 31322e3330"));
    EXPECT_EQ(EscPosEncoder::toGb18030(QStringLiteral("收银台")), hex("cad5 d2f8 cca8"));
}

TEST(EscPosEncoder, YenSignIsPrintedAsFullwidthYuan)
{
    // U+00A5 would be the four bytes 81 30 84 36; U+FFE5 is A3 A4.
    EXPECT_EQ(EscPosEncoder::toGb18030(QString(QChar(0x00A5))), hex("81308436"));
    EXPECT_EQ(EscPosEncoder().text(QString(QChar(0x00A5)) + QStringLiteral("5")).bytes(),
              hex("a3a4 35"));
    EXPECT_EQ(EscPosEncoder().text(QStringLiteral("￥5")).bytes(), hex("a3a4 35"));
}

TEST(EscPosEncoder, TextCannotSmuggleCommands)
{
    // DLE EOT (status request), ESC @ and GS V (cut) inside data are dropped; LF stays a line.
    const QString hostile = QStringLiteral("A\x10\x04"
                                           "B\x1b@C\x1dV") +
                            QChar(0x0009) + QStringLiteral("D\nE");
    EXPECT_EQ(EscPosEncoder().text(hostile).bytes(), QByteArray("AB@CV D\nE"));
}

TEST(EscPosEncoder, CharactersOutsideGbkPrintAsQuestionMark)
{
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80"); // U+1F600
    EXPECT_EQ(EscPosEncoder().text(QStringLiteral("a") + emoji + QStringLiteral("b")).bytes(),
              QByteArray("a?b"));
}

TEST(EscPosEncoder, NewlineFeedAndCut)
{
    EXPECT_EQ(EscPosEncoder().newline().bytes(), hex("0a"));
    EXPECT_EQ(EscPosEncoder().line(QStringLiteral("ok")).bytes(), hex("6f6b 0a"));
    EXPECT_EQ(EscPosEncoder().feed(3).bytes(), hex("1b6403"));
    EXPECT_EQ(EscPosEncoder().cut(4).bytes(), hex("1d564204"));
    EXPECT_EQ(EscPosEncoder().cut().bytes(), hex("1d564203"));
}

TEST(EscPosEncoder, DrawerPulse)
{
    EXPECT_EQ(EscPosEncoder().drawerPulse().bytes(), hex("1b700019fa"));
    EXPECT_EQ(EscPosEncoder().drawerPulse(EscPosEncoder::DrawerPin::Pin5).bytes(),
              hex("1b700119fa"));
}

TEST(EscPosEncoder, QrCodeModelSizeLevelStorePrint)
{
    EXPECT_EQ(EscPosEncoder().qrCode("ABC").bytes(),
              hex("1d286b040031413200"     // model 2
                  "1d286b0300314306"       // module size 6
                  "1d286b0300314531"       // error level M
                  "1d286b0600315030414243" // store: pL = 3 + 3
                  "1d286b0300315130"));    // print
    EXPECT_EQ(EscPosEncoder().qrCode("x", 4, EscPosEncoder::QrErrorLevel::H).bytes(),
              hex("1d286b040031413200 1d286b0300314304 1d286b0300314533"
                  "1d286b04003150 30 78 1d286b0300315130"));
}

TEST(EscPosEncoder, QrCodeLengthIsLittleEndian)
{
    const QByteArray data(300, 'z'); // 303 = 0x012F
    const QByteArray bytes = EscPosEncoder().qrCode(data).bytes();
    EXPECT_TRUE(bytes.contains(hex("1d286b2f01315030") + data));
}

TEST(EscPosEncoder, QrCodeRefusesOversizedOrEmptyData)
{
    EXPECT_TRUE(EscPosEncoder()
                    .qrCode(QByteArray(EscPosEncoder::kMaxQrDataBytes + 1, '1'))
                    .bytes()
                    .isEmpty());
    EXPECT_TRUE(EscPosEncoder().qrCode(QByteArray()).bytes().isEmpty());
}

TEST(EscPosEncoder, Code128UsesCodeSetBAndEscapesBrace)
{
    EXPECT_EQ(EscPosEncoder().barcode128("A{1").bytes(),
              hex("1d4802 1d6850 1d7702 1d6b49 06 7b42 41 7b7b 31"));
    EXPECT_EQ(EscPosEncoder().barcode128("12", 100, 3).bytes(),
              hex("1d4802 1d6864 1d7703 1d6b49 04 7b42 3132"));
    EXPECT_TRUE(EscPosEncoder().barcode128("bad\x01").bytes().isEmpty());
}

TEST(EscPosEncoder, CommandsChainInOrder)
{
    EscPosEncoder e;
    e.initialize()
        .chineseMode(true)
        .align(EscPosEncoder::Alignment::Center)
        .bold(true)
        .line(QStringLiteral("收银"));
    EXPECT_EQ(e.bytes(), hex("1b40 1c26 1b6101 1b4501 cad5d2f8 0a"));
    e.clear();
    EXPECT_TRUE(e.bytes().isEmpty());
}
