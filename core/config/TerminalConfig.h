#pragma once

#include "config/DeviceConfig.h"
#include "config/HeadOfficeConfig.h"
#include "config/SettlementConfig.h"

#include "channels/PaymentCodeRouter.h"
#include "common/Result.h"
#include "payments/PaymentSchedule.h"
#include "sale/SaleService.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace pos::config {

struct AlipaySettings
{
    bool enabled = false;
    QUrl gatewayUrl;
    QString appId;
    QString appPrivateKeyFile;
    QString alipayPublicKeyFile;
    int timeoutMs = 15000;
};

// A channel whose keys live in one folder (WeChat Pay, UnionPay): see each adapter's
// key-folder loader for the file names.
struct KeyFolderChannelSettings
{
    bool enabled = false;
    QUrl baseUrl;
    QString merchantId; // WeChat mch_id, UnionPay merId
    QString appId;      // WeChat appid
    QString keyDir;
    int timeoutMs = 15000;
};

// Everything a terminal reads from its INI file (QSettings format). Missing keys take the
// defaults below; present but invalid values are refused with a message naming the key.
// The local endpoint channels send asynchronous notifications to (when they can reach the
// terminal; otherwise head office relays them).
struct NotifySettings
{
    bool enabled = false;
    QString listenAddress = QStringLiteral("127.0.0.1");
    int port = 0;      // 0: any free port (the demo); a real shop fixes it for its router
    QString publicUrl; // what channels are told (notify_url); empty: http://<listen>:<port>
};

struct TerminalConfig
{
    sale::TerminalIdentity identity;
    int cutoffHour = 4;
    QString language = QStringLiteral("zh_CN");
    AlipaySettings alipay;
    KeyFolderChannelSettings wechat;
    KeyFolderChannelSettings unionpay;
    DeviceSettings devices; // [printer], [scanner], [face], [customer_display]
    NotifySettings notify;
    payments::PaymentSchedule schedule;
    // [payment_codes] array: extra code rules (channel, prefixes, min_length, max_length).
    std::vector<channels::PaymentCodeRouter::Rule> extraCodeRules;
    // [channels] <id>.lacks=query,notify,…: what a provider does not offer (seed 000).
    QMap<QString, QStringList> channelLacks;
    HeadOfficeSettings headOffice; // [headoffice]
    SettlementSettings settlement; // [settlement]

    static Result<TerminalConfig> load(const QString &iniPath);
    Status save(const QString &iniPath) const;
};

} // namespace pos::config
