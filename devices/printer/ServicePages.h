#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pos::devices {

// ESC/POS bytes plus the same page as text (the simulated printer and the print queue keep it).
struct PrintablePage
{
    QByteArray escPos;
    QString text;
};

// Pages the terminal prints besides receipts.
class ServicePages
{
    Q_DECLARE_TR_FUNCTIONS(ServicePages)

public:
    // Settings → "Test print": who and when, a column ruler for the paper width, Chinese and
    // English text, bold and double size, a CODE128 barcode and a QR code, then a cut.
    static PrintablePage testPage(const QString &shopName, const QString &terminalId,
                                  const QDateTime &now, int columns);

    // The payment QR on paper when there is no customer screen (C-scan-B): amount, the QR of
    // the channel's code URL, until when it is valid.
    static PrintablePage paymentQrSlip(const QString &codeUrl, const QString &amountText,
                                       const QDateTime &expiresAt, int columns);
};

} // namespace pos::devices
