// The customer display: what the customer sees in each state, proven by reading the QR back
// from the window's own pixels; where it goes when there are several screens; and the real
// terminal driving it through a C-scan-B payment against the channel sandbox.
#include "ui/TerminalFixture.h"

#include "customer/CustomerDisplay.h"
#include "customer/CustomerScreenChoice.h"
#include "demo/DemoData.h"
#include "domain/Order.h"
#include "payment/PaymentDialog.h"
#include "scanner/ImageCodeReader.h"
#include "shell/MoneyText.h"
#include "storage/AttemptRepository.h"

#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace pos;
using ui::CustomerDisplay;

namespace {

const QString kCodeUrl = QStringLiteral("https://qr.alipay.com/bax08812ndqxkv3ubnho0040");

Product product(const QString &nameEn, qint64 priceMinor)
{
    Product p;
    p.sku = nameEn;
    p.nameEn = nameEn;
    p.nameZh = nameEn;
    p.price = Money::fromMinor(priceMinor);
    return p;
}

Order sampleOrder()
{
    Order order(QStringLiteral("T01-0001"));
    EXPECT_TRUE(order.addProduct(product(QStringLiteral("Mineral water 550 ml"), 200), 2).ok());
    EXPECT_TRUE(order.addProduct(product(QStringLiteral("Instant noodles"), 450), 1).ok());
    EXPECT_TRUE(order.addProduct(product(QStringLiteral("Yoghurt"), 580), 3).ok());
    return order;
}

QStringList decodedTexts(const QImage &image)
{
    auto codes = devices::ImageCodeReader::read(image);
    EXPECT_TRUE(codes.ok());
    QStringList texts;
    for (const devices::DecodedCode &code : codes ? codes.value() : QList<devices::DecodedCode>{}) {
        texts << code.text;
    }
    return texts;
}

void save(QWidget *widget, const QString &name)
{
    const QString path = test::outputDir() + QLatin1Char('/') + name;
    ASSERT_TRUE(widget->grab().save(path));
}

class CustomerDisplayTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        display.setClock([this] { return now; });
        display.resize(1024, 640);
        display.placeOn(nullptr);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&display));
    }

    QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::utc());
    CustomerDisplay display{QStringLiteral("Lotus Mart 莲花超市")};
};

TEST(CustomerScreenChoiceTest, ConfiguredScreenWinsWhenItIsAnotherScreen)
{
    EXPECT_EQ(ui::chooseScreen(3, 0, 2), 2);
    EXPECT_EQ(ui::chooseScreen(3, 1, 0), 0);
}

TEST(CustomerScreenChoiceTest, OtherwiseTheFirstScreenThatIsNotTheCashiers)
{
    EXPECT_EQ(ui::chooseScreen(2, 0, -1), 1);
    EXPECT_EQ(ui::chooseScreen(2, 1, -1), 0);
    EXPECT_EQ(ui::chooseScreen(3, 0, 7), 1) << "a configured screen that is gone";
    EXPECT_EQ(ui::chooseScreen(3, 0, 0), 1) << "never over the cashier's screen";
    EXPECT_EQ(ui::chooseScreen(2, -1, -1), 1) << "an unknown primary counts as the first";
}

TEST(CustomerScreenChoiceTest, OneScreenOrNoneMeansNoCustomerDisplay)
{
    EXPECT_EQ(ui::chooseScreen(1, 0, -1), -1);
    EXPECT_EQ(ui::chooseScreen(1, 0, 0), -1);
    EXPECT_EQ(ui::chooseScreen(0, -1, 3), -1);
    // The offscreen platform has one screen: the real list gives no customer screen.
    EXPECT_EQ(ui::chooseScreen(QGuiApplication::screens(), QGuiApplication::primaryScreen(), -1),
              nullptr);
    EXPECT_EQ(ui::chooseScreen(QList<QScreen *>{}, nullptr, 0), nullptr);
}

TEST(CustomerScreenChoiceTest, QrModulesAreWholePixelsFillingAboutSixtyPercent)
{
    EXPECT_EQ(CustomerDisplay::qrModulePixels(37, 1080), 17); // 648 px / 37 modules
    EXPECT_EQ(CustomerDisplay::qrModulePixels(37, 100), CustomerDisplay::kMinModulePixels);
    EXPECT_EQ(CustomerDisplay::qrModulePixels(29, 100000), CustomerDisplay::kMaxModulePixels);
    EXPECT_EQ(CustomerDisplay::qrModulePixels(0, 1080), CustomerDisplay::kMinModulePixels);
}

TEST_F(CustomerDisplayTest, StartsIdleWithTheShopAndAWelcome)
{
    EXPECT_EQ(display.state(), CustomerDisplay::State::Idle);
    const QString texts = [this] {
        QStringList all;
        for (const QLabel *label : display.findChildren<QLabel *>()) {
            if (label->isVisible()) {
                all << label->text();
            }
        }
        return all.join(QLatin1Char('\n'));
    }();
    EXPECT_TRUE(texts.contains(QStringLiteral("Lotus Mart"))) << texts.toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Welcome"))) << texts.toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("欢迎光临"))) << texts.toStdString();
    save(&display, QStringLiteral("customer-display-idle.png"));
}

TEST_F(CustomerDisplayTest, CartShowsEveryLineAndTheTotal)
{
    display.setCart(sampleOrder());
    ASSERT_EQ(display.state(), CustomerDisplay::State::Cart);
    ASSERT_EQ(display.cartLines()->rowCount(), 3);
    EXPECT_EQ(display.cartLines()->item(0, 0)->text(), QStringLiteral("Mineral water 550 ml"));
    EXPECT_EQ(display.cartLines()->item(0, 1)->text(), QStringLiteral("2"));
    EXPECT_EQ(display.cartLines()->item(2, 2)->text(), QStringLiteral("¥17.40"));
    EXPECT_EQ(display.cartTotalLabel()->text(), QStringLiteral("¥25.90"));
    save(&display, QStringLiteral("customer-display-cart.png"));

    display.setCart(Order(QStringLiteral("T01-0002")));
    EXPECT_EQ(display.state(), CustomerDisplay::State::Idle) << "an empty sale is idle";
}

TEST_F(CustomerDisplayTest, QrReadFromTheWindowIsExactlyTheCodeUrl)
{
    display.showPaymentQr(kCodeUrl, Money::fromMinor(2580), now.addSecs(120));
    ASSERT_EQ(display.state(), CustomerDisplay::State::PaymentQr);
    EXPECT_EQ(decodedTexts(display.grab().toImage()), QStringList{kCodeUrl});

    const int module = display.qrModulePixelsShown();
    EXPECT_GE(module, CustomerDisplay::kMinModulePixels);
    const QPixmap qr = display.qrLabel()->pixmap();
    ASSERT_FALSE(qr.isNull());
    EXPECT_EQ(qr.width() % module, 0) << "whole pixels per module";
    const int shorter = std::min(display.width(), display.height());
    EXPECT_LE(qr.width(), shorter * 60 / 100);
    EXPECT_GT(qr.width(), shorter * 60 / 100 - qr.width() / module) << "no smaller than it can";
    EXPECT_EQ(qGray(qr.toImage().pixel(module, module)), 255) << "the quiet zone is kept";
    EXPECT_TRUE(display.countdownLabel()->text().contains(QStringLiteral("02:00")));
    save(&display, QStringLiteral("customer-display-qr-unit.png"));
}

TEST_F(CustomerDisplayTest, QrGrowsWithTheWindowAndStillReads)
{
    display.showPaymentQr(kCodeUrl, Money::fromMinor(2580), now.addSecs(120));
    const int small = display.qrModulePixelsShown();
    display.resize(1920, 1080);
    ASSERT_TRUE(test::waitUntil([&] { return display.qrModulePixelsShown() > small; }, 2000));
    for (int round = 0; round < 3; ++round) { // bigger type: the layouts settle in a few passes
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
    EXPECT_EQ(decodedTexts(display.grab().toImage()), QStringList{kCodeUrl});
    save(&display, QStringLiteral("customer-display-qr-1080p.png"));
}

TEST_F(CustomerDisplayTest, CountdownFollowsTheClockEverySecondUntilExpiry)
{
    display.showPaymentQr(kCodeUrl, Money::fromMinor(2580), now.addSecs(120));
    EXPECT_TRUE(display.countdownLabel()->text().contains(QStringLiteral("02:00")));
    now = now.addSecs(61);
    // No nudge: the display's own one-second tick picks the new time up.
    ASSERT_TRUE(test::waitUntil(
        [&] { return display.countdownLabel()->text().contains(QStringLiteral("00:59")); }, 2500))
        << display.countdownLabel()->text().toStdString();
    now = now.addSecs(59);
    display.refreshCountdown();
    EXPECT_TRUE(display.countdownLabel()->text().contains(QStringLiteral("expired")))
        << display.countdownLabel()->text().toStdString();
}

TEST_F(CustomerDisplayTest, QrThatCannotBeDrawnSaysSoInsteadOfShowingGarbage)
{
    display.showPaymentQr(QString(2001, QLatin1Char('x')), Money::fromMinor(100), now.addSecs(60));
    EXPECT_EQ(display.state(), CustomerDisplay::State::PaymentQr);
    EXPECT_TRUE(display.qrLabel()->pixmap().isNull());
    EXPECT_TRUE(display.qrLabel()->text().contains(QStringLiteral("cashier")));
}

TEST_F(CustomerDisplayTest, PaidShowsTotalAndChangeThenGoesIdle)
{
    display.setHoldMs(150);
    display.setCart(sampleOrder());
    display.showPaid(Money::fromMinor(2580), Money::fromMinor(420));
    ASSERT_EQ(display.state(), CustomerDisplay::State::Paid);
    EXPECT_EQ(display.paidTotalLabel()->text(), QStringLiteral("¥25.80"));
    EXPECT_EQ(display.paidChangeLabel()->text(), QStringLiteral("¥4.20"));
    EXPECT_FALSE(display.paidChangeLabel()->isHidden());
    save(&display, QStringLiteral("customer-display-paid.png"));
    display.setCart(Order(QStringLiteral("T01-0002"))); // the counter starts the next sale
    EXPECT_EQ(display.state(), CustomerDisplay::State::Paid) << "paid stays up for its time";
    ASSERT_TRUE(
        test::waitUntil([&] { return display.state() == CustomerDisplay::State::Idle; }, 2000));
}

TEST_F(CustomerDisplayTest, NoChangeLineWithoutChange)
{
    display.showPaid(Money::fromMinor(2580), Money::zero());
    EXPECT_TRUE(display.paidChangeLabel()->isHidden());
}

TEST_F(CustomerDisplayTest, NextCustomersItemCutsThePaidScreenShort)
{
    display.showPaid(Money::fromMinor(2580), Money::zero());
    display.setCart(sampleOrder());
    EXPECT_EQ(display.state(), CustomerDisplay::State::Cart);
}

TEST_F(CustomerDisplayTest, FailureIsShownForAWhileThenTheCartAgain)
{
    display.setHoldMs(100);
    display.setCart(sampleOrder());
    display.showPaymentQr(kCodeUrl, Money::fromMinor(2580), now.addSecs(120));
    display.showStatus(CustomerDisplay::StatusKind::Failed);
    EXPECT_EQ(display.state(), CustomerDisplay::State::Status);
    EXPECT_TRUE(display.statusLabel()->text().contains(QStringLiteral("failed")));
    EXPECT_TRUE(display.shownQrText().isEmpty()) << "the QR is gone with its payment";
    save(&display, QStringLiteral("customer-display-failed.png"));
    ASSERT_TRUE(
        test::waitUntil([&] { return display.state() == CustomerDisplay::State::Cart; }, 2000));
}

TEST_F(CustomerDisplayTest, PayingStaysUntilTheOutcome)
{
    display.setHoldMs(50);
    display.showStatus(CustomerDisplay::StatusKind::Paying, QStringLiteral("¥25.80"));
    QTest::qWait(150); // longer than the hold: "paying" must not time out on its own
    EXPECT_EQ(display.state(), CustomerDisplay::State::Status);
    EXPECT_EQ(display.statusKind(), CustomerDisplay::StatusKind::Paying);
}

// The real terminal with a customer display, paying by the customer scanning the QR.
class CustomerDisplayFlowTest : public test::TerminalFixture
{
};

TEST_F(CustomerDisplayFlowTest, CustomerScansTheQrOnTheirScreenAndSeesPaid)
{
    startTerminal(true);
    m_window->setCustomerDisplayForced(true);
    CustomerDisplay *display = m_window->customerDisplay();
    ASSERT_NE(display, nullptr);
    display->resize(1024, 640);
    display->setHoldMs(300);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(display));
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QList<CustomerDisplay::State> states;
    QStringList qrSeen;
    QString qrCountdown;
    QObject::connect(
        display, &CustomerDisplay::stateChanged, display, [&](CustomerDisplay::State state) {
            states << state;
            if (state == CustomerDisplay::State::PaymentQr) {
                // What the customer's phone would read off the screen, now.
                qrSeen = decodedTexts(display->grab().toImage());
                qrCountdown = display->countdownLabel()->text();
                saveScreenshot(display, QStringLiteral("customer-display-qr.png"));
            } else if (state == CustomerDisplay::State::Paid) {
                saveScreenshot(display, QStringLiteral("customer-display-terminal-paid.png"));
            }
        });

    login(QStringLiteral("1001"), QStringLiteral("1234"));
    scan(demo::demoBarcode(2)); // noodles ¥4.50
    ASSERT_EQ(display->state(), CustomerDisplay::State::Cart);
    EXPECT_EQ(display->cartTotalLabel()->text(), QStringLiteral("¥4.50"));
    QTest::keyClick(m_window->windowHandle(), Qt::Key_F12);
    ui::PaymentDialog *dialog = m_window->paymentDialog();
    ASSERT_NE(dialog, nullptr);
    const QString orderId = dialog->orderId();
    EXPECT_TRUE(dialog->noCustomerScreenLabel()->isHidden()) << "the customer has a screen";
    QSignalSpy printed(m_printer, &devices::PrintSpooler::jobPrinted);

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("qr_alipay")),
                      Qt::LeftButton);

    ASSERT_TRUE(test::waitUntil([&] { return printed.count() >= 1; }, 15000));
    auto attempts = storage::AttemptRepository(m_runtime->database()).listForOrder(orderId);
    ASSERT_TRUE(attempts.ok());
    QString channelQr;
    for (const PaymentAttempt &attempt : attempts.value()) {
        if (attempt.method == PaymentMethod::CustomerQr) {
            channelQr = attempt.qrCode;
        }
    }
    ASSERT_TRUE(channelQr.startsWith(QStringLiteral("https://qr.alipay.com/")))
        << channelQr.toStdString();
    EXPECT_EQ(qrSeen, QStringList{channelQr}) << "the customer's screen shows the channel's QR";
    EXPECT_TRUE(qrCountdown.contains(QStringLiteral("Valid for"))) << qrCountdown.toStdString();
    ASSERT_TRUE(states.contains(CustomerDisplay::State::Paid));
    EXPECT_LT(states.indexOf(CustomerDisplay::State::PaymentQr),
              states.indexOf(CustomerDisplay::State::Paid));
    EXPECT_EQ(display->paidTotalLabel()->text(), QStringLiteral("¥4.50"));
    ASSERT_TRUE(
        test::waitUntil([&] { return display->state() == CustomerDisplay::State::Idle; }, 3000));
}

TEST_F(CustomerDisplayFlowTest, CashPaymentShowsTheChangeToTheCustomer)
{
    startTerminal(false);
    m_window->setCustomerDisplayForced(true);
    CustomerDisplay *display = m_window->customerDisplay();
    ASSERT_NE(display, nullptr);
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    login(QStringLiteral("1001"), QStringLiteral("1234"));
    scan(demo::demoBarcode(0)); // water ¥2.00
    QTest::keyClick(m_window->windowHandle(), Qt::Key_F12);
    ui::PaymentDialog *dialog = m_window->paymentDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->tenderedField()->setText(QStringLiteral("10"));
    QTest::mouseClick(dialog->cashButton(), Qt::LeftButton);
    ASSERT_EQ(display->state(), CustomerDisplay::State::Paid);
    EXPECT_EQ(display->paidTotalLabel()->text(), QStringLiteral("¥2.00"));
    EXPECT_EQ(display->paidChangeLabel()->text(), QStringLiteral("¥8.00"));
    EXPECT_TRUE(m_window->saleScreen()->messageLabel()->text().contains(QStringLiteral("¥8.00")))
        << "the cashier's message has the change too";
}

TEST_F(CustomerDisplayFlowTest, WithoutACustomerScreenTheQrCanBePrinted)
{
    startTerminal(true);
    ASSERT_EQ(m_window->customerDisplay(), nullptr) << "one screen: no customer display";
    login(QStringLiteral("1001"), QStringLiteral("1234"));
    scan(demo::demoBarcode(2));
    QTest::keyClick(m_window->windowHandle(), Qt::Key_F12);
    ui::PaymentDialog *dialog = m_window->paymentDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->showQrTab();
    EXPECT_FALSE(dialog->noCustomerScreenLabel()->isHidden());
    EXPECT_FALSE(dialog->printQrButton()->isEnabled()) << "nothing to print before the QR";
    QSignalSpy requested(dialog, &ui::PaymentDialog::printQrRequested);
    QByteArray slip;
    QString shown;
    QObject::connect(dialog, &ui::PaymentDialog::qrShown, dialog, [&, dialog] {
        shown = dialog->shownQrText();
        EXPECT_TRUE(dialog->printQrButton()->isEnabled());
        QTest::keyClick(dialog, Qt::Key_P, Qt::ControlModifier);
    });
    QSignalSpy printed(m_printer, &devices::PrintSpooler::jobPrinted);

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("qr_alipay")),
                      Qt::LeftButton);

    ASSERT_TRUE(test::waitUntil([&] { return requested.count() == 1; }, 15000));
    const QString codeUrl = requested.first().at(0).toString();
    EXPECT_EQ(codeUrl, shown);
    ASSERT_TRUE(test::waitUntil(
        [&] {
            slip = test::readFile(m_printerDevice->lastBinaryPath());
            return slip.contains(codeUrl.toUtf8());
        },
        5000))
        << "the slip carries the QR data";
    EXPECT_TRUE(slip.contains(QByteArray("\x1d\x28\x6b\x03\x00\x31\x51\x30", 8)))
        << "and prints it as a QR";
    ASSERT_TRUE(test::waitUntil([&] { return printed.count() >= 1; }, 15000))
        << "the receipt still prints after the QR slip";
}

} // namespace
