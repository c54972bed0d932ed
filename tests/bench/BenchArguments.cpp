#include "BenchArguments.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace pos::bench {

int parseBenchArguments(const QCoreApplication &app, const QString &description,
                        const std::array<CountOption, 2> &counts, BenchArguments *arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    std::array<QCommandLineOption, 2> countOptions{
        QCommandLineOption(QString::fromLatin1(counts[0].name), QString::fromLatin1(counts[0].help),
                           QString::fromLatin1(counts[0].valueName),
                           QString::number(counts[0].defaultValue)),
        QCommandLineOption(QString::fromLatin1(counts[1].name), QString::fromLatin1(counts[1].help),
                           QString::fromLatin1(counts[1].valueName),
                           QString::number(counts[1].defaultValue))};
    const QCommandLineOption dir(
        QStringLiteral("dir"),
        QStringLiteral("Folder for the benchmark's SQLite files (default: the temporary folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption log(QStringLiteral("log"),
                                 QStringLiteral("Keep info logging (off by default)."));
    parser.addOptions({countOptions[0], countOptions[1], dir, log});
    if (!parser.parse(app.arguments()) || !parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s\n%s", qPrintable(parser.errorText()),
                     qPrintable(parser.helpText()));
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    for (size_t i = 0; i < counts.size(); ++i) {
        bool ok = false;
        arguments->counts[i] = parser.value(countOptions[i]).toLongLong(&ok);
        if (!ok || arguments->counts[i] < counts[i].minimum) {
            std::fprintf(stderr, "--%s must be a whole number >= %lld\n", counts[i].name,
                         static_cast<long long>(counts[i].minimum));
            return kExitUsage;
        }
    }
    arguments->dir = parser.value(dir);
    arguments->log = parser.isSet(log);
    return -1;
}

} // namespace pos::bench
