#pragma once

#include "channels/PaymentChannel.h"
#include "channels/unionpay/UnionPayConfig.h"
#include "support/ChannelSimProcess.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pos::test {

// A consumer's UnionPay code (19 digits starting 62) whose last four digits choose the sandbox
// scenario (app/pos-channel-sim/unionpay/UnionPayScenario.h: 0001 insufficient funds, 0002
// processing then paid, 0003 system error but paid, 0004 processing forever, 0005 invalid,
// 0006 system error and nothing recorded, 0007 other merId, 0008 other amount, 0009 forged
// signature).
QString unionPayCode(const char *lastFour);

// The real pos-channel-sim, started for UnionPay tests, and the config a UnionPayChannel needs
// to talk to it (read from <dataDir>/unionpay/ as the terminal's demo mode does).
class UnionPaySandbox
{
public:
    bool start(const QStringList &extraArgs = {});
    void stop() { m_process.stop(); }
    QString errorText() const { return m_process.errorText(); }
    QString folder() const; // <dataDir>/unionpay
    QUrl baseUrl() const;

    channels::unionpay::UnionPayConfig channelConfig(int requestTimeoutMs = 5000) const;

    // GET /admin/unionpay/ledger: {"transactions": [...], "requests": [...]}.
    QJsonObject ledger() const;
    QJsonObject txnFor(const QString &orderId) const;

private:
    ChannelSimProcess m_process;
};

} // namespace pos::test
