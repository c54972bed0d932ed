#include "printer/ServicePages.h"

#include "printer/EscPosEncoder.h"
#include "printer/TextColumns.h"

#include <QLocale>

namespace pos::devices {

namespace {

using Alignment = EscPosEncoder::Alignment;
constexpr int kCutFeedLines = 4;

QString ruler(int columns)
{
    QString digits;
    for (int i = 1; i <= columns; ++i) {
        digits.append(QChar(u'0' + i % 10));
    }
    return digits;
}

} // namespace

PrintablePage ServicePages::testPage(const QString &shopName, const QString &terminalId,
                                     const QDateTime &now, int columns)
{
    const QString title = tr("PRINTER TEST");
    const QString when = QLocale::system().toString(now.toLocalTime(), QLocale::ShortFormat);
    const QString who = tr("Terminal %1").arg(terminalId);
    const QString chinese = QStringLiteral("中文打印测试 ￥12.30");
    const QString english = QStringLiteral("Latin text 0123456789");
    const QByteArray barcode =
        terminalId.toLatin1().isEmpty() ? QByteArray("TEST") : terminalId.toLatin1();

    EscPosEncoder page;
    page.initialize().chineseMode(true).align(Alignment::Center).doubleSize(true, true);
    page.line(title).doubleSize(false, false);
    page.line(shopName).line(who).line(when);
    page.align(Alignment::Left).line(ruler(columns));
    page.bold(true).line(tr("Bold")).bold(false);
    page.underline(1).line(tr("Underlined")).underline(0);
    page.line(chinese).line(english);
    page.align(Alignment::Center).barcode128(barcode, 60, 2).newline();
    page.qrCode(QByteArray("POS TEST ") + barcode, 6).newline();
    page.cut(kCutFeedLines);

    QStringList text{TextColumns::centred(title, columns),
                     TextColumns::centred(shopName, columns),
                     TextColumns::centred(who, columns),
                     TextColumns::centred(when, columns),
                     ruler(columns),
                     tr("Bold"),
                     tr("Underlined"),
                     chinese,
                     english,
                     QStringLiteral("[CODE128: %1]").arg(QString::fromLatin1(barcode)),
                     QStringLiteral("[QR: POS TEST %1]").arg(QString::fromLatin1(barcode)),
                     QString(columns, QLatin1Char('-'))};
    return PrintablePage{page.bytes(), text.join(QLatin1Char('\n'))};
}

PrintablePage ServicePages::paymentQrSlip(const QString &codeUrl, const QString &amountText,
                                          const QDateTime &expiresAt, int columns)
{
    const QString scan = tr("扫码付款 Scan to pay");
    const QString valid =
        tr("Valid until %1")
            .arg(QLocale::system().toString(expiresAt.toLocalTime().time(), QLocale::ShortFormat));
    EscPosEncoder page;
    page.initialize().chineseMode(true).align(Alignment::Center);
    page.doubleSize(true, true).line(amountText).doubleSize(false, false);
    page.line(scan);
    page.qrCode(codeUrl.toUtf8(), 8).newline();
    page.line(valid);
    page.cut(kCutFeedLines);

    QStringList text{TextColumns::centred(amountText, columns), TextColumns::centred(scan, columns),
                     QStringLiteral("[QR: %1]").arg(codeUrl), TextColumns::centred(valid, columns),
                     QString(columns, QLatin1Char('-'))};
    return PrintablePage{page.bytes(), text.join(QLatin1Char('\n'))};
}

} // namespace pos::devices
