// pos-channel-sim: the Alipay gateway sandbox on loopback. Wiring only; see SimServer.h for the
// routes, AlipayGateway.h for the protocol and Scenario.h for the test payment codes.
#include "SimKeys.h"
#include "SimLedger.h"
#include "SimOptions.h"
#include "SimServer.h"
#include "StdinWatch.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitBadConfiguration = 2;

int fail(int exitCode, const QString &message)
{
    std::fprintf(stderr, "pos-channel-sim: %s\n", qPrintable(message));
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pos-channel-sim"));

    auto options = pos::sim::parseSimOptions(QCoreApplication::arguments());
    if (!options) {
        if (options.error().code == QLatin1String("usage.help")) {
            std::fputs(qPrintable(options.error().message), stdout);
            return 0;
        }
        return fail(kExitBadConfiguration, options.error().message);
    }

    auto keys = pos::sim::SimKeys::load(options->dataDir, options->appPublicKeyPath);
    if (!keys) {
        return fail(kExitBadConfiguration, keys.error().message);
    }

    pos::sim::SimLedger ledger;
    if (auto opened = ledger.open(QDir(options->dataDir).filePath(QStringLiteral("ledger.sqlite")));
        !opened) {
        return fail(kExitFailure, opened.error().message);
    }

    pos::sim::SimServer server(keys.value(), ledger, options->appId, options->userPayingSeconds);
    if (auto added = server.addModules(options.value()); !added) {
        return fail(kExitBadConfiguration, added.error().message);
    }
    const quint16 port = server.listen(options->port);
    if (port == 0) {
        return fail(kExitFailure,
                    QStringLiteral("cannot listen on 127.0.0.1:%1").arg(options->port));
    }
    if (options->exitOnStdinClose) {
        pos::sim::quitWhenStdinCloses(app);
    }

    std::printf("pos-channel-sim listening on 127.0.0.1:%u\n", unsigned(port));
    std::fflush(stdout);
    return app.exec();
}
