// [headoffice] and [settlement] in pos.ini: defaults, valid values, a refusal naming each key,
// and a save that loads back the same.
#include "IniFileTest.h"

#include "config/TerminalConfig.h"

#include <gtest/gtest.h>

using pos::config::TerminalConfig;

namespace {

using HeadOfficeConfigTest = pos::test::IniFileTest;

TEST_F(HeadOfficeConfigTest, DefaultsUploadNothingAndCountCnyToTheFen)
{
    auto config = TerminalConfig::load(m_dir.filePath(QStringLiteral("absent.ini")));
    ASSERT_TRUE(config.ok());
    EXPECT_TRUE(config->headOffice.url.isEmpty());
    EXPECT_TRUE(config->headOffice.secretFile.isEmpty());
    EXPECT_EQ(config->headOffice.timeoutMs, 10000);
    EXPECT_EQ(config->headOffice.retryBaseMs, 1000);
    EXPECT_EQ(config->headOffice.retryMaxMs, 300000);
    EXPECT_EQ(config->settlement.currency, QStringLiteral("CNY"));
    EXPECT_EQ(config->settlement.toleranceMinor, 0);
    EXPECT_FALSE(config->settlement.blindCount);
    EXPECT_EQ(config->settlement.shiftPolicy().currency, QStringLiteral("CNY"));
    EXPECT_EQ(config->settlement.shiftPolicy().toleranceMinor, 0);
}

TEST_F(HeadOfficeConfigTest, ValuesAreRead)
{
    auto config = TerminalConfig::load(
        write("[headoffice]\nurl=https://ho.example.com/pos\nsecret_file=/etc/pos/ho.secret\n"
              "timeout_ms=2500\nretry_base_ms=200\nretry_max_ms=60000\n"
              "[settlement]\ncurrency=hkd\nover_short_tolerance=5.00\nblind_count=true\n"));
    ASSERT_TRUE(config.ok()) << qPrintable(config.error().message);
    EXPECT_EQ(config->headOffice.url, QUrl(QStringLiteral("https://ho.example.com/pos")));
    EXPECT_EQ(config->headOffice.secretFile, QStringLiteral("/etc/pos/ho.secret"));
    EXPECT_EQ(config->headOffice.timeoutMs, 2500);
    EXPECT_EQ(config->headOffice.retryBaseMs, 200);
    EXPECT_EQ(config->headOffice.retryMaxMs, 60000);
    EXPECT_EQ(config->settlement.currency, QStringLiteral("HKD"));
    EXPECT_EQ(config->settlement.toleranceMinor, 500);
    EXPECT_TRUE(config->settlement.blindCount);
    const pos::settlement::ShiftPolicy policy = config->settlement.shiftPolicy();
    EXPECT_EQ(policy.currency, QStringLiteral("HKD"));
    EXPECT_EQ(policy.toleranceMinor, 500);

    auto plain =
        TerminalConfig::load(write("[settlement]\nover_short_tolerance=0.3\nblind_count=no\n"));
    ASSERT_TRUE(plain.ok()) << qPrintable(plain.error().message);
    EXPECT_EQ(plain->settlement.toleranceMinor, 30);
    EXPECT_FALSE(plain->settlement.blindCount);
}

TEST_F(HeadOfficeConfigTest, BadValuesAreRefusedNamingTheKey)
{
    const auto names = [&](const QByteArray &ini, const char *key) {
        const QString message = refusal(ini);
        EXPECT_TRUE(message.contains(QLatin1String(key)))
            << ini.constData() << " -> " << message.toStdString();
    };
    names("[headoffice]\nurl=ftp://ho.example.com\n", "headoffice/url");
    names("[headoffice]\nurl=not a url\n", "headoffice/url");
    names("[headoffice]\nurl=http://\n", "headoffice/url");
    names("[headoffice]\ntimeout_ms=0\n", "headoffice/timeout_ms");
    names("[headoffice]\ntimeout_ms=ten\n", "headoffice/timeout_ms");
    names("[headoffice]\nretry_max_ms=-5\n", "headoffice/retry_max_ms");
    names("[headoffice]\nretry_base_ms=5000\nretry_max_ms=1000\n", "headoffice/retry_max_ms");
    names("[settlement]\ncurrency=XYZ\n", "settlement/currency");
    names("[settlement]\ncurrency=\n", "settlement/currency");
    names("[settlement]\nover_short_tolerance=-1.00\n", "settlement/over_short_tolerance");
    names("[settlement]\nover_short_tolerance=5.001\n", "settlement/over_short_tolerance");
    names("[settlement]\nover_short_tolerance=five\n", "settlement/over_short_tolerance");
    names("[settlement]\nblind_count=maybe\n", "settlement/blind_count");
}

TEST_F(HeadOfficeConfigTest, SavedSettingsLoadBackTheSame)
{
    TerminalConfig original;
    original.headOffice.url = QUrl(QStringLiteral("http://127.0.0.1:8088/ho"));
    original.headOffice.secretFile = QStringLiteral("/k/ho.secret");
    original.headOffice.timeoutMs = 3000;
    original.headOffice.retryBaseMs = 250;
    original.headOffice.retryMaxMs = 90000;
    original.settlement.currency = QStringLiteral("USD");
    original.settlement.toleranceMinor = 1250;
    original.settlement.blindCount = true;
    const QString path = m_dir.filePath(QStringLiteral("saved.ini"));
    ASSERT_TRUE(original.save(path).ok());
    auto loaded = TerminalConfig::load(path);
    ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error().message);
    EXPECT_EQ(loaded->headOffice.url, original.headOffice.url);
    EXPECT_EQ(loaded->headOffice.secretFile, original.headOffice.secretFile);
    EXPECT_EQ(loaded->headOffice.timeoutMs, 3000);
    EXPECT_EQ(loaded->headOffice.retryBaseMs, 250);
    EXPECT_EQ(loaded->headOffice.retryMaxMs, 90000);
    EXPECT_EQ(loaded->settlement.currency, QStringLiteral("USD"));
    EXPECT_EQ(loaded->settlement.toleranceMinor, 1250);
    EXPECT_TRUE(loaded->settlement.blindCount);

    // The defaults (no head office) round-trip too.
    const QString defaults = m_dir.filePath(QStringLiteral("defaults.ini"));
    ASSERT_TRUE(TerminalConfig().save(defaults).ok());
    auto reloaded = TerminalConfig::load(defaults);
    ASSERT_TRUE(reloaded.ok()) << qPrintable(reloaded.error().message);
    EXPECT_TRUE(reloaded->headOffice.url.isEmpty());
    EXPECT_EQ(reloaded->settlement.currency, QStringLiteral("CNY"));
    EXPECT_FALSE(reloaded->settlement.blindCount);
}

} // namespace
