// WeChat Pay's published vectors (tests/data/wechat/vectors, from channel-research.md section
// 5): v2 signatures, v3 request signing and answer verification, AEAD_AES_256_GCM, and the XML
// reader's refusals. These pin our crypto to WeChat's independently of our own sandbox.
#include "channels/wechatpay/AesGcm.h"
#include "channels/wechatpay/WechatCertificate.h"
#include "channels/wechatpay/WechatNotification.h"
#include "channels/wechatpay/WechatV2Signer.h"
#include "channels/wechatpay/WechatV3Auth.h"
#include "channels/wechatpay/XmlMessage.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>

#include <gtest/gtest.h>

namespace {

using namespace pos::channels::wechatpay;
using pos::security::RsaKey;

QByteArray vector(const char *name)
{
    QFile file(pos::test::dataFile(QStringLiteral("wechat/vectors/") + QLatin1String(name)));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

RsaKey key(const char *name)
{
    auto loaded = RsaKey::fromPem(vector(name));
    EXPECT_TRUE(loaded.ok()) << name;
    return loaded ? loaded.value() : RsaKey();
}

const QMap<QString, QString> kDocParams{
    {QStringLiteral("appid"), QStringLiteral("wxd930ea5d5a258f4f")},
    {QStringLiteral("mch_id"), QStringLiteral("10000100")},
    {QStringLiteral("device_info"), QStringLiteral("1000")},
    {QStringLiteral("body"), QStringLiteral("test")},
    {QStringLiteral("nonce_str"), QStringLiteral("ibuaiVcKdpRxkhJA")},
};
const QByteArray kDocKey = "192006250b4c09247ec02edce69f6a2d";

TEST(WechatVectorsTest, V2DocumentedExampleStringToSignIsExact)
{
    EXPECT_EQ(WechatV2Signer::stringToSign(kDocParams, kDocKey),
              QByteArray("appid=wxd930ea5d5a258f4f&body=test&device_info=1000&mch_id=10000100&"
                         "nonce_str=ibuaiVcKdpRxkhJA&key=192006250b4c09247ec02edce69f6a2d"));
}

TEST(WechatVectorsTest, V2DocumentedExampleMd5IsExact)
{
    EXPECT_EQ(WechatV2Signer::sign(kDocParams, kDocKey, WechatV2Signer::Type::Md5),
              QStringLiteral("9A0A8659F005D6984697E2CA0A9CF3B7"));
}

TEST(WechatVectorsTest, V2DocumentedExampleHmacSha256IsExact)
{
    EXPECT_EQ(WechatV2Signer::sign(kDocParams, kDocKey, WechatV2Signer::Type::HmacSha256),
              QStringLiteral("6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6"));
}

TEST(WechatVectorsTest, V2EmptyValuesAndSignAreLeftOut)
{
    QMap<QString, QString> params{{QStringLiteral("name"), QStringLiteral("yansongda")},
                                  {QStringLiteral("age"), QStringLiteral("29")},
                                  {QStringLiteral("foo"), QString()}};
    EXPECT_EQ(WechatV2Signer::sign(params, "yansongda", WechatV2Signer::Type::Md5),
              QStringLiteral("3213848AED2C380749FD1D559555881D"));
    params.insert(QStringLiteral("sign"), QStringLiteral("3213848AED2C380749FD1D559555881D"));
    EXPECT_TRUE(WechatV2Signer::verify(params, "yansongda", WechatV2Signer::Type::Md5));
    params.insert(QStringLiteral("age"), QStringLiteral("30"));
    EXPECT_FALSE(WechatV2Signer::verify(params, "yansongda", WechatV2Signer::Type::Md5));
}

TEST(WechatVectorsTest, V3RequestSignatureMatchesPublishedVector)
{
    const QByteArray body =
        R"({"out_trade_no":1626493236,"description":"yansongda 测试 - 1626493236","amount":{"total":1},"scene_info":{"payer_client_ip":"127.0.0.1","h5_info":{"type":"Wap"}},"appid":"wx55955316af4ef13","mchid":"1600314069","notify_url":"http:\/\/127.0.0.1:8000\/wechat\/notify"})";
    const QByteArray message = WechatV3Auth::requestMessage(
        "POST", "/v3/pay/transactions/h5", 1626493236, "QqtzdVzxavZeXag9G5mtfzbfzFMf89p6", body);
    const auto signature = key("yansongda_wechatAppPrivateKey.pem").signSha256(message);
    ASSERT_TRUE(signature.ok());
    EXPECT_EQ(signature.value().toBase64(),
              QByteArray("KzIgMgiop3nQJNdBVR2Xah/JUwVBLDFFajyXPiSN8b8YAYEA4FuWfaCgFJ52+WFed+"
                         "PhOYWx/ZPih4RaEuuSdYB8eZwYUx7RZGMQZk0bKCctAjjPuf4pJN+f/"
                         "WsXKjPIy3diqF5x7gyxwSCaKWP4/KjsHNqgQpiC8q1uC5xmElzuhzSwj88LIoLtkAuSmtUV"
                         "vdAt0Nz41ECHZgHWSGR32TfBo902r8afdaVKkFde8IoqcEJJcp6sMxdDO5l9R5KEWxrJ1Sj"
                         "sXVrb0IPH8Nj7e6hfhq7pucxojPpzsC+ZWAYvufZkAQx3kTiFmY87T+QhkP9FesOfWvkIRL4"
                         "E6MP6ug=="));
    const auto header = WechatV3Auth::authorization(
        QStringLiteral("1600314069"), QStringLiteral("SERIAL"),
        key("yansongda_wechatAppPrivateKey.pem"), "POST", "/v3/pay/transactions/h5", body,
        1626493236, "QqtzdVzxavZeXag9G5mtfzbfzFMf89p6");
    ASSERT_TRUE(header.ok());
    const auto fields = WechatV3Auth::parseAuthorization(header.value());
    EXPECT_EQ(fields.value(QStringLiteral("mchid")), QStringLiteral("1600314069"));
    EXPECT_EQ(fields.value(QStringLiteral("serial_no")), QStringLiteral("SERIAL"));
    EXPECT_EQ(fields.value(QStringLiteral("timestamp")), QStringLiteral("1626493236"));
    EXPECT_EQ(fields.value(QStringLiteral("signature")).toLatin1(), signature.value().toBase64());
}

TEST(WechatVectorsTest, V3ResponseVerifiesWithKeyChosenBySerialAndFreshTimestamp)
{
    const QString serial = QStringLiteral("45F59D4DABF31918AFCEC556D5D2C6E376675D57");
    const QMap<QString, RsaKey> keys{
        {serial, key("yansongda_wechatAppPublicKey_merchant_cert.pem")}};
    WechatV3Headers headers;
    headers.timestamp = "1626444144";
    headers.nonce = "e59e78a6c3f7dfd7e84aabee71be0452";
    headers.serial = serial;
    headers.signature =
        "Ut3dG8cMx5W1lbSQhHay068F6khScuPQJM/Z9+suaaSkbYUspFRlkdp2VR/6w5UMvioN0EveSgfypQFVqmT6tI//"
        "cWrA1J9rlnKmZ+FgdCMqg7FQnpMRzc1Ap+3mZMtN9GrzYqp/UdgotX6HRfGL3hP8pG1YuijHNrL0QRS17bNYwZX8M"
        "j3qLKUQRpqbfE+TC5yvzh1gEVPBFTwvZdZvXIQpjC/sB2QDSvo72CWgm4huh1h/kMzsrsO+wXXLqDfU01YX8aLbBrj"
        "vpcob50lc5XZ2WX5nBbpJXaRatIhBUmkR/ccrQhxWN7YqEobBGK/2DYhr6e6CvTgVdpZUUEcMFw==";
    const QByteArray body =
        R"({"h5_url":"https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=wx16220223998099f898c5b24eed5c320000&package=4049184564"})";
    EXPECT_TRUE(WechatV3Auth::verify(headers, body, keys, 1626444144).ok());
    EXPECT_TRUE(WechatV3Auth::verify(headers, body, keys, 1626444144 + 299).ok());

    const auto stale = WechatV3Auth::verify(headers, body, keys, 1626444144 + 301);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, QStringLiteral("v3.timestamp"));

    const auto tampered = WechatV3Auth::verify(headers, body + ' ', keys, 1626444144);
    ASSERT_FALSE(tampered.ok());
    EXPECT_EQ(tampered.error().code, QStringLiteral("v3.signature"));

    WechatV3Headers otherSerial = headers;
    otherSerial.serial = QStringLiteral("5DEA10EF55877E3CF6C33255C2E7DEFFF7E427EC");
    const auto unknownSerial = WechatV3Auth::verify(otherSerial, body, keys, 1626444144);
    ASSERT_FALSE(unknownSerial.ok());
    EXPECT_EQ(unknownSerial.error().code, QStringLiteral("v3.serial"));
}

TEST(WechatVectorsTest, V3SignSourceMatchesWechatpayGo)
{
    const QByteArray expected =
        "BKyAfU4iMCuvXMXS0Wzam3V/cnxZ+JaqigPM5OhljS2iOT95OO6Fsuml2JkFANJU9K6q9bLlDhPXuoVz+"
        "pp4hAm6pHU4ld815U4jsKu1RkyaII+1CYBUYC8TK0XtJ8FwUXXz8vZHh58rrAVN1XwNyvD1vfpxrMT4SL536GLwv"
        "pUHlCqIMzoZUguLli/K8V29QiOhuH6IEqLNJn8e9b3nwNcQ7be3CzYGpDAKBfDGPCqCv8Rw5zndhlffk2FEA70G4h"
        "vMwe51qMN/RAJbknXG23bSlObuTCN7Ndj1aJGH6/L+hdwfLpUtJm4QYVazzW7DFD27EpSQEqA8bX9+8m1rLg==";
    const auto signature = key("wechatpay-go_test_private_key_pkcs8.pem").signSha256("source");
    ASSERT_TRUE(signature.ok());
    EXPECT_EQ(signature.value().toBase64(), expected);
    const RsaKey cert = key("wechatpay-go_cert_F5765756002FDD77.pem");
    EXPECT_TRUE(cert.verifySha256("source", QByteArray::fromBase64(expected)));
    EXPECT_FALSE(cert.verifySha256("wrong source", QByteArray::fromBase64(expected)));
}

TEST(WechatVectorsTest, V3NotificationSignatureVerifiesButSixteenByteKeyIsRefused)
{
    const QByteArray body = vector("wechatpay-go_notify_body.json");
    pos::channels::IncomingNotification notification;
    notification.body = body;
    notification.headers = {
        {QStringLiteral("wechatpay-nonce"), QStringLiteral("EcZ9Cmy4Xyx1i6RlJQzLcCyEqDa26NBz")},
        {QStringLiteral("wechatpay-timestamp"), QStringLiteral("1624523846")},
        {QStringLiteral("wechatpay-serial"), QStringLiteral("D7CE59D1F522D701")},
        {QStringLiteral("wechatpay-signature"),
         QStringLiteral(
             "tJHIiIS9eB2hAYstmAmbbD3ZE5LiIm/Ug5tuL4fC0YOFRWIHV39UFIZXC0e9Wl6lBu6sKvkqDkzpqzBsVHyX"
             "FlbYZTOQrVdG4b6LfTnK4mikv9++ixJMd3vTf2yCqvBkh98zs3Ds5zsYQakzbcwhmw4fMJs4nPLws28H0UW9F"
             "jDR//rxELLwXvV1VEA1IBLX70xptjL8hrfUjEE8kkry6yNJTHZRU8CAc7qHli2Ng1V1qb9ARbK8A3ThmFmPQv"
             "RGrapI/jS2laKKgYUmfdEdkNO6B2Cke5e8VTxY406ArAmQ90GAihDwIcb16TQMnzCMBoutnwZKNiKRACrFmtx"
             "w2Q==")},
    };
    const QMap<QString, RsaKey> keys{
        {QStringLiteral("D7CE59D1F522D701"), key("wechatpay-go_cert_D7CE59D1F522D701.pem")}};
    EXPECT_TRUE(
        WechatV3Auth::verify(WechatV3Headers::fromMap(notification.headers), body, keys, 1624523846)
            .ok());

    // The vector's APIv3 key is 16 bytes (AES-128): AEAD_AES_256_GCM must refuse it.
    WechatConfig config;
    config.platformKeys = keys;
    config.apiKeyV3 = "testMchAPIv3Key0";
    const auto parsed = parseWechatNotification(notification, config, 1624523846);
    EXPECT_FALSE(parsed.verified);
    EXPECT_EQ(parsed.result.kind, pos::channels::ChannelResult::Kind::Unknown);
}

TEST(WechatVectorsTest, GcmDecryptsAndEncryptsTheJavaSdkVector)
{
    const QByteArray key32 = "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb";
    const auto plain = AesGcm::decrypt(key32, "uluk4a9R25RW", "associatedData",
                                       "ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI=");
    ASSERT_TRUE(plain.ok()) << plain.error().message.toStdString();
    EXPECT_EQ(plain.value(), QByteArray("message"));
    const auto sealed = AesGcm::encrypt(key32, "uluk4a9R25RW", "associatedData", "message");
    ASSERT_TRUE(sealed.ok());
    EXPECT_EQ(sealed.value(), QByteArray("ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI="));
}

TEST(WechatVectorsTest, GcmDecryptsRealPlatformCertificateDownload)
{
    const QByteArray ciphertext = vector("yansongda_gcm_ciphertext.b64").trimmed();
    const auto plain = AesGcm::decrypt("53D67FCB97E68F9998CBD17ED7A8D1E2", "4196a5b75276",
                                       "certificate", ciphertext);
    ASSERT_TRUE(plain.ok()) << plain.error().message.toStdString();
    EXPECT_EQ(plain.value().size(), 1398);
    EXPECT_EQ(QCryptographicHash::hash(plain.value(), QCryptographicHash::Sha256).toHex(),
              QByteArray("fe63526c46c6453b413cb9430f14825f45452d6eb68b5cd4e6438b9a1daf843f"));
    EXPECT_EQ(WechatCertificate::serialHex(plain.value()).value(),
              QStringLiteral("45F59D4DABF31918AFCEC556D5D2C6E376675D57"));
}

TEST(WechatVectorsTest, GcmFailsOnWrongAssociatedData)
{
    const auto plain =
        AesGcm::decrypt("53D67FCB97E68F9998CBD17ED7A8D1E2", "4196a5b75276", "certificatea",
                        vector("yansongda_gcm_ciphertext.b64").trimmed());
    ASSERT_FALSE(plain.ok());
    EXPECT_EQ(plain.error().code, QStringLiteral("gcm.tag"));
}

TEST(WechatVectorsTest, GcmDecryptsJavaSdkCertificateDownload)
{
    const auto plain =
        AesGcm::decrypt("a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb", "14b16c03dc1b", "certificate",
                        vector("wechatpay-java_cert_ciphertext.b64").trimmed());
    ASSERT_TRUE(plain.ok()) << plain.error().message.toStdString();
    EXPECT_EQ(plain.value().size(), 1475);
    EXPECT_EQ(WechatCertificate::serialHex(plain.value()).value(),
              QStringLiteral("5DEA10EF55877E3CF6C33255C2E7DEFFF7E427EC"));
}

TEST(WechatVectorsTest, GcmRefusesShortKeysAndNonces)
{
    EXPECT_EQ(AesGcm::decrypt("short", "uluk4a9R25RW", {}, "AAAA").error().code,
              QStringLiteral("gcm.key"));
    EXPECT_EQ(AesGcm::decrypt("a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb", "short", {}, "AAAA").error().code,
              QStringLiteral("gcm.nonce"));
}

TEST(WechatVectorsTest, CertificateSerialOfPublishedPlatformCert)
{
    EXPECT_EQ(
        WechatCertificate::serialHex(vector("yansongda_wechatPublicKey_platform_cert_45F59D.crt"))
            .value(),
        QStringLiteral("45F59D4DABF31918AFCEC556D5D2C6E376675D57"));
}

TEST(WechatVectorsTest, XmlReadsCdataAndRoundTrips)
{
    const auto fields = XmlMessage::parse(
        "<xml><return_code><![CDATA[SUCCESS]]></return_code><total_fee>100</total_fee>"
        "<body><![CDATA[杂货 & <more>]]></body></xml>");
    ASSERT_TRUE(fields.ok());
    EXPECT_EQ(fields->value(QStringLiteral("return_code")), QStringLiteral("SUCCESS"));
    EXPECT_EQ(fields->value(QStringLiteral("total_fee")), QStringLiteral("100"));
    EXPECT_EQ(fields->value(QStringLiteral("body")), QStringLiteral("杂货 & <more>"));
    const auto again = XmlMessage::parse(XmlMessage::write(fields.value()));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value(), fields.value());
    const QMap<QString, QString> tricky{{QStringLiteral("x"), QStringLiteral("a]]>b")}};
    EXPECT_EQ(XmlMessage::parse(XmlMessage::write(tricky)).value(), tricky);
}

TEST(WechatVectorsTest, XmlWithDoctypeOrEntitiesIsRefused)
{
    const auto xxe = XmlMessage::parse(
        "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        "<xml><a>&xxe;</a></xml>");
    ASSERT_FALSE(xxe.ok());
    EXPECT_EQ(xxe.error().code, QStringLiteral("xml.dtd"));
    const auto lowerCase = XmlMessage::parse("<!doctype xml><xml><a>1</a></xml>");
    EXPECT_FALSE(lowerCase.ok());
    const auto undeclared = XmlMessage::parse("<xml><a>&xxe;</a></xml>");
    EXPECT_FALSE(undeclared.ok());
    const auto nested = XmlMessage::parse("<xml><a><b>1</b></a></xml>");
    EXPECT_FALSE(nested.ok());
    const auto duplicate = XmlMessage::parse("<xml><a>1</a><a>2</a></xml>");
    EXPECT_FALSE(duplicate.ok());
    const auto huge = XmlMessage::parse("<xml><a>" + QByteArray(70 * 1024, 'x') + "</a></xml>");
    ASSERT_FALSE(huge.ok());
    EXPECT_EQ(huge.error().code, QStringLiteral("xml.size"));
}

} // namespace
