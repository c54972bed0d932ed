#include "support/ChannelSimProcess.h"

#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace pos::test {

ChannelSimProcess::ChannelSimProcess() = default;

ChannelSimProcess::~ChannelSimProcess()
{
    stop();
}

bool ChannelSimProcess::start(const QByteArray &appPublicKeyPem, const QStringList &extraArgs,
                              int timeoutMs)
{
    stop();
    m_stdout.clear();
    m_stderr.clear();
    m_error.clear();
    m_port = 0;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory: %1").arg(m_dir.errorString());
        return false;
    }
    const QString keyPath = QDir(m_dir.path()).filePath(QStringLiteral("app_public.pem"));
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::WriteOnly) ||
        keyFile.write(appPublicKeyPem) != appPublicKeyPem.size()) {
        m_error = QStringLiteral("cannot write %1").arg(keyPath);
        return false;
    }
    keyFile.close();

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QStringLiteral(POS_CHANNEL_SIM_PATH));
    m_process->setArguments(QStringList{QStringLiteral("--data-dir"), m_dir.path(),
                                        QStringLiteral("--port"), QStringLiteral("0"),
                                        QStringLiteral("--app-public-key"), keyPath,
                                        QStringLiteral("--exit-on-stdin-close")} +
                            extraArgs);
    QProcess *process = m_process.get();
    QObject::connect(process, &QProcess::readyReadStandardOutput, process,
                     [this, process]() { m_stdout += process->readAllStandardOutput(); });
    QObject::connect(process, &QProcess::readyReadStandardError, process,
                     [this, process]() { m_stderr += process->readAllStandardError(); });
    m_process->start();

    static const QRegularExpression listening(
        QStringLiteral("^pos-channel-sim listening on 127\\.0\\.0\\.1:(\\d+)$"),
        QRegularExpression::MultilineOption);
    QRegularExpressionMatch match;
    const bool up = waitUntil(
        [&]() {
            match = listening.match(QString::fromUtf8(m_stdout));
            return match.hasMatch() || process->state() == QProcess::NotRunning;
        },
        timeoutMs);
    if (!up || !match.hasMatch()) {
        m_error = QStringLiteral("pos-channel-sim did not start (%1)")
                      .arg(up ? QStringLiteral("exited with code %1").arg(process->exitCode())
                              : QStringLiteral("timed out"));
        stop();
        return false;
    }
    m_port = static_cast<quint16>(match.captured(1).toUInt());
    return true;
}

void ChannelSimProcess::stop()
{
    if (!m_process) {
        return;
    }
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        QProcess *process = m_process.get();
        if (!waitUntil([process]() { return process->state() == QProcess::NotRunning; }, 5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_stderr += m_process->readAllStandardError();
    m_process.reset();
}

bool ChannelSimProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString ChannelSimProcess::dataDir() const
{
    return m_dir.path();
}

QByteArray ChannelSimProcess::alipayPublicKeyPem() const
{
    QFile file(QDir(m_dir.path()).filePath(QStringLiteral("alipay_public.pem")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QUrl ChannelSimProcess::gatewayUrl() const
{
    return url(QStringLiteral("/gateway.do"));
}

QUrl ChannelSimProcess::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

QString ChannelSimProcess::errorText() const
{
    return m_error + QLatin1Char('\n') + QString::fromUtf8(m_stderr);
}

} // namespace pos::test
