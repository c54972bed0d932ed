// The real cashier window offscreen against the demo data (and, on request, a channel sandbox
// started for the test): shared by the UI flow tests.
#pragma once

#include "support/ChannelSimProcess.h"
#include "support/TestSupport.h"

#include "config/TerminalConfig.h"
#include "demo/DemoData.h"
#include "face/SimulatedFaceDevice.h"
#include "login/LoginWidget.h"
#include "manager/DeviceManager.h"
#include "payment/PaymentDialog.h"
#include "printer/PrintSpooler.h"
#include "printer/SimulatedPrinter.h"
#include "runtime/TerminalRuntime.h"
#include "sale/SaleScreen.h"
#include "scanner/KeyboardWedgeFilter.h"
#include "scanner/ScannerHub.h"
#include "scanner/SimulatedScanner.h"
#include "security/RsaKey.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace pos::test {

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class TerminalFixture : public ::testing::Test
{
protected:
    // Cash-only terminal, or one whose Alipay channel points at a sandbox started here.
    // `adjust` changes the configuration before the terminal opens.
    void startTerminal(bool withSandbox,
                       const std::function<void(config::TerminalConfig &)> &adjust = {})
    {
        ASSERT_TRUE(m_data.isValid());
        config::TerminalConfig config;
        config.schedule.userPayingPollMs = 100;
        config.schedule.unknownFirstQueryMs = 100;
        config.schedule.unknownQueryIntervalMs = 100;
        config.schedule.codeLifetimeMs = 5000;
        if (withSandbox) {
            auto key = security::RsaKey::generate();
            ASSERT_TRUE(key.ok());
            writeFile(m_data.filePath(QStringLiteral("app_private.pem")), key->privatePem());
            m_sim = std::make_unique<test::ChannelSimProcess>();
            ASSERT_TRUE(m_sim->start(
                key->publicPem(), {QStringLiteral("--user-paying-seconds"), QStringLiteral("0")}))
                << m_sim->errorText().toStdString();
            writeFile(m_data.filePath(QStringLiteral("alipay_public.pem")),
                      m_sim->alipayPublicKeyPem());
            config.alipay.enabled = true;
            config.alipay.gatewayUrl = m_sim->gatewayUrl();
            config.alipay.appId = QStringLiteral("2021000000000001");
            config.alipay.appPrivateKeyFile = m_data.filePath(QStringLiteral("app_private.pem"));
            config.alipay.alipayPublicKeyFile =
                m_data.filePath(QStringLiteral("alipay_public.pem"));
        }
        if (adjust) {
            adjust(config);
        }
        m_runtime = std::make_unique<runtime::TerminalRuntime>();
        ASSERT_TRUE(m_runtime->open(m_data.path(), config, true).ok());
        // Simulated printer and face device, the keyboard wedge and a simulated scanner, with
        // short printer polls so paper-out and drawer tests run fast.
        config::DeviceSettings deviceSettings = config.devices;
        deviceSettings.printer.type = QStringLiteral("simulated");
        deviceSettings.printer.path = m_data.filePath(QStringLiteral("receipts"));
        deviceSettings.printer.statusPollMs = 50;
        deviceSettings.printer.retryMs = 50;
        deviceSettings.scanner.type = QStringLiteral("simulated");
        deviceSettings.face.type = QStringLiteral("simulated");
        deviceSettings.display.mode = QStringLiteral("off");
        m_devices = std::make_unique<devices::DeviceManager>(
            deviceSettings, m_runtime->database(),
            devices::DeviceManager::Options{m_data.path(), true, QStringLiteral("Test shop"),
                                            config.identity.terminalId});
        ASSERT_TRUE(m_devices->start().ok());
        m_printer = &m_devices->printer();
        m_printerDevice = qobject_cast<devices::SimulatedPrinter *>(m_printer->transport());
        ASSERT_NE(m_printerDevice, nullptr);
        m_scanner = &m_devices->wedge();
        m_scanner->setClock([this] { return m_clockMs; });
        qApp->installEventFilter(m_scanner);
        m_face = dynamic_cast<devices::SimulatedFaceDevice *>(m_devices->faceDevice());
        ASSERT_NE(m_face, nullptr);
        m_window = std::make_unique<ui::MainWindow>(*m_runtime, *m_devices);
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    void TearDown() override
    {
        if (m_scanner) {
            qApp->removeEventFilter(m_scanner);
        }
        m_window.reset();
        m_devices.reset();
        m_runtime.reset();
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    void login(const QString &code, const QString &pin)
    {
        ui::LoginWidget *loginWidget = m_window->loginWidget();
        loginWidget->codeField()->setText(code);
        loginWidget->pinField()->setText(pin);
        QTest::mouseClick(loginWidget->findChild<QPushButton *>(QStringLiteral("loginButton")),
                          Qt::LeftButton);
        // The PIN hash runs on a worker thread; the window stays responsive meanwhile.
        ASSERT_TRUE(test::waitUntil([loginWidget] { return !loginWidget->isChecking(); }));
    }

    // The window keys go to: the modal dialog on top, else the main window.
    QWindow *activeWindowHandle() const
    {
        QWidget *target =
            QApplication::activeModalWidget() ? QApplication::activeModalWidget() : m_window.get();
        return target->windowHandle();
    }

    // Keys delivered to the window, the way a keyboard-wedge scanner's keys arrive, `gapMs` apart
    // on the filter's clock, ended by Enter.
    void typeIntoWindow(const QString &text, int gapMs)
    {
        QWindow *window = activeWindowHandle();
        for (QChar c : text) {
            m_clockMs += gapMs;
            QTest::keyClick(window, c.toLatin1());
        }
        m_clockMs += gapMs;
        QTest::keyClick(window, Qt::Key_Return);
        m_scanner->checkIdle();
    }

    void scan(const QString &code) { typeIntoWindow(code, 8); }

    // A function key on the main window once it is active again (window shortcuts need that;
    // a dialog that just closed hands activation back asynchronously).
    void pressOnWindow(Qt::Key key)
    {
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window->windowHandle(), key);
    }

    int visibleLines() const { return m_window->saleScreen()->linesTable()->rowCount(); }

    devices::SimulatedScanner *simulatedScanner() const
    {
        for (devices::ScannerSource *source : m_devices->scanners().sources()) {
            if (auto *simulated = qobject_cast<devices::SimulatedScanner *>(source)) {
                return simulated;
            }
        }
        return nullptr;
    }

    // Rings up water and pays ¥10 cash; returns the order number.
    QString sellWaterForCash()
    {
        simulatedScanner()->scan(demo::demoBarcode(0));
        EXPECT_TRUE(test::waitUntil([this] { return visibleLines() == 1; }));
        pressOnWindow(Qt::Key_F12);
        ui::PaymentDialog *dialog = m_window->paymentDialog();
        EXPECT_NE(dialog, nullptr);
        if (!dialog) {
            return {};
        }
        const QString orderId = dialog->orderId();
        dialog->tenderedField()->setText(QStringLiteral("10"));
        QTest::mouseClick(dialog->cashButton(), Qt::LeftButton);
        EXPECT_TRUE(test::waitUntil([this] { return m_window->paymentDialog() == nullptr; }));
        return orderId;
    }

    void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString path = test::outputDir() + QLatin1Char('/') + name;
        ASSERT_TRUE(widget->grab().save(path));
        EXPECT_GT(QFileInfo(path).size(), 1000);
    }

    QTemporaryDir m_data;
    std::unique_ptr<test::ChannelSimProcess> m_sim;
    std::unique_ptr<runtime::TerminalRuntime> m_runtime;
    std::unique_ptr<devices::DeviceManager> m_devices;
    devices::PrintSpooler *m_printer = nullptr;
    devices::SimulatedPrinter *m_printerDevice = nullptr;
    devices::KeyboardWedgeFilter *m_scanner = nullptr;
    devices::SimulatedFaceDevice *m_face = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_clockMs = 1'000'000;
};

} // namespace pos::test
