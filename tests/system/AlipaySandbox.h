#pragma once

#include "channels/PaymentChannel.h"
#include "channels/alipay/AlipayConfig.h"
#include "config/TerminalConfig.h"
#include "security/RsaKey.h"
#include "support/ChannelSimProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace pos::test {

// The app key pair the system tests sign with: generated once per test binary (RSA generation
// is slow), registered with every sandbox they start.
const security::RsaKey &testAppKey();

// Writes `bytes` to `path`, replacing it; false when that fails.
bool writeFile(const QString &path, const QByteArray &bytes);

// A payment code the sandbox routes to Alipay whose last four digits choose its scenario
// (Scenario.h: 0001 insufficient balance, 0002 user paying then paid, 0003 system error but
// paid, 0004 user paying forever, 0006 system error and no trade, 0009 tampered signature).
QString alipayCode(const char *lastFour);

// GET `path` from the sandbox (waits in the event loop) and returns the JSON object it answers.
QJsonObject getJson(const ChannelSimProcess &process, const QString &path);
// The first object in `rows` whose `key` is `value`; empty when there is none.
QJsonObject firstWith(const QJsonArray &rows, const QString &key, const QString &value);

// The real pos-channel-sim, started for Alipay tests, and the settings an AlipayChannel needs
// to talk to it.
class AlipaySandbox
{
public:
    // Starts the sandbox with testAppKey() registered; `extraArgs` go to pos-channel-sim.
    bool start(const QStringList &extraArgs = {});
    void stop() { m_process.stop(); }
    QString errorText() const { return m_process.errorText(); }
    ChannelSimProcess &process() { return m_process; }

    QUrl gatewayUrl() const { return m_process.gatewayUrl(); }
    // The sandbox's "Alipay" public key (what verifies its answers).
    security::RsaKey alipayPublicKey() const;
    QString alipayPublicKeyPath() const;
    channels::alipay::AlipayConfig channelConfig(int requestTimeoutMs = 5000) const;
    // The [alipay] settings of a terminal that talks to this sandbox: testAppKey()'s private key
    // is written to <dataDir>/app_private.pem. False when the key cannot be written.
    bool configureTerminal(const QString &dataDir, config::AlipaySettings *settings,
                           int timeoutMs) const;

    // GET /admin/ledger (waits in the event loop): {"trades": [...], "requests": [...]}.
    QJsonObject ledger() const;
    // The API methods the sandbox received for one out_trade_no, in arrival order.
    QStringList methodsFor(const QString &outTradeNo) const;
    // The sandbox's stored trade for one out_trade_no; empty when it has none.
    QJsonObject tradeFor(const QString &outTradeNo) const;

private:
    ChannelSimProcess m_process;
};

// Runs one asynchronous channel call and waits in the event loop for its single callback.
// An Unknown result with providerCode "test.no_answer" means the callback never came.
channels::ChannelResult
awaitChannel(const std::function<void(channels::PaymentChannel::Callback)> &call,
             int timeoutMs = 10000);

} // namespace pos::test
