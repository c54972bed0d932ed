#pragma once

#include "common/Result.h"
#include "config/TerminalConfig.h"

#include <QObject>
#include <QProcess>

namespace pos::demo {

// Demo mode's channel sandbox: makes an app key pair under <data>/demo, starts
// pos-channel-sim on a free loopback port with that key, and points the configuration's
// Alipay settings at it. The sandbox process lives as long as this object.
class DemoSandbox : public QObject
{
    Q_OBJECT
public:
    explicit DemoSandbox(QString dataDir, QObject *parent = nullptr);
    ~DemoSandbox() override;

    // Blocks (start-up only, before any window shows) until the sandbox listens or 15 s pass.
    Status start(config::TerminalConfig &config);
    void stop();
    int port() const { return m_port; }

    // Where pos-channel-sim is: $POS_CHANNEL_SIM, next to this program, in the build tree, or on
    // PATH.
    static QString locateSimulator();

private:
    QString m_dataDir;
    QProcess m_process;
    int m_port = 0;
};

} // namespace pos::demo
