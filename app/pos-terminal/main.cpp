// pos-terminal: the cashier's Qt Widgets application. Wiring only.
#include "channels/ChannelReachability.h"
#include "demo/DemoData.h"
#include "demo/DemoSandbox.h"
#include "manager/DeviceManager.h"
#include "notify/LocalNotifications.h"
#include "runtime/TerminalRuntime.h"
#include "scanner/KeyboardWedgeFilter.h"
#include "scanner/ScannerHub.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTextStream>
#include <QTranslator>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("pos"));
    QApplication::setApplicationName(QStringLiteral("pos-terminal"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cashier terminal"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("data-dir"),
                      QStringLiteral("Folder for the database, receipts and keys."),
                      QStringLiteral("dir"), pos::runtime::TerminalRuntime::defaultDataDir()});
    parser.addOption({QStringLiteral("config"),
                      QStringLiteral("INI configuration (default <data-dir>/pos.ini)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("demo"),
                      QStringLiteral("Demo mode: channel sandbox, simulated devices, demo data.")});
    parser.addOption({QStringLiteral("language"),
                      QStringLiteral("zh_CN or en (overrides the configuration)."),
                      QStringLiteral("lang")});
    parser.process(app);

    const QString dataDir = parser.value(QStringLiteral("data-dir"));
    QDir().mkpath(dataDir);
    const QString configPath = parser.isSet(QStringLiteral("config"))
                                   ? parser.value(QStringLiteral("config"))
                                   : dataDir + QStringLiteral("/pos.ini");
    auto config = pos::config::TerminalConfig::load(configPath);
    if (!config) {
        QMessageBox::critical(nullptr, QObject::tr("Configuration"), config.error().message);
        return 1;
    }
    const QString language = parser.isSet(QStringLiteral("language"))
                                 ? parser.value(QStringLiteral("language"))
                                 : config->language;
    QTranslator translator;
    if (language.startsWith(QLatin1String("zh")) &&
        translator.load(QStringLiteral(":/i18n/pos_zh_CN.qm"))) {
        app.installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    } else {
        if (translator.load(QStringLiteral(":/i18n/pos_en.qm"))) { // English plural forms
            app.installTranslator(&translator);
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    const bool demo = parser.isSet(QStringLiteral("demo"));
    pos::demo::DemoSandbox sandbox(dataDir);
    if (demo) {
        if (auto started = sandbox.start(config.value()); !started) {
            QMessageBox::critical(nullptr, QObject::tr("Demo"), started.error().message);
            return 1;
        }
        QTextStream out(stdout);
        out << "Demo mode: data in " << dataDir
            << ", channel sandbox (Alipay, WeChat Pay, UnionPay) on port " << sandbox.port() << "\n"
            << "Demo accounts (code / PIN / role):\n";
        for (const auto &account : pos::demo::demoAccounts()) {
            out << "  " << account.code << " / " << account.pin << " / " << account.role << "  "
                << account.name << "\n";
        }
        out << "Sandbox payment codes (the last four digits choose the outcome):\n"
               "  Alipay   280000000000000000   WeChat Pay 130000000000000000   UnionPay "
               "6200000000000000000\n"
               "  ...0001 insufficient balance, ...0002 customer confirms after a few seconds, "
               "...0003 system\n"
               "  error but paid, ...0004 customer never confirms, anything else pays.\n"
               "Customer QR: F12 then F7, choose the app; the sandbox 'customer' pays a few "
               "seconds later.\n"
               "Face pay: F12 then F8, choose the app; the simulated face-pay device scans.\n"
               "Cancel sale in payment: Ctrl+Del. Pending payments and refunds: F9. Refund: F10 "
               "(supervisor approves).\n"
               "Reprint a receipt: F5. Open the drawer without a sale: F6. Devices, test print, "
               "test scan: F11.\n"
            << "Product barcodes: 6901234500011 (water), 6901234500028 (cola), 6901234500271 "
               "(apples, by weight)\n";
        out.flush();
    }

    pos::runtime::TerminalRuntime runtime;
    if (auto opened = runtime.open(dataDir, config.value(), demo); !opened) {
        QMessageBox::critical(nullptr, QObject::tr("Storage"), opened.error().message);
        return 1;
    }
    // The channels' asynchronous notifications; when it cannot listen, the reason is logged and
    // polling alone settles QR payments.
    const auto notifications = pos::notify::startLocalNotifications(runtime, demo);
    if (notifications.endpoint) {
        QTextStream(stdout) << "Payment notifications: " << notifications.notifyBase
                            << "/notify/<channel>" << Qt::endl;
    }
    // Devices: the print queue resumes what an earlier run left; a device that is missing now
    // shows in the status bar and settings (F11) and is retried, it does not stop the till.
    pos::devices::DeviceManager devices(
        config->devices, runtime.database(),
        {dataDir, demo, config->identity.shopName, config->identity.terminalId});
    if (auto started = devices.start(); !started) {
        QMessageBox::critical(nullptr, QObject::tr("Devices"), started.error().message);
        return 1;
    }
    app.installEventFilter(&devices.wedge());
    pos::ui::MainWindow window(runtime, devices);
    std::unique_ptr<pos::channels::ChannelReachability> reachability;
    if (config->alipay.enabled) {
        reachability = std::make_unique<pos::channels::ChannelReachability>(
            QStringLiteral("alipay"), config->alipay.gatewayUrl, 30000);
        window.watchChannel(reachability.get());
        reachability->start();
    }
    runtime.payments().recover();
    runtime.payments().startRecoveryTimer();
    window.show();
    return app.exec();
}
