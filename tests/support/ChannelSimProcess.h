#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace pos::test {

// Runs the real pos-channel-sim binary on a loopback port it picks itself, in a fresh temporary
// data directory, for one test. start() waits (in the event loop) for the sandbox's
// "pos-channel-sim listening on 127.0.0.1:<port>" line; stop() (also run by the destructor)
// always ends the process. The sandbox is started with --exit-on-stdin-close, so it also dies
// with the test binary if that crashes.
class ChannelSimProcess
{
public:
    ChannelSimProcess();
    ~ChannelSimProcess();
    ChannelSimProcess(const ChannelSimProcess &) = delete;
    ChannelSimProcess &operator=(const ChannelSimProcess &) = delete;

    // Writes `appPublicKeyPem` to <dataDir>/app_public.pem and starts the sandbox with it plus
    // `extraArgs` (e.g. {"--user-paying-seconds", "0"}). False (see errorText()) when the
    // process does not come up within `timeoutMs`.
    bool start(const QByteArray &appPublicKeyPem, const QStringList &extraArgs = {},
               int timeoutMs = 20000);
    void stop();

    bool isRunning() const;
    quint16 port() const { return m_port; }
    QString dataDir() const;
    // The sandbox's own "Alipay" public key (generated on first start), to verify responses.
    QByteArray alipayPublicKeyPem() const;

    QUrl gatewayUrl() const; // http://127.0.0.1:<port>/gateway.do
    QUrl url(const QString &path) const;

    // Why start() failed, then what the process wrote to stderr so far.
    QString errorText() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QString m_error;
    quint16 m_port = 0;
};

} // namespace pos::test
