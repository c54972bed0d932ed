#include "IniFileTest.h"

#include "config/TerminalConfig.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using pos::config::TerminalConfig;

namespace {

class TerminalConfigTest : public pos::test::IniFileTest
{
};

TEST_F(TerminalConfigTest, MissingFileGivesTheDemoDefaults)
{
    auto config = TerminalConfig::load(m_dir.filePath(QStringLiteral("absent.ini")));
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config->identity.terminalId, QStringLiteral("T01"));
    EXPECT_FALSE(config->alipay.enabled);
    EXPECT_EQ(config->devices.printer.type, QStringLiteral("simulated"));
}

TEST_F(TerminalConfigTest, ValuesAreReadFromTheIniFile)
{
    auto config = TerminalConfig::load(
        write("[terminal]\nid=T07\ncutoff_hour=5\n[printer]\ntype=tcp\nhost=10.0.0.9\n"
              "port=9100\ncolumns=32\n[payments]\nuser_paying_poll_ms=5000\n"));
    ASSERT_TRUE(config.ok()) << config.error().message.toStdString();
    EXPECT_EQ(config->identity.terminalId, QStringLiteral("T07"));
    EXPECT_EQ(config->cutoffHour, 5);
    EXPECT_EQ(config->devices.printer.type, QStringLiteral("tcp"));
    EXPECT_EQ(config->devices.printer.columns, 32);
    EXPECT_EQ(config->schedule.userPayingPollMs, 5000);
}

TEST_F(TerminalConfigTest, OutOfRangeNumberIsRefusedNamingTheKey)
{
    auto config = TerminalConfig::load(write("[terminal]\ncutoff_hour=25\n"));
    ASSERT_FALSE(config.ok());
    EXPECT_TRUE(config.error().message.contains(QStringLiteral("terminal/cutoff_hour")));
}

TEST_F(TerminalConfigTest, NonNumericValueIsRefused)
{
    auto config = TerminalConfig::load(write("[payments]\nunknown_max_queries=three\n"));
    ASSERT_FALSE(config.ok());
    EXPECT_EQ(config.error().code, QStringLiteral("config.bad_value"));
}

TEST_F(TerminalConfigTest, UnknownPrinterTypeIsRefused)
{
    auto config = TerminalConfig::load(write("[printer]\ntype=laser\n"));
    ASSERT_FALSE(config.ok());
    EXPECT_TRUE(config.error().message.contains(QStringLiteral("printer/type")));
}

TEST_F(TerminalConfigTest, EnabledAlipayWithoutKeysIsRefused)
{
    auto config = TerminalConfig::load(
        write("[alipay]\nenabled=true\ngateway=https://openapi.alipay.com/gateway.do\n"));
    ASSERT_FALSE(config.ok());
    EXPECT_EQ(config.error().code, QStringLiteral("config.incomplete"));
}

TEST_F(TerminalConfigTest, SavedConfigurationLoadsBackTheSame)
{
    TerminalConfig original;
    original.identity.terminalId = QStringLiteral("T09");
    original.alipay.enabled = true;
    original.alipay.gatewayUrl = QUrl(QStringLiteral("http://127.0.0.1:1234/gateway.do"));
    original.alipay.appId = QStringLiteral("2021000000000001");
    original.alipay.appPrivateKeyFile = QStringLiteral("/k/app.pem");
    original.alipay.alipayPublicKeyFile = QStringLiteral("/k/alipay.pem");
    original.schedule.codeLifetimeMs = 45000;
    const QString path = m_dir.filePath(QStringLiteral("saved.ini"));
    ASSERT_TRUE(original.save(path).ok());
    auto loaded = TerminalConfig::load(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->identity.terminalId, original.identity.terminalId);
    EXPECT_EQ(loaded->alipay.gatewayUrl, original.alipay.gatewayUrl);
    EXPECT_EQ(loaded->schedule.codeLifetimeMs, 45000);
}

} // namespace

namespace {

TEST_F(TerminalConfigTest, ExtraPaymentCodeRulesAndChannelGapsAreRead)
{
    auto config = TerminalConfig::load(
        write("[payment_codes]\nsize=1\n1\\channel=ecny2\n1\\prefixes=\"05,06\"\n"
              "1\\min_length=19\n1\\max_length=19\n"
              "[channels]\nwechat.lacks=\"bill,notify\"\n"));
    ASSERT_TRUE(config.ok()) << config.error().message.toStdString();
    ASSERT_EQ(config->extraCodeRules.size(), 1u);
    EXPECT_EQ(config->extraCodeRules[0].channel, QStringLiteral("ecny2"));
    EXPECT_EQ(config->extraCodeRules[0].prefixes,
              (QStringList{QStringLiteral("05"), QStringLiteral("06")}));
    EXPECT_EQ(config->channelLacks.value(QStringLiteral("wechat")),
              (QStringList{QStringLiteral("bill"), QStringLiteral("notify")}));
}

TEST_F(TerminalConfigTest, IncompletePaymentCodeRuleIsRefused)
{
    auto config = TerminalConfig::load(
        write("[payment_codes]\nsize=1\n1\\channel=x\n1\\min_length=5\n1\\max_length=2\n"));
    ASSERT_FALSE(config.ok());
    EXPECT_TRUE(config.error().message.contains(QStringLiteral("payment_codes/1")));
}

} // namespace
