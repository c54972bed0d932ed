// Drives the real cashier window offscreen: login, scanning with synthetic key bursts, cash and
// code payments against the sandbox, receipts checked byte by byte, screenshots saved.
#include "ui/TerminalFixture.h"

#include "demo/DemoData.h"
#include "display/QrCodeImage.h"
#include "login/LoginWidget.h"
#include "payment/PaymentDialog.h"
#include "printer/EscPosEncoder.h"
#include "printer/PrintSpooler.h"
#include "printer/SimulatedPrinter.h"
#include "runtime/TerminalRuntime.h"
#include "sale/SaleScreen.h"
#include "scanner/KeyboardWedgeFilter.h"
#include "security/RsaKey.h"
#include "shell/MainWindow.h"
#include "storage/AttemptRepository.h"
#include "storage/DrawerLog.h"
#include "storage/OrderRepository.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

#include <memory>

using namespace pos;

namespace {

using test::readFile;

class TerminalFlowTest : public test::TerminalFixture
{
};

TEST_F(TerminalFlowTest, CashierScansTwoItemsPaysCashAndGetsAReceipt)
{
    startTerminal(false);
    login(QStringLiteral("1001"), QStringLiteral("1234"));
    ASSERT_TRUE(m_window->saleScreen()->isVisible());
    QSignalSpy scans(m_scanner, &devices::ScannerSource::scanned);

    scan(demo::demoBarcode(0)); // water ¥2.00
    scan(demo::demoBarcode(1)); // cola ¥3.50

    EXPECT_EQ(scans.count(), 2);
    EXPECT_EQ(visibleLines(), 2);
    EXPECT_TRUE(m_window->saleScreen()->barcodeField()->text().isEmpty())
        << "scanner keys must not be typed";
    EXPECT_EQ(m_runtime->sale().order().total(), Money::fromMinor(550));
    saveScreenshot(m_window.get(), QStringLiteral("sale-screen.png"));

    QTest::keyClick(m_window->windowHandle(), Qt::Key_F12);
    ui::PaymentDialog *dialog = m_window->paymentDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(test::waitUntil([dialog] { return dialog->isVisible(); }));
    dialog->tenderedField()->setText(QStringLiteral("10"));
    saveScreenshot(dialog, QStringLiteral("payment-dialog-cash.png"));
    QSignalSpy printed(m_printer, &devices::PrintSpooler::jobPrinted);
    QTest::mouseClick(dialog->cashButton(), Qt::LeftButton);

    // The receipt, then the drawer pulse: cash was taken, so the drawer opens, logged.
    ASSERT_TRUE(test::waitUntil([&] { return printed.count() == 2; }));
    EXPECT_EQ(m_window->paymentDialog(), nullptr);
    auto drawerEvents = storage::DrawerLog(m_runtime->database()).list(0);
    ASSERT_TRUE(drawerEvents.ok());
    ASSERT_EQ(drawerEvents->size(), 1u);
    EXPECT_EQ(drawerEvents->front().cashierId, m_runtime->sale().cashier().id);
    const QByteArray bytes = readFile(m_printerDevice->lastBinaryPath());
    EXPECT_TRUE(bytes.startsWith(QByteArray("\x1b\x40", 2)));
    EXPECT_TRUE(bytes.contains(devices::EscPosEncoder::toGb18030(QStringLiteral("农夫山泉"))));
    EXPECT_TRUE(bytes.contains("5.50"));  // total
    EXPECT_TRUE(bytes.contains("10.00")); // cash tendered
    EXPECT_TRUE(bytes.contains("4.50"));  // change
    EXPECT_TRUE(bytes.contains(QByteArray("\x1d\x56\x42", 3))) << "receipt must end with a cut";
    const QString text = QString::fromUtf8(readFile(m_printerDevice->lastTextPath()));
    EXPECT_TRUE(text.contains(QStringLiteral("4.50")));

    auto orders = storage::OrderRepository(m_runtime->database()).recent(5);
    ASSERT_TRUE(orders.ok());
    ASSERT_EQ(orders->size(), 1u);
    EXPECT_EQ(orders->front().status, OrderStatus::Paid);
    EXPECT_EQ(drawerEvents->front().orderId, orders->front().id);
    EXPECT_FALSE(drawerEvents->front().reason.isEmpty());
    EXPECT_EQ(visibleLines(), 0) << "a new sale starts after payment";
}

TEST_F(TerminalFlowTest, DigitsTypedAtHumanSpeedAreNotTakenAsAScan)
{
    startTerminal(false);
    login(QStringLiteral("1001"), QStringLiteral("1234"));
    QSignalSpy scans(m_scanner, &devices::ScannerSource::scanned);
    QLineEdit *field = m_window->saleScreen()->barcodeField();
    field->setFocus();
    EXPECT_TRUE(QTest::qWaitFor([field] { return field->hasFocus(); }));
    QSignalSpy typedEnter(field, &QLineEdit::returnPressed);

    typeIntoWindow(demo::demoBarcode(2), 150);

    EXPECT_EQ(scans.count(), 0) << "human typing must not be taken for a scan";
    EXPECT_EQ(typedEnter.count(), 1) << "the typed digits and Enter reach the field";
    EXPECT_EQ(visibleLines(), 1) << "the typed barcode is added through the field";
    EXPECT_TRUE(field->text().isEmpty());
}

TEST_F(TerminalFlowTest, BadInputGetsAClearMessageAndChangesNothing)
{
    startTerminal(false);
    login(QStringLiteral("1001"), QStringLiteral("9999"));
    EXPECT_TRUE(m_window->loginWidget()->isVisible()) << "a wrong PIN does not log in";
    EXPECT_FALSE(m_window->loginWidget()->errorLabel()->text().isEmpty());

    login(QStringLiteral("1001"), QStringLiteral("1234"));
    scan(QStringLiteral("6901234599990")); // valid check digit, not in the catalog
    EXPECT_EQ(visibleLines(), 0);
    EXPECT_TRUE(
        m_window->saleScreen()->messageLabel()->text().contains(QStringLiteral("6901234599990")));

    scan(demo::demoBarcode(0));
    QTest::keyClick(m_window->windowHandle(), Qt::Key_F12);
    ui::PaymentDialog *dialog = m_window->paymentDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->tenderedField()->setText(QStringLiteral("12.345"));
    QTest::mouseClick(dialog->cashButton(), Qt::LeftButton);
    EXPECT_FALSE(dialog->statusLabel()->text().isEmpty());
    auto attempts =
        storage::AttemptRepository(m_runtime->database()).listForOrder(dialog->orderId());
    ASSERT_TRUE(attempts.ok());
    EXPECT_TRUE(attempts->empty()) << "a malformed amount stores nothing";

    dialog->showCodeTab();
    scan(QStringLiteral("990000000000000000")); // no channel has this prefix
    EXPECT_TRUE(dialog->statusLabel()->text().contains(QStringLiteral("not a payment code")));
    attempts = storage::AttemptRepository(m_runtime->database()).listForOrder(dialog->orderId());
    EXPECT_TRUE(attempts->empty());
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    EXPECT_TRUE(test::waitUntil([this] { return m_window->paymentDialog() == nullptr; }));
    EXPECT_FALSE(m_runtime->sale().isCheckedOut()) << "leaving payment unpaid returns to editing";
}

TEST_F(TerminalFlowTest, ScannedPaymentCodePaysThroughTheSandboxWithLiveStatus)
{
    startTerminal(true);
    login(QStringLiteral("1001"), QStringLiteral("1234"));
    scan(demo::demoBarcode(4)); // yoghurt ¥5.80
    QTest::keyClick(m_window->windowHandle(), Qt::Key_F12);
    ui::PaymentDialog *dialog = m_window->paymentDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->showCodeTab();
    QSignalSpy printed(m_printer, &devices::PrintSpooler::jobPrinted);
    QStringList statuses;
    QObject::connect(&m_runtime->payments(), &payments::PaymentService::attemptUpdated, dialog,
                     [&statuses, dialog] { statuses << dialog->statusLabel()->text(); });

    scan(QStringLiteral("280000000000000002")); // user paying, then success
    saveScreenshot(dialog, QStringLiteral("payment-dialog-code.png"));

    ASSERT_TRUE(test::waitUntil([&] { return printed.count() >= 1; }, 15000));
    ASSERT_GE(statuses.size(), 2);
    const QByteArray bytes = readFile(m_printerDevice->lastBinaryPath());
    EXPECT_TRUE(bytes.contains("2800**********0002")) << "the payment code is printed masked";
    EXPECT_FALSE(bytes.contains("280000000000000002"));
    auto orders = storage::OrderRepository(m_runtime->database()).recent(1);
    ASSERT_TRUE(orders.ok());
    EXPECT_EQ(orders->front().status, OrderStatus::Paid);
}

} // namespace

namespace {

TEST_F(TerminalFlowTest, CustomerScansTheShownQrAndTheOrderIsPaid)
{
    startTerminal(true);
    login(QStringLiteral("1001"), QStringLiteral("1234"));
    scan(demo::demoBarcode(2)); // noodles ¥4.50
    QTest::keyClick(m_window->windowHandle(), Qt::Key_F12);
    ui::PaymentDialog *dialog = m_window->paymentDialog();
    ASSERT_NE(dialog, nullptr);
    QPushButton *alipay = dialog->findChild<QPushButton *>(QStringLiteral("qr_alipay"));
    ASSERT_NE(alipay, nullptr) << "a channel that can show a QR gets a button";
    QSignalSpy printed(m_printer, &devices::PrintSpooler::jobPrinted);
    QString shown;
    QObject::connect(
        &m_runtime->payments(), &payments::PaymentService::attemptUpdated, dialog, [&, dialog] {
            if (shown.isEmpty() && !dialog->shownQrText().isEmpty()) {
                shown = dialog->shownQrText();
                // What the customer sees must decode to exactly what the channel returned.
                auto decoded = devices::QrCodeImage::decode(dialog->qrLabel()->pixmap().toImage());
                EXPECT_TRUE(decoded.ok());
                EXPECT_EQ(decoded.value(), shown);
                saveScreenshot(dialog, QStringLiteral("payment-dialog-qr.png"));
            }
        });

    QTest::mouseClick(alipay, Qt::LeftButton);

    ASSERT_TRUE(test::waitUntil([&] { return printed.count() >= 1; }, 15000));
    EXPECT_TRUE(shown.startsWith(QStringLiteral("https://qr.alipay.com/"))) << shown.toStdString();
    auto orders = storage::OrderRepository(m_runtime->database()).recent(1);
    ASSERT_TRUE(orders.ok());
    EXPECT_EQ(orders->front().status, OrderStatus::Paid);
}

} // namespace

namespace {

TEST(EnglishTranslation, GivesPluralsTheirEnglishForms)
{
    QTranslator english;
    ASSERT_TRUE(english.load(QStringLiteral(POS_EN_QM)));
    QCoreApplication::installTranslator(&english);
    const auto sales = [](int n) {
        return QCoreApplication::translate("pos::ui::DayReportPanel", "%1 · %n sale(s)", nullptr, n)
            .arg(QStringLiteral("¥4.00"));
    };
    EXPECT_EQ(sales(1), QStringLiteral("¥4.00 · 1 sale"));
    EXPECT_EQ(sales(2), QStringLiteral("¥4.00 · 2 sales"));
    EXPECT_EQ(sales(0), QStringLiteral("¥4.00 · 0 sales"));
    // Text without a plural stays the source text.
    EXPECT_EQ(QCoreApplication::translate("pos::ui::SaleScreen", "Pay (F12)"),
              QStringLiteral("Pay (F12)"));
    QCoreApplication::removeTranslator(&english);
}

TEST_F(TerminalFlowTest, ChineseTranslationCoversTheCounterScreens)
{
    QTranslator chinese;
    ASSERT_TRUE(chinese.load(QStringLiteral(POS_ZH_CN_QM)));
    QCoreApplication::installTranslator(&chinese);
    const QLocale previous;
    QLocale::setDefault(
        QLocale(QLocale::Chinese, QLocale::China)); // as pos-terminal does for zh_CN
    startTerminal(false);
    const auto texts = [this](QWidget *root) {
        QStringList all;
        for (const QLabel *label : root->findChildren<QLabel *>()) {
            all << label->text();
        }
        for (const QPushButton *button : root->findChildren<QPushButton *>()) {
            all << button->text();
        }
        return all.join(QLatin1Char('\n'));
    };
    EXPECT_TRUE(texts(m_window->loginWidget()).contains(QStringLiteral("收银员登录")));
    login(QStringLiteral("1001"), QStringLiteral("1234"));
    scan(demo::demoBarcode(0));
    const QString sale = texts(m_window->saleScreen());
    EXPECT_TRUE(sale.contains(QStringLiteral("结账 (F12)"))) << sale.toStdString();
    EXPECT_FALSE(sale.contains(QStringLiteral("Pay (F12)")));
    EXPECT_TRUE(sale.contains(QStringLiteral("退款 (F10)"))) << sale.toStdString();
    EXPECT_TRUE(sale.contains(QStringLiteral("待处理 (F9)"))) << sale.toStdString();
    QTableWidget *lines = m_window->saleScreen()->linesTable();
    ASSERT_EQ(lines->rowCount(), 1);
    EXPECT_TRUE(lines->item(0, 0)->text().startsWith(QStringLiteral("农夫山泉")))
        << "product names in Chinese too";
    saveScreenshot(m_window.get(), QStringLiteral("sale-screen-zh_CN.png"));
    QCoreApplication::removeTranslator(&chinese);
    QLocale::setDefault(previous);
}

} // namespace
