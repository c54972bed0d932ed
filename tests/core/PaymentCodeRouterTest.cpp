// Which channel a scanned payment code (付款码) belongs to, by prefix and length.
#include "channels/PaymentCodeRouter.h"

#include <gtest/gtest.h>

namespace pos {
namespace {

using channels::PaymentCodeRouter;

// A code of `length` characters: `prefix` followed by the digits 0123456789 repeated.
QString codeOf(const QString &prefix, int length)
{
    QString code = prefix;
    for (int i = 0; code.size() < length; ++i) {
        code.append(QChar(u'0' + i % 10));
    }
    return code;
}

std::string routed(const PaymentCodeRouter &router, const QString &code)
{
    const auto channel = router.channelFor(code);
    return channel ? channel->toStdString() : "refused:" + channel.error().code.toStdString();
}

const std::string kRefused = "refused:code.unknown_channel";

TEST(PaymentCodeRouterTest, WeChatCodesAre18DigitsStarting10To15)
{
    const PaymentCodeRouter router;
    for (const char *prefix : {"10", "11", "12", "13", "14", "15"}) {
        EXPECT_EQ(routed(router, codeOf(QString::fromLatin1(prefix), 18)), "wechat") << prefix;
    }
    EXPECT_EQ(routed(router, QStringLiteral("120061098828009406")), "wechat"); // WeChat doc example
    EXPECT_EQ(routed(router, QStringLiteral("130061098828009406")), "wechat");
}

TEST(PaymentCodeRouterTest, WeChatPrefixWithWrongLengthIsRefused)
{
    const PaymentCodeRouter router;
    for (int length : {16, 17, 19, 20}) {
        EXPECT_EQ(routed(router, codeOf(QStringLiteral("13"), length)), kRefused) << length;
    }
}

TEST(PaymentCodeRouterTest, AlipayCodesAre16To24DigitsStarting25To30)
{
    const PaymentCodeRouter router;
    for (const char *prefix : {"25", "26", "27", "28", "29", "30"}) {
        for (int length : {16, 17, 18, 20, 24}) {
            EXPECT_EQ(routed(router, codeOf(QString::fromLatin1(prefix), length)), "alipay")
                << prefix << " length " << length;
        }
    }
    EXPECT_EQ(routed(router, QStringLiteral("28763443825664394")), "alipay"); // Alipay doc example
}

TEST(PaymentCodeRouterTest, AlipayPrefixWithWrongLengthIsRefused)
{
    const PaymentCodeRouter router;
    EXPECT_EQ(routed(router, codeOf(QStringLiteral("28"), 15)), kRefused);
    EXPECT_EQ(routed(router, codeOf(QStringLiteral("28"), 25)), kRefused);
}

TEST(PaymentCodeRouterTest, AlipayFacePayTokenIsRecognised)
{
    const PaymentCodeRouter router;
    const QString token =
        QStringLiteral("fp") + QStringLiteral("0a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6").left(33);
    ASSERT_EQ(token.size(), 35);
    EXPECT_EQ(routed(router, token), "alipay");
}

TEST(PaymentCodeRouterTest, FacePayTokenWithOtherCharactersIsRefused)
{
    const PaymentCodeRouter router;
    EXPECT_EQ(routed(router, QStringLiteral("fp0a1B2c3D-4e5F6g7H8i9J0k1L2m3N4o5")), kRefused);
    EXPECT_EQ(routed(router, QStringLiteral("fp0a1B2c3D 4e5F6g7H8i9J0k1L2m3N4o5")), kRefused);
    EXPECT_EQ(routed(router, QStringLiteral("fp0a1B2c3D\u00e94e5F6g7H8i9J0k1L2m3N4o")), kRefused);
    EXPECT_EQ(routed(router, QStringLiteral("fp")), kRefused);
}

TEST(PaymentCodeRouterTest, UnionPayCodesAre19DigitsStarting62)
{
    const PaymentCodeRouter router;
    EXPECT_EQ(routed(router, codeOf(QStringLiteral("62"), 19)), "unionpay");
    EXPECT_EQ(routed(router, QStringLiteral("6212345678901234567")), "unionpay");
    EXPECT_EQ(routed(router, codeOf(QStringLiteral("62"), 18)), kRefused);
    EXPECT_EQ(routed(router, codeOf(QStringLiteral("62"), 20)), kRefused);
}

TEST(PaymentCodeRouterTest, UnknownPrefixesAreRefused)
{
    const PaymentCodeRouter router;
    for (const char *prefix : {"09", "16", "19", "24", "31", "50", "61", "63", "99"}) {
        for (int length : {16, 18, 19, 24}) {
            EXPECT_EQ(routed(router, codeOf(QString::fromLatin1(prefix), length)), kRefused)
                << prefix << " length " << length;
        }
    }
}

TEST(PaymentCodeRouterTest, NonDigitsAndEmptyCodesAreRefused)
{
    const PaymentCodeRouter router;
    EXPECT_EQ(routed(router, QStringLiteral("13456789012345678X")), kRefused);
    EXPECT_EQ(routed(router, QStringLiteral("1345678901234-5678")), kRefused);
    EXPECT_EQ(routed(router, QStringLiteral("１３４５６７８９０１２３４５６７８９")), kRefused);
    EXPECT_EQ(routed(router, QString()), kRefused);
    EXPECT_EQ(routed(router, QStringLiteral("   ")), kRefused);
    EXPECT_EQ(routed(router, QStringLiteral("https://qr.alipay.com/bax07651xvtprxfkmxyf00a9")),
              kRefused);
}

TEST(PaymentCodeRouterTest, RefusalSaysWhatIsWrong)
{
    const PaymentCodeRouter router;
    const auto refused = router.channelFor(QStringLiteral("999999999999999999"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("code.unknown_channel"));
    EXPECT_FALSE(refused.error().message.isEmpty());
    EXPECT_FALSE(refused.error().message.contains(QStringLiteral("999999999999999999")));
}

TEST(PaymentCodeRouterTest, ScannerWhitespaceIsIgnored)
{
    const PaymentCodeRouter router;
    EXPECT_EQ(routed(router, QStringLiteral(" 134567890123456789\r\n")), "wechat");
}

TEST(PaymentCodeRouterTest, ConfiguredExtraRuleIsUsed)
{
    PaymentCodeRouter router;
    const QString jd = codeOf(QStringLiteral("18"), 18);
    ASSERT_EQ(routed(router, jd), kRefused);
    router.addRule(
        PaymentCodeRouter::Rule{QStringLiteral("jdpay"), {QStringLiteral("18")}, 18, 18, true});
    EXPECT_EQ(routed(router, jd), "jdpay");
    EXPECT_EQ(routed(router, codeOf(QStringLiteral("18"), 17)), kRefused);
    // The default rules still apply next to it.
    EXPECT_EQ(routed(router, codeOf(QStringLiteral("13"), 18)), "wechat");
}

TEST(PaymentCodeRouterTest, ConfiguredTokenRuleAcceptsLettersAndDigits)
{
    PaymentCodeRouter router;
    router.addRule(PaymentCodeRouter::Rule{
        QStringLiteral("member"), {QStringLiteral("MB"), QStringLiteral("mb")}, 8, 12, false});
    EXPECT_EQ(routed(router, QStringLiteral("MB12ab34")), "member");
    EXPECT_EQ(routed(router, QStringLiteral("mb12AB34cd")), "member");
    EXPECT_EQ(routed(router, QStringLiteral("MB12ab3")), kRefused);       // too short
    EXPECT_EQ(routed(router, QStringLiteral("MB12ab34cd567")), kRefused); // too long
    EXPECT_EQ(routed(router, QStringLiteral("XX12ab34")), kRefused);
}

} // namespace
} // namespace pos
