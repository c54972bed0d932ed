#include "SimOptions.h"

#include <QCommandLineParser>
#include <QDir>

namespace pos::sim {

namespace {

Error usage(const QString &message)
{
    return Error{QStringLiteral("usage.invalid"), message};
}

} // namespace

Result<SimOptions> parseSimOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Alipay gateway sandbox on loopback: real RSA2 signatures, real wire format, "
        "scenarios chosen by the last four digits of the payment code."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QStringLiteral("Directory for the sandbox keys and ledger (created if missing)."),
        QStringLiteral("DIR"));
    const QCommandLineOption portOption(
        QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1; 0 picks a free one."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption appIdOption(
        QStringLiteral("app-id"), QStringLiteral("The merchant app id the sandbox accepts."),
        QStringLiteral("ID"), QLatin1String(SimOptions::kDefaultAppId));
    const QCommandLineOption appKeyOption(
        QStringLiteral("app-public-key"),
        QStringLiteral("PEM file with the merchant (app) public key that signs requests "
                       "(default DIR/app_public.pem)."),
        QStringLiteral("FILE"));
    const QCommandLineOption payingOption(
        QStringLiteral("user-paying-seconds"),
        QStringLiteral("How long a 'user paying then success' trade (code ending 0002) stays "
                       "WAIT_BUYER_PAY."),
        QStringLiteral("S"), QStringLiteral("3"));
    const QCommandLineOption stdinOption(
        QStringLiteral("exit-on-stdin-close"),
        QStringLiteral("Exit when standard input reaches end of file (lets a parent process that "
                       "dies take the sandbox with it)."));
    const QCommandLineOption setOption(
        QStringLiteral("set"),
        QStringLiteral("A module setting key=value (repeatable), e.g. notify.delay-scale=0.001."),
        QStringLiteral("KEY=VALUE"));
    parser.addOptions({dataDirOption, portOption, appIdOption, appKeyOption, payingOption,
                       stdinOption, setOption});

    if (!parser.parse(arguments)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        return Error{QStringLiteral("usage.help"), parser.helpText()};
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usage(QStringLiteral("unexpected argument '%1'")
                         .arg(parser.positionalArguments().constFirst()));
    }

    SimOptions options;
    options.dataDir = parser.value(dataDirOption);
    if (options.dataDir.isEmpty()) {
        return usage(QStringLiteral("--data-dir DIR is required"));
    }
    options.dataDir = QDir(options.dataDir).absolutePath();

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        return usage(
            QStringLiteral("--port must be 0..65535, not '%1'").arg(parser.value(portOption)));
    }
    options.port = static_cast<quint16>(port);

    options.appId = parser.value(appIdOption).trimmed();
    if (options.appId.isEmpty()) {
        return usage(QStringLiteral("--app-id must not be empty"));
    }

    options.appPublicKeyPath =
        parser.isSet(appKeyOption)
            ? parser.value(appKeyOption)
            : QDir(options.dataDir).filePath(QStringLiteral("app_public.pem"));

    const int seconds = parser.value(payingOption).toInt(&ok);
    if (!ok || seconds < 0 || seconds > 24 * 3600) {
        return usage(QStringLiteral("--user-paying-seconds must be 0..86400, not '%1'")
                         .arg(parser.value(payingOption)));
    }
    options.userPayingSeconds = seconds;
    options.exitOnStdinClose = parser.isSet(stdinOption);
    for (const QString &setting : parser.values(setOption)) {
        const qsizetype equals = setting.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            return usage(QStringLiteral("--set needs key=value, not '%1'").arg(setting));
        }
        options.settings.insert(setting.left(equals).trimmed(), setting.mid(equals + 1).trimmed());
    }
    return options;
}

} // namespace pos::sim
