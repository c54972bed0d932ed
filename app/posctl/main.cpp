// posctl: the command-line tool over the same core as the terminal (sales, orders, cashiers).
#include "CommandContext.h"

#include "demo/DemoData.h"
#include "demo/DemoSandbox.h"
#include "notify/LocalNotifications.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

void printUsage(QTextStream &err)
{
    err << "usage: posctl [--data-dir DIR] [--config FILE] [--demo | --seed-demo] COMMAND [ARGS]\n"
           "commands:\n"
           "  sale --cashier CODE --pin PIN --item BARCODE[xQTY]... (--cash AMOUNT | --code "
           "PAYMENT_CODE)\n"
           "  pay --order ID (--cash AMOUNT | --code PAYMENT_CODE | --qr CHANNEL) [--amount "
           "AMOUNT] --cashier CODE --pin PIN\n"
           "  refund --payment OUT_TRADE_NO --amount AMOUNT --reason TEXT --cashier CODE --pin PIN "
           "--supervisor CODE --supervisor-pin PIN [--yes]\n"
           "  refund --close-by-hand OUT_REQUEST_NO --reference REF --supervisor CODE "
           "--supervisor-pin PIN\n"
           "  query --payment OUT_TRADE_NO\n"
           "  recover [--wait SECONDS]\n"
           "  pending\n"
           "  statement --channel CHANNEL --date YYYY-MM-DD FILE.csv\n"
           "  x [--date YYYY-MM-DD] [--cashier CODE] [--csv FILE]           (X report)\n"
           "  z --supervisor CODE --supervisor-pin PIN [--date D] [--carry-over OUT_TRADE_NO]... "
           "[--csv FILE]   (day-end close)\n"
           "  z --show --date D [--csv FILE]\n"
           "  z-history\n"
           "  shift open|pay-in|pay-out|close|status ...   (posctl shift for details)\n"
           "  outbox [retry SEQ]     (what waits for head office; a rejected item back in the "
           "queue)\n"
           "  orders [--limit N]\n"
           "  cashiers\n"
           "--demo starts the channel sandbox and seeds demo data; --seed-demo only seeds.\n"
           "exit codes: 0 ok, 1 error, 2 usage, 3 bad input, 4 payment or refund failed, 5 payment "
           "or refund pending, 6 login refused or not a supervisor, 7 refund not confirmed (no "
           "--yes), 8 refused by a rule (refund cap, order not open, more than due)\n";
}

} // namespace

int main(int argc, char **argv)
{
    // Drawing a PDF needs fonts, which need a GUI application; it runs without a display.
    const bool drawsPdf = std::any_of(argv + 1, argv + argc, [](const char *argument) {
        return std::strcmp(argument, "--pdf") == 0;
    });
    if (drawsPdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> app = drawsPdf
                                                ? std::make_unique<QGuiApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("pos"));
    QCoreApplication::setApplicationName(QStringLiteral("pos-terminal"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = QCoreApplication::arguments().mid(1);
    QString dataDir = pos::runtime::TerminalRuntime::defaultDataDir();
    QString configPath;
    bool demo = false;
    bool seed = false;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--data-dir") && !args.isEmpty()) {
            dataDir = args.takeFirst();
        } else if (option == QLatin1String("--config") && !args.isEmpty()) {
            configPath = args.takeFirst();
        } else if (option == QLatin1String("--demo")) {
            demo = seed = true;
        } else if (option == QLatin1String("--seed-demo")) {
            seed = true;
        } else {
            printUsage(err);
            return pos::cli::kUsage;
        }
    }
    if (args.isEmpty()) {
        printUsage(err);
        return pos::cli::kUsage;
    }
    QDir().mkpath(dataDir);
    if (configPath.isEmpty()) {
        configPath = dataDir + QStringLiteral("/pos.ini");
    }
    auto config = pos::config::TerminalConfig::load(configPath);
    if (!config) {
        err << "configuration: " << config.error().message << Qt::endl;
        return pos::cli::kError;
    }
    pos::demo::DemoSandbox sandbox(dataDir);
    if (demo) {
        if (auto started = sandbox.start(config.value()); !started) {
            err << started.error().message << Qt::endl;
            return pos::cli::kError;
        }
    }
    pos::runtime::TerminalRuntime runtime;
    if (auto opened = runtime.open(dataDir, config.value(), seed); !opened) {
        err << opened.error().message << Qt::endl;
        return pos::cli::kError;
    }
    // Notifications from the channels (the demo sandbox's too) while a command waits on a payment.
    const auto notifications = pos::notify::startLocalNotifications(runtime, demo);
    const QString command = args.takeFirst();
    pos::cli::CommandContext context{runtime, args, out, err};
    if (command == QLatin1String("sale")) {
        return pos::cli::runSale(context);
    }
    if (command == QLatin1String("orders")) {
        return pos::cli::runOrders(context);
    }
    if (command == QLatin1String("cashiers")) {
        return pos::cli::runCashiers(context);
    }
    for (const auto &[name, run] :
         {std::pair{"pay", &pos::cli::runPay}, std::pair{"refund", &pos::cli::runRefund},
          std::pair{"query", &pos::cli::runQuery}, std::pair{"recover", &pos::cli::runRecover},
          std::pair{"pending", &pos::cli::runPending},
          std::pair{"statement", &pos::cli::runStatement}, std::pair{"x", &pos::cli::runXReport},
          std::pair{"z", &pos::cli::runZReport}, std::pair{"z-history", &pos::cli::runZHistory},
          std::pair{"shift", &pos::cli::runShift}, std::pair{"outbox", &pos::cli::runOutbox}}) {
        if (command == QLatin1String(name)) {
            return run(context);
        }
    }
    printUsage(err);
    return pos::cli::kUsage;
}
