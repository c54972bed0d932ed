#pragma once

#include "common/Result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace pos::sim {

// What the command line asks of the sandbox.
struct SimOptions
{
    static constexpr const char *kDefaultAppId = "2021000000000001";

    QString dataDir;
    quint16 port = 0; // 0: pick a free port
    QString appId = QLatin1String(kDefaultAppId);
    QString appPublicKeyPath; // empty: DIR/app_public.pem
    int userPayingSeconds = 3;
    bool exitOnStdinClose = false;
    // --set key=value (repeatable): settings for the protocol modules (wechat.*, unionpay.*,
    // notify.*), each documented by the module that reads it.
    QMap<QString, QString> settings;
};

// Parses `arguments` (argv including the program name). --help/--version are handled by the
// caller through the returned error code "usage.help" / "usage.version" and its message text.
Result<SimOptions> parseSimOptions(const QStringList &arguments);

} // namespace pos::sim
