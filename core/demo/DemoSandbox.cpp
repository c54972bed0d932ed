#include "demo/DemoSandbox.h"

#include "security/RsaKey.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

namespace pos::demo {

namespace {
constexpr const char *kDemoAppId = "2021000000000001";
constexpr int kStartTimeoutMs = 15000;

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes) != bytes.size()) {
        return Error{QStringLiteral("demo.write"), QStringLiteral("cannot write %1").arg(path)};
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return success();
}
} // namespace

DemoSandbox::DemoSandbox(QString dataDir, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir))
{
}

DemoSandbox::~DemoSandbox()
{
    stop();
}

QString DemoSandbox::locateSimulator()
{
    const QString overridden = qEnvironmentVariable("POS_CHANNEL_SIM");
    if (!overridden.isEmpty()) {
        return overridden;
    }
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {dir + QStringLiteral("/pos-channel-sim"),
                                     dir + QStringLiteral("/../pos-channel-sim/pos-channel-sim")}) {
        if (QFileInfo(candidate).isExecutable()) {
            return QFileInfo(candidate).canonicalFilePath();
        }
    }
    return QStandardPaths::findExecutable(QStringLiteral("pos-channel-sim"));
}

Status DemoSandbox::start(config::TerminalConfig &config)
{
    const QString demoDir = m_dataDir + QStringLiteral("/demo");
    QDir().mkpath(demoDir + QStringLiteral("/sim"));
    const QString privatePath = demoDir + QStringLiteral("/app_private.pem");
    const QString publicPath = demoDir + QStringLiteral("/app_public.pem");
    if (!QFileInfo::exists(privatePath) || !QFileInfo::exists(publicPath)) {
        auto key = security::RsaKey::generate();
        if (!key) {
            return key.error();
        }
        if (auto written = writeFile(privatePath, key->privatePem()); !written) {
            return written;
        }
        if (auto written = writeFile(publicPath, key->publicPem()); !written) {
            return written;
        }
    }
    const QString simulator = locateSimulator();
    if (simulator.isEmpty()) {
        return Error{QStringLiteral("demo.no_sandbox"),
                     QStringLiteral("pos-channel-sim was not found next to this program")};
    }
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(simulator,
                    {QStringLiteral("--data-dir"), demoDir + QStringLiteral("/sim"),
                     QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--app-id"),
                     QString::fromLatin1(kDemoAppId), QStringLiteral("--app-public-key"),
                     publicPath, QStringLiteral("--exit-on-stdin-close")});
    if (!m_process.waitForStarted(kStartTimeoutMs)) {
        return Error{QStringLiteral("demo.sandbox_start"),
                     QStringLiteral("cannot start %1: %2").arg(simulator, m_process.errorString())};
    }
    static const QRegularExpression listening(
        QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QDeadlineTimer deadline(kStartTimeoutMs);
    QByteArray output;
    while (m_port == 0 && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
        if (m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            output += m_process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(output));
            if (match.hasMatch()) {
                m_port = match.captured(1).toInt();
            }
        }
    }
    if (m_port == 0) {
        stop();
        return Error{QStringLiteral("demo.sandbox_start"),
                     QStringLiteral("the channel sandbox did not start listening")};
    }
    config.alipay.enabled = true;
    config.alipay.gatewayUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/gateway.do").arg(m_port));
    config.alipay.appId = QString::fromLatin1(kDemoAppId);
    config.alipay.appPrivateKeyFile = privatePath;
    config.alipay.alipayPublicKeyFile = demoDir + QStringLiteral("/sim/alipay_public.pem");
    // The sandbox writes WeChat Pay and UnionPay merchant keys into its own folders on start;
    // demo mode uses them as a shop would use the files its providers issued.
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    config.wechat = {true,
                     base,
                     QStringLiteral("1900000109"),
                     QStringLiteral("wx2421b1c4370ec43b"),
                     demoDir + QStringLiteral("/sim/wechat"),
                     config.wechat.timeoutMs};
    config.unionpay = {true,
                       base,
                       QStringLiteral("777290058110048"),
                       {},
                       demoDir + QStringLiteral("/sim/unionpay"),
                       config.unionpay.timeoutMs};
    return success();
}

void DemoSandbox::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

} // namespace pos::demo
