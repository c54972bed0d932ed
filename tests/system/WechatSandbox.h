#pragma once

#include "channels/wechatpay/WechatConfig.h"
#include "support/ChannelSimProcess.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pos::test {

// A WeChat payment code (18 digits, prefix 13) whose last four digits choose the sandbox
// scenario (app/pos-channel-sim/wechat/WechatScenario.h); `serial` keeps codes distinct.
QString wechatCode(const char *lastFour, int serial = 0);

// The real pos-channel-sim, started for WeChat tests, and the WechatConfig the terminal's demo
// mode would build from <dataDir>/wechat/.
class WechatSandbox
{
public:
    bool start(const QStringList &extraArgs = {});
    QString errorText() const { return m_process.errorText(); }
    ChannelSimProcess &process() { return m_process; }

    channels::wechatpay::WechatConfig channelConfig(int timeoutMs = 5000) const;
    QByteArray file(const QString &name) const; // from <dataDir>/wechat/
    // GET /admin/wechat/ledger: {"trades", "refunds", "requests"}.
    QJsonObject ledger() const;
    QJsonObject tradeFor(const QString &outTradeNo) const;

private:
    ChannelSimProcess m_process;
};

// A fresh out_trade_no / out_refund_no for one test.
QString wechatOrderNo(const char *tag);

} // namespace pos::test
