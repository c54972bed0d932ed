#include "config/TerminalConfig.h"

#include "config/IniValues.h"

#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace pos::config {

namespace {

QString readString(const QSettings &settings, const char *key, const QString &fallback)
{
    return config::readString(settings, QString::fromLatin1(key), fallback);
}

Result<std::vector<channels::PaymentCodeRouter::Rule>> readCodeRules(QSettings &settings)
{
    std::vector<channels::PaymentCodeRouter::Rule> rules;
    const int count = settings.beginReadArray(QStringLiteral("payment_codes"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        channels::PaymentCodeRouter::Rule rule;
        rule.channel = settings.value(QStringLiteral("channel")).toString().trimmed();
        rule.prefixes = settings.value(QStringLiteral("prefixes"))
                            .toStringList()
                            .join(QLatin1Char(','))
                            .split(QLatin1Char(','), Qt::SkipEmptyParts);
        rule.minLength = settings.value(QStringLiteral("min_length")).toInt();
        rule.maxLength = settings.value(QStringLiteral("max_length")).toInt();
        rule.digitsOnly = settings.value(QStringLiteral("digits_only"), true).toBool();
        if (rule.channel.isEmpty() || rule.prefixes.isEmpty() || rule.minLength < 1 ||
            rule.maxLength > 128 || rule.minLength > rule.maxLength) {
            settings.endArray();
            return Result<std::vector<channels::PaymentCodeRouter::Rule>>::failure(
                QStringLiteral("config.bad_value"),
                QStringLiteral("payment_codes/%1 needs channel, prefixes and 1 <= min_length <= "
                               "max_length <= 128")
                    .arg(i + 1));
        }
        for (QString &prefix : rule.prefixes) {
            prefix = prefix.trimmed();
        }
        rules.push_back(rule);
    }
    settings.endArray();
    return rules;
}

Status readKeyFolderChannel(const QSettings &settings, const QString &group,
                            KeyFolderChannelSettings *channel)
{
    const auto key = [&group](const char *name) {
        return group + QLatin1Char('/') + QLatin1String(name);
    };
    channel->enabled = settings.value(key("enabled"), channel->enabled).toBool();
    channel->baseUrl =
        QUrl(settings.value(key("base_url"), channel->baseUrl.toString()).toString().trimmed());
    channel->merchantId =
        settings.value(key("merchant_id"), channel->merchantId).toString().trimmed();
    channel->appId = settings.value(key("app_id"), channel->appId).toString().trimmed();
    channel->keyDir = settings.value(key("key_dir"), channel->keyDir).toString().trimmed();
    if (channel->enabled && (!channel->baseUrl.isValid() || channel->baseUrl.scheme().isEmpty() ||
                             channel->merchantId.isEmpty() || channel->keyDir.isEmpty())) {
        return Error{QStringLiteral("config.incomplete"),
                     QStringLiteral("%1 needs base_url, merchant_id and key_dir").arg(group)};
    }
    return success();
}

void writeKeyFolderChannel(QSettings &settings, const QString &group,
                           const KeyFolderChannelSettings &channel)
{
    settings.setValue(group + QStringLiteral("/enabled"), channel.enabled);
    settings.setValue(group + QStringLiteral("/base_url"), channel.baseUrl.toString());
    settings.setValue(group + QStringLiteral("/merchant_id"), channel.merchantId);
    settings.setValue(group + QStringLiteral("/app_id"), channel.appId);
    settings.setValue(group + QStringLiteral("/key_dir"), channel.keyDir);
    settings.setValue(group + QStringLiteral("/timeout_ms"), channel.timeoutMs);
}

} // namespace

Result<TerminalConfig> TerminalConfig::load(const QString &iniPath)
{
    TerminalConfig config;
    if (!QFileInfo::exists(iniPath)) {
        return config; // no file: the defaults (demo)
    }
    QSettings settings(iniPath, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        return Result<TerminalConfig>::failure(
            QStringLiteral("config.unreadable"),
            QStringLiteral("cannot read configuration %1").arg(iniPath));
    }
    config.identity.terminalId = readString(settings, "terminal/id", config.identity.terminalId);
    config.identity.storeId = readString(settings, "terminal/store_id", config.identity.storeId);
    config.identity.shopName = readString(settings, "terminal/shop_name", config.identity.shopName);
    config.language = readString(settings, "terminal/language", config.language);
    if (config.identity.terminalId.isEmpty() || config.identity.terminalId.size() > 16) {
        return Result<TerminalConfig>::failure(
            QStringLiteral("config.bad_value"),
            QStringLiteral("terminal/id must be 1 to 16 characters"));
    }

    config.alipay.enabled = settings.value(QStringLiteral("alipay/enabled"), false).toBool();
    config.alipay.gatewayUrl = QUrl(readString(settings, "alipay/gateway", {}));
    config.alipay.appId = readString(settings, "alipay/app_id", {});
    config.alipay.appPrivateKeyFile = readString(settings, "alipay/app_private_key", {});
    config.alipay.alipayPublicKeyFile = readString(settings, "alipay/alipay_public_key", {});
    if (config.alipay.enabled &&
        (!config.alipay.gatewayUrl.isValid() || config.alipay.gatewayUrl.scheme().isEmpty() ||
         config.alipay.appId.isEmpty() || config.alipay.appPrivateKeyFile.isEmpty() ||
         config.alipay.alipayPublicKeyFile.isEmpty())) {
        return Result<TerminalConfig>::failure(
            QStringLiteral("config.incomplete"),
            QStringLiteral("alipay needs gateway, app_id, app_private_key and alipay_public_key"));
    }

    for (auto [group, channel] : {std::pair{QStringLiteral("wechat"), &config.wechat},
                                  std::pair{QStringLiteral("unionpay"), &config.unionpay}}) {
        if (auto read = readKeyFolderChannel(settings, group, channel); !read) {
            return read.error();
        }
    }

    if (auto read = readDeviceSettings(settings, &config.devices); !read) {
        return read.error();
    }
    if (auto read = readHeadOfficeSettings(settings, &config.headOffice); !read) {
        return read.error();
    }
    if (auto read = readSettlementSettings(settings, &config.settlement); !read) {
        return read.error();
    }

    payments::PaymentSchedule &s = config.schedule;
    if (auto read = readInts(
            settings,
            {
                {"terminal/cutoff_hour", 0, 23, &config.cutoffHour},
                {"alipay/timeout_ms", 100, 120000, &config.alipay.timeoutMs},
                {"wechat/timeout_ms", 100, 120000, &config.wechat.timeoutMs},
                {"unionpay/timeout_ms", 100, 120000, &config.unionpay.timeoutMs},
                {"payments/user_paying_poll_ms", 10, 60000, &s.userPayingPollMs},
                {"payments/code_lifetime_ms", 100, 600000, &s.codeLifetimeMs},
                {"payments/qr_lifetime_ms", 1000, 7200000, &s.qrLifetimeMs},
                {"payments/unknown_first_query_ms", 10, 60000, &s.unknownFirstQueryMs},
                {"payments/unknown_query_interval_ms", 10, 60000, &s.unknownQueryIntervalMs},
                {"payments/unknown_max_queries", 1, 100, &s.unknownMaxQueries},
                {"payments/reversal_retry_ms", 10, 600000, &s.reversalRetryMs},
                {"payments/recovery_interval_ms", 100, 3600000, &s.recoveryIntervalMs},
                {"payments/refund_poll_ms", 10, 600000, &s.refundPollMs},
                {"payments/refund_retry_ms", 10, 3600000, &s.refundRetryMs},
                {"notify/port", 0, 65535, &config.notify.port},
            });
        !read) {
        return read.error();
    }
    config.notify.enabled = settings.value(QStringLiteral("notify/enabled"), false).toBool();
    config.notify.listenAddress =
        settings.value(QStringLiteral("notify/listen"), config.notify.listenAddress).toString();
    config.notify.publicUrl = settings.value(QStringLiteral("notify/public_url")).toString();
    if (!config.notify.publicUrl.isEmpty() &&
        !QUrl(config.notify.publicUrl, QUrl::StrictMode).isValid()) {
        return Result<TerminalConfig>::failure(
            QStringLiteral("config.bad_value"),
            QStringLiteral("notify/public_url is not a valid URL: %1")
                .arg(config.notify.publicUrl));
    }
    auto rules = readCodeRules(settings);
    if (!rules) {
        return rules.error();
    }
    config.extraCodeRules = rules.value();
    settings.beginGroup(QStringLiteral("channels"));
    for (const QString &key : settings.childKeys()) {
        if (!key.endsWith(QLatin1String(".lacks"))) {
            return Result<TerminalConfig>::failure(
                QStringLiteral("config.bad_value"),
                QStringLiteral("channels/%1: expected <channel>.lacks").arg(key));
        }
        config.channelLacks.insert(key.chopped(6),
                                   settings.value(key)
                                       .toStringList()
                                       .join(QLatin1Char(','))
                                       .split(QLatin1Char(','), Qt::SkipEmptyParts));
    }
    settings.endGroup();
    return config;
}

Status TerminalConfig::save(const QString &iniPath) const
{
    QSettings settings(iniPath, QSettings::IniFormat);
    settings.setValue(QStringLiteral("terminal/id"), identity.terminalId);
    settings.setValue(QStringLiteral("terminal/store_id"), identity.storeId);
    settings.setValue(QStringLiteral("terminal/shop_name"), identity.shopName);
    settings.setValue(QStringLiteral("terminal/cutoff_hour"), cutoffHour);
    settings.setValue(QStringLiteral("terminal/language"), language);
    settings.setValue(QStringLiteral("alipay/enabled"), alipay.enabled);
    settings.setValue(QStringLiteral("alipay/gateway"), alipay.gatewayUrl.toString());
    settings.setValue(QStringLiteral("alipay/app_id"), alipay.appId);
    settings.setValue(QStringLiteral("alipay/app_private_key"), alipay.appPrivateKeyFile);
    settings.setValue(QStringLiteral("alipay/alipay_public_key"), alipay.alipayPublicKeyFile);
    settings.setValue(QStringLiteral("alipay/timeout_ms"), alipay.timeoutMs);
    writeKeyFolderChannel(settings, QStringLiteral("wechat"), wechat);
    writeKeyFolderChannel(settings, QStringLiteral("unionpay"), unionpay);
    writeDeviceSettings(settings, devices);
    writeHeadOfficeSettings(settings, headOffice);
    writeSettlementSettings(settings, settlement);
    settings.setValue(QStringLiteral("payments/user_paying_poll_ms"), schedule.userPayingPollMs);
    settings.setValue(QStringLiteral("payments/code_lifetime_ms"), schedule.codeLifetimeMs);
    settings.setValue(QStringLiteral("payments/unknown_first_query_ms"),
                      schedule.unknownFirstQueryMs);
    settings.setValue(QStringLiteral("payments/unknown_query_interval_ms"),
                      schedule.unknownQueryIntervalMs);
    settings.setValue(QStringLiteral("notify/enabled"), notify.enabled);
    settings.setValue(QStringLiteral("notify/listen"), notify.listenAddress);
    settings.setValue(QStringLiteral("notify/port"), notify.port);
    settings.setValue(QStringLiteral("notify/public_url"), notify.publicUrl);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        return Error{QStringLiteral("config.unwritable"),
                     QStringLiteral("cannot write configuration %1").arg(iniPath)};
    }
    return success();
}

} // namespace pos::config
