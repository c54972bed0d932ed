// RSA keys (OpenSSL EVP) and the Alipay RSA2 signing rules, pinned to published vectors.
#include "AlipayVectors.h"

#include "channels/alipay/AlipaySignature.h"
#include "security/RsaKey.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <gtest/gtest.h>

namespace pos {
namespace {

namespace alipay = channels::alipay;
namespace vectors = test::vectors;
using security::RsaKey;

QByteArray vectorFile(const char *name)
{
    QFile file(test::dataFile(QStringLiteral("core/vectors/") + QString::fromLatin1(name)));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    return file.readAll();
}

RsaKey loadKey(const char *name)
{
    auto key = RsaKey::fromPem(vectorFile(name));
    EXPECT_TRUE(key.ok()) << name << ": "
                          << (key ? std::string() : key.error().message.toStdString());
    return key ? key.value() : RsaKey();
}

// Body of a PEM file without armour or line breaks, as channel consoles publish keys.
QByteArray bareBase64(const QByteArray &pem)
{
    QByteArray body;
    for (const QByteArray &line : pem.split('\n')) {
        if (!line.startsWith("-----")) {
            body += line.trimmed();
        }
    }
    return body;
}

template <std::size_t N> QMap<QString, QString> toMap(const std::array<vectors::Field, N> &fields)
{
    QMap<QString, QString> map;
    for (const auto &[key, value] : fields) {
        map.insert(QString::fromUtf8(key), QString::fromUtf8(value));
    }
    return map;
}

QByteArray flipOneByte(QByteArray bytes, qsizetype index)
{
    bytes[index] = char(bytes.at(index) == 'A' ? 'B' : 'A');
    return bytes;
}

// A gateway body as Alipay sends it: {"<method>_response":<content>,"sign":"<signature>"}.
QByteArray gatewayBody(const char *method, const QByteArray &content, const QByteArray &signature)
{
    return "{\"" + alipay::responseNodeName(QString::fromLatin1(method)) + "\":" + content +
           ",\"sign\":\"" + signature + "\"}";
}

const RsaKey &generatedKey()
{
    static const RsaKey key = [] {
        auto generated = RsaKey::generate(2048);
        EXPECT_TRUE(generated.ok());
        return generated ? generated.value() : RsaKey();
    }();
    return key;
}

// ---------------------------------------------------------------------------------------------
// RsaKey

TEST(RsaKeyTest, GeneratedKeySignsAndVerifies)
{
    const RsaKey &key = generatedKey();
    ASSERT_FALSE(key.isNull());
    EXPECT_TRUE(key.hasPrivate());
    const QByteArray data("out_trade_no=T01-20261125-0001&total_amount=12.30");
    const auto signature = key.signSha256(data);
    ASSERT_TRUE(signature.ok());
    EXPECT_EQ(signature->size(), 256); // 2048-bit key
    EXPECT_TRUE(key.verifySha256(data, signature.value()));
}

TEST(RsaKeyTest, VerifyFailsWhenOneByteOfTheDataChanges)
{
    const RsaKey &key = generatedKey();
    const QByteArray data("total_amount=12.30");
    const QByteArray signature = key.signSha256(data).value();
    EXPECT_FALSE(key.verifySha256(QByteArray("total_amount=12.31"), signature));
    EXPECT_FALSE(key.verifySha256(data + ' ', signature));
    EXPECT_FALSE(key.verifySha256(QByteArray(), signature));
}

TEST(RsaKeyTest, VerifyFailsWhenTheSignatureIsDamaged)
{
    const RsaKey &key = generatedKey();
    const QByteArray data("total_amount=12.30");
    const QByteArray signature = key.signSha256(data).value();
    QByteArray damaged = signature;
    damaged[100] = char(damaged.at(100) ^ 0x01);
    EXPECT_FALSE(key.verifySha256(data, damaged));
    EXPECT_FALSE(key.verifySha256(data, signature.left(signature.size() - 1)));
    EXPECT_FALSE(key.verifySha256(data, QByteArray()));
}

TEST(RsaKeyTest, ExportedKeysAreReadBackInPkcs8AndSpkiForm)
{
    const RsaKey &key = generatedKey();
    const QByteArray privatePem = key.privatePem();
    const QByteArray publicPem = key.publicPem();
    EXPECT_TRUE(privatePem.startsWith("-----BEGIN PRIVATE KEY-----")); // PKCS#8
    EXPECT_TRUE(publicPem.startsWith("-----BEGIN PUBLIC KEY-----"));   // SPKI

    const auto privateAgain = RsaKey::fromPem(privatePem);
    ASSERT_TRUE(privateAgain.ok());
    EXPECT_TRUE(privateAgain->hasPrivate());
    const QByteArray data("same key");
    // PKCS#1 v1.5 signatures are deterministic: the reloaded key signs identically.
    EXPECT_EQ(privateAgain->signSha256(data).value(), key.signSha256(data).value());

    const auto publicOnly = RsaKey::fromPem(publicPem);
    ASSERT_TRUE(publicOnly.ok());
    EXPECT_FALSE(publicOnly->hasPrivate());
    EXPECT_TRUE(publicOnly->privatePem().isEmpty());
    EXPECT_EQ(publicOnly->publicPem(), publicPem);
    EXPECT_TRUE(publicOnly->verifySha256(data, key.signSha256(data).value()));
}

TEST(RsaKeyTest, PublicKeyCannotSign)
{
    const auto publicOnly = RsaKey::fromPem(generatedKey().publicPem());
    ASSERT_TRUE(publicOnly.ok());
    const auto signature = publicOnly->signSha256("data");
    ASSERT_FALSE(signature.ok());
    EXPECT_EQ(signature.error().code, QStringLiteral("key.no_private"));
}

TEST(RsaKeyTest, EmptyKeyNeitherSignsNorVerifies)
{
    const RsaKey none;
    EXPECT_TRUE(none.isNull());
    EXPECT_FALSE(none.signSha256("data").ok());
    EXPECT_FALSE(none.verifySha256("data", QByteArray(256, 'x')));
    EXPECT_TRUE(none.publicPem().isEmpty());
}

TEST(RsaKeyTest, SignatureOfAnotherKeyDoesNotVerify)
{
    const RsaKey other = loadKey("yansongda_alipay_app_private_key_pkcs1.pem");
    const QByteArray data("data");
    EXPECT_FALSE(generatedKey().verifySha256(data, other.signSha256(data).value()));
}

TEST(RsaKeyTest, UnreadablePemIsRefused)
{
    const QByteArray spki = vectorFile("yansongda_alipay_public_key.pem");
    for (const QByteArray &pem :
         {QByteArray(), QByteArray("not a key"),
          QByteArray("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"),
          QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"),
          QByteArray("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"),
          spki.left(spki.size() / 2)}) {
        const auto key = RsaKey::fromPem(pem);
        ASSERT_FALSE(key.ok()) << pem.constData();
        EXPECT_EQ(key.error().code, QStringLiteral("key.unreadable"));
    }
}

TEST(RsaKeyTest, Pkcs8PrivateKeyReproducesThePublishedSignature)
{
    // wechatpay-go signs "source" with its PKCS#8 test key (vector V3a).
    const RsaKey key = loadKey("wechatpay-go_test_private_key_pkcs8.pem");
    ASSERT_TRUE(key.hasPrivate());
    EXPECT_EQ(key.signSha256("source").value().toBase64(),
              QByteArray(vectors::kWechatGoSourceSignature));
}

TEST(RsaKeyTest, X509CertificateKeyVerifiesThePublishedSignature)
{
    // Vectors V3b/V3c: the certificate F5765756002FDD77 carries the same public key.
    const RsaKey certificate = loadKey("wechatpay-go_cert_F5765756002FDD77.pem");
    ASSERT_FALSE(certificate.isNull());
    EXPECT_FALSE(certificate.hasPrivate());
    const QByteArray signature = QByteArray::fromBase64(vectors::kWechatGoSourceSignature);
    EXPECT_TRUE(certificate.verifySha256("source", signature));
    EXPECT_FALSE(certificate.verifySha256("wrong source", signature));
}

TEST(RsaKeyTest, ExpiredCertificateAndItsSpkiKeyAreTheSameKey)
{
    // The yansongda sandbox certificate expired on 2024-06-06; its key must still be usable.
    const RsaKey certificate = loadKey("yansongda_alipayPublicCert.crt");
    const RsaKey spki = loadKey("yansongda_alipay_public_key.pem");
    ASSERT_FALSE(certificate.isNull());
    ASSERT_FALSE(spki.isNull());
    EXPECT_EQ(certificate.publicPem(), spki.publicPem());
    const vectors::SignedResponse &query = vectors::kA2Responses[0];
    const QByteArray signature = QByteArray::fromBase64(query.signature);
    EXPECT_TRUE(certificate.verifySha256(query.content, signature));
    EXPECT_TRUE(spki.verifySha256(query.content, signature));
}

TEST(RsaKeyTest, Pkcs1KeysAreRead)
{
    const RsaKey publicKey = loadKey("yansongda_alipay_public_key_pkcs1.pem"); // RSA PUBLIC KEY
    ASSERT_FALSE(publicKey.isNull());
    EXPECT_EQ(publicKey.publicPem(), loadKey("yansongda_alipay_public_key.pem").publicPem());
    const RsaKey privateKey = loadKey("yansongda_alipay_app_private_key_pkcs1.pem");
    EXPECT_TRUE(privateKey.hasPrivate());
}

TEST(RsaKeyTest, BareBase64KeysAreRead)
{
    const auto privateKey =
        RsaKey::fromBase64Der(bareBase64(vectorFile("yansongda_alipay_app_private_key_pkcs1.pem")));
    ASSERT_TRUE(privateKey.ok()) << privateKey.error().message.toStdString();
    EXPECT_TRUE(privateKey->hasPrivate());
    EXPECT_EQ(privateKey->signSha256(vectors::kA1SignedString).value().toBase64(),
              QByteArray(vectors::kA1Signature));

    const auto pkcs8 =
        RsaKey::fromBase64Der(bareBase64(vectorFile("wechatpay-go_test_private_key_pkcs8.pem")));
    ASSERT_TRUE(pkcs8.ok());
    EXPECT_TRUE(pkcs8->hasPrivate());

    const auto publicKey =
        RsaKey::fromBase64Der(bareBase64(vectorFile("yansongda_alipay_public_key.pem")));
    ASSERT_TRUE(publicKey.ok());
    EXPECT_FALSE(publicKey->hasPrivate());
    const vectors::SignedResponse &query = vectors::kA2Responses[0];
    EXPECT_TRUE(publicKey->verifySha256(query.content, QByteArray::fromBase64(query.signature)));

    EXPECT_FALSE(RsaKey::fromBase64Der("bm90IGEga2V5").ok()); // "not a key"
}

// ---------------------------------------------------------------------------------------------
// Alipay string to sign

TEST(AlipaySignatureTest, SignContentSortsKeysInByteOrder)
{
    const QMap<QString, QString> params{
        {QStringLiteral("b"), QStringLiteral("2")},   {QStringLiteral("a"), QStringLiteral("1")},
        {QStringLiteral("B"), QStringLiteral("3")},   {QStringLiteral("ab"), QStringLiteral("5")},
        {QStringLiteral("a_b"), QStringLiteral("4")},
    };
    EXPECT_EQ(alipay::signContent(params), QByteArray("B=3&a=1&a_b=4&ab=5&b=2"));
}

TEST(AlipaySignatureTest, SignContentSkipsEmptyValuesAndTheSignature)
{
    const QMap<QString, QString> params{
        {QStringLiteral("sign"), QStringLiteral("c2lnbg==")},
        {QStringLiteral("sign_type"), QStringLiteral("RSA2")},
        {QStringLiteral("notify_url"), QString()},
        {QStringLiteral("app_auth_token"), QStringLiteral("")},
        {QStringLiteral("app_id"), QStringLiteral("2021000000000001")},
    };
    EXPECT_EQ(alipay::signContent(params), QByteArray("app_id=2021000000000001&sign_type=RSA2"));
    EXPECT_EQ(alipay::signContent(params, {QStringLiteral("sign"), QStringLiteral("sign_type")}),
              QByteArray("app_id=2021000000000001"));
    EXPECT_EQ(alipay::signContent({}), QByteArray());
}

TEST(AlipaySignatureTest, SignContentKeepsValuesRawInUtf8)
{
    const QMap<QString, QString> params{
        {QStringLiteral("notify_url"), QStringLiteral("http://pos.example/n?a=1&b=2")},
        {QStringLiteral("subject"), QStringLiteral("测试 + 1")},
        {QStringLiteral("biz_content"), QStringLiteral("{\"total_amount\":\"12.30\"}")},
    };
    EXPECT_EQ(alipay::signContent(params),
              QByteArray("biz_content={\"total_amount\":\"12.30\"}&notify_url=http://pos.example/"
                         "n?a=1&b=2&subject=") +
                  QStringLiteral("测试 + 1").toUtf8());
}

TEST(AlipaySignatureTest, PublishedRequestGivesThePublishedStringToSign)
{
    EXPECT_EQ(alipay::signContent(toMap(vectors::kA1Params)), QByteArray(vectors::kA1SignedString));
}

TEST(AlipaySignatureTest, RequestSignatureReproducesThePublishedVector)
{
    const RsaKey appKey = loadKey("yansongda_alipay_app_private_key_pkcs1.pem");
    QMap<QString, QString> params = toMap(vectors::kA1Params);
    const auto signature = alipay::signParams(params, appKey);
    ASSERT_TRUE(signature.ok()) << signature.error().message.toStdString();
    EXPECT_EQ(signature.value(), QString::fromLatin1(vectors::kA1Signature));

    // A stale "sign" and empty optional fields do not change what is signed.
    params.insert(QStringLiteral("sign"), QStringLiteral("stale"));
    params.insert(QStringLiteral("app_auth_token"), QString());
    EXPECT_EQ(alipay::signParams(params, appKey).value(),
              QString::fromLatin1(vectors::kA1Signature));

    // Any changed value changes the signature.
    params.insert(QStringLiteral("timestamp"), QStringLiteral("2023-12-21 06:54:38"));
    EXPECT_NE(alipay::signParams(params, appKey).value(),
              QString::fromLatin1(vectors::kA1Signature));
}

TEST(AlipaySignatureTest, SigningNeedsAPrivateKey)
{
    const RsaKey publicKey = loadKey("yansongda_alipay_public_key.pem");
    EXPECT_FALSE(alipay::signParams(toMap(vectors::kA1Params), publicKey).ok());
}

// ---------------------------------------------------------------------------------------------
// Raw response node extraction

TEST(AlipaySignatureTest, ResponseNodeNameFollowsTheMethod)
{
    EXPECT_EQ(alipay::responseNodeName(QStringLiteral("alipay.trade.pay")),
              QByteArray("alipay_trade_pay_response"));
    EXPECT_EQ(alipay::responseNodeName(QStringLiteral("alipay.trade.fastpay.refund.query")),
              QByteArray("alipay_trade_fastpay_refund_query_response"));
}

TEST(AlipaySignatureTest, RawNodeKeepsNestedObjectsByteExact)
{
    const QByteArray node =
        R"({"code":"10000","fund_bill_list":[{"amount":"0.01","fund_channel":"ALIPAYACCOUNT"},{"x":{"y":[1,2,{}]}}],"msg":"Success"})";
    const QByteArray body = "{\"alipay_trade_pay_response\":" + node + ",\"sign\":\"abc\"}";
    EXPECT_EQ(alipay::rawJsonNode(body, "alipay_trade_pay_response"), node);
}

TEST(AlipaySignatureTest, RawNodeHandlesEscapedQuotesAndBracesInStrings)
{
    const QByteArray node = R"({"msg":"say \"}\" then {[","sub_msg":"back\\slash\\","n":1})";
    const QByteArray body = "{\"alipay_trade_pay_response\":" + node + ",\"sign\":\"abc\"}";
    EXPECT_EQ(alipay::rawJsonNode(body, "alipay_trade_pay_response"), node);
}

TEST(AlipaySignatureTest, RawNodeKeepsEscapedSlashes)
{
    const QByteArray node =
        R"({"code":"10000","qr_code":"https:\/\/qr.alipay.com\/bax07651xvtprxfkmxyf00a9"})";
    const QByteArray body = "{\"alipay_trade_precreate_response\":" + node + ",\"sign\":\"s\"}";
    const QByteArray raw = alipay::rawJsonNode(body, "alipay_trade_precreate_response");
    EXPECT_EQ(raw, node);
    EXPECT_TRUE(raw.contains(R"(https:\/\/qr.alipay.com\/)"));
}

TEST(AlipaySignatureTest, RawNodeToleratesWhitespaceAndOrder)
{
    const QByteArray body = "  {\n  \"sign\" : \"abc\" ,\n  \"alipay_trade_query_response\" :  "
                            "{\"code\": \"10000\"} \n}";
    EXPECT_EQ(alipay::rawJsonNode(body, "alipay_trade_query_response"),
              QByteArray("{\"code\": \"10000\"}"));
}

TEST(AlipaySignatureTest, RawNodeIgnoresTheNameNestedInsideAnotherValue)
{
    const QByteArray body = R"({"decoy":{"alipay_trade_pay_response":{"code":"10000"}},)"
                            R"("note":"\"alipay_trade_pay_response\":{\"code\":\"10000\"}",)"
                            R"("alipay_trade_pay_response":{"code":"40004"},"sign":"s"})";
    EXPECT_EQ(alipay::rawJsonNode(body, "alipay_trade_pay_response"),
              QByteArray(R"({"code":"40004"})"));
}

TEST(AlipaySignatureTest, AbsentNodeGivesNothing)
{
    const QByteArray error =
        R"({"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-app-id"},"sign":""})";
    EXPECT_TRUE(alipay::rawJsonNode(error, "alipay_trade_pay_response").isEmpty());
    EXPECT_EQ(alipay::rawJsonNode(error, "error_response"),
              QByteArray(
                  R"({"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-app-id"})"));
    EXPECT_TRUE(alipay::responseSignature(error).isEmpty());
}

TEST(AlipaySignatureTest, MalformedBodyGivesNothing)
{
    const QByteArray name = "alipay_trade_pay_response";
    for (const QByteArray &body : {
             QByteArray(),
             QByteArray("not json"),
             QByteArray("[{\"alipay_trade_pay_response\":{}}]"),
             QByteArray("{\"alipay_trade_pay_response\":{\"code\":\"10000\""),
             QByteArray("{\"alipay_trade_pay_response\":{\"code\":\"10000}}"),
             QByteArray("{\"alipay_trade_pay_response\" {\"code\":\"10000\"}}"),
             QByteArray("{\"alipay_trade_pay_response\":"),
             QByteArray("{\"unterminated:{\"alipay_trade_pay_response\":{}}"),
             QByteArray("<html>502 Bad Gateway</html>"),
         }) {
        EXPECT_TRUE(alipay::rawJsonNode(body, name).isEmpty()) << body.constData();
    }
}

TEST(AlipaySignatureTest, ResponseSignatureIsUnescaped)
{
    EXPECT_EQ(alipay::responseSignature(R"({"x_response":{},"sign":"ab\/cd+ef=="})"),
              QByteArray("ab/cd+ef=="));
    EXPECT_TRUE(alipay::responseSignature("garbage").isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Published Alipay-signed responses and notifications

TEST(AlipaySignatureTest, PublishedResponsesVerifyOverTheRawNodeBytes)
{
    const RsaKey alipayKey = loadKey("yansongda_alipay_public_key.pem");
    for (const vectors::SignedResponse &vector : vectors::kA2Responses) {
        const QByteArray body = gatewayBody(vector.method, vector.content, vector.signature);
        const QByteArray raw =
            alipay::rawJsonNode(body, alipay::responseNodeName(QString::fromLatin1(vector.method)));
        EXPECT_EQ(raw, QByteArray(vector.content)) << vector.method;
        const QByteArray signature = QByteArray::fromBase64(alipay::responseSignature(body));
        EXPECT_TRUE(alipayKey.verifySha256(raw, signature)) << vector.method;
    }
}

TEST(AlipaySignatureTest, PublishedResponseFailsWhenOneByteChanges)
{
    const RsaKey alipayKey = loadKey("yansongda_alipay_public_key.pem");
    for (const vectors::SignedResponse &vector : vectors::kA2Responses) {
        const QByteArray content(vector.content);
        const QByteArray signature = QByteArray::fromBase64(vector.signature);
        ASSERT_TRUE(alipayKey.verifySha256(content, signature)) << vector.method;
        for (qsizetype index : {qsizetype(0), content.size() / 2, content.size() - 2}) {
            EXPECT_FALSE(alipayKey.verifySha256(flipOneByte(content, index), signature))
                << vector.method << " byte " << index;
        }
        QByteArray tamperedAmount = content;
        tamperedAmount.replace("\"0.01\"", "\"0.02\"");
        if (tamperedAmount != content) {
            EXPECT_FALSE(alipayKey.verifySha256(tamperedAmount, signature)) << vector.method;
        }
        // The same content under another key (the nodejs SDK's) does not verify.
        EXPECT_FALSE(
            loadKey("alipay-sdk-nodejs_alipay_public_key.pem").verifySha256(content, signature));
    }
}

TEST(AlipaySignatureTest, PrecreateVerifiesOnlyWithItsEscapedSlashesKept)
{
    const RsaKey alipayKey = loadKey("yansongda_alipay_public_key.pem");
    const vectors::SignedResponse &precreate = vectors::kA2Responses[vectors::kA2PrecreateIndex];
    ASSERT_STREQ(precreate.method, "alipay.trade.precreate");
    const QByteArray body = gatewayBody(precreate.method, precreate.content, precreate.signature);
    const QByteArray raw = alipay::rawJsonNode(body, "alipay_trade_precreate_response");
    ASSERT_TRUE(raw.contains(R"(https:\/\/qr.alipay.com\/bax07651xvtprxfkmxyf00a9)"));
    const QByteArray signature = QByteArray::fromBase64(precreate.signature);
    EXPECT_TRUE(alipayKey.verifySha256(raw, signature));

    // Parsing and re-serialising (which drops the "\/" escapes) breaks the signature.
    const QByteArray reserialised =
        QJsonDocument(QJsonDocument::fromJson(raw).object()).toJson(QJsonDocument::Compact);
    ASSERT_FALSE(reserialised.contains("\\/"));
    EXPECT_FALSE(alipayKey.verifySha256(reserialised, signature));
    QByteArray unescaped = raw;
    unescaped.replace("\\/", "/");
    EXPECT_FALSE(alipayKey.verifySha256(unescaped, signature));
}

TEST(AlipaySignatureTest, PublishedRawGatewayBodyVerifies)
{
    // Vector A7: a whole body as received from the gateway, with its own key.
    const RsaKey alipayKey = loadKey("alipay-sdk-nodejs_alipay_public_key.pem");
    ASSERT_FALSE(alipayKey.isNull());
    const QByteArray body(vectors::kA7Body);
    const QByteArray raw = alipay::rawJsonNode(
        body, alipay::responseNodeName(QStringLiteral("alipay.open.file.upload")));
    EXPECT_EQ(raw, QByteArray(vectors::kA7Content));
    const QByteArray signature = QByteArray::fromBase64(alipay::responseSignature(body));
    EXPECT_TRUE(alipayKey.verifySha256(raw, signature));
    EXPECT_FALSE(alipayKey.verifySha256(flipOneByte(raw, 10), signature));
}

TEST(AlipaySignatureTest, PublishedNotificationVerifies)
{
    // Vector A3: sign and sign_type are not part of the signed string.
    const RsaKey alipayKey = loadKey("yansongda_alipay_public_key.pem");
    QMap<QString, QString> params = toMap(vectors::kA3Notify);
    params.insert(QStringLiteral("sign"), QString::fromLatin1(vectors::kA3Signature));
    EXPECT_TRUE(alipay::verifyNotification(params, alipayKey));

    QMap<QString, QString> withEmpty = params;
    withEmpty.insert(QStringLiteral("body"), QString()); // empty values are not signed
    EXPECT_TRUE(alipay::verifyNotification(withEmpty, alipayKey));
}

TEST(AlipaySignatureTest, ForgedNotificationIsRefused)
{
    const RsaKey alipayKey = loadKey("yansongda_alipay_public_key.pem");
    QMap<QString, QString> params = toMap(vectors::kA3Notify);
    params.insert(QStringLiteral("sign"), QString::fromLatin1(vectors::kA3Signature));

    QMap<QString, QString> amount = params;
    amount.insert(QStringLiteral("total_amount"), QStringLiteral("100.01"));
    EXPECT_FALSE(alipay::verifyNotification(amount, alipayKey));

    QMap<QString, QString> status = params;
    status.insert(QStringLiteral("trade_status"), QStringLiteral("TRADE_FINISHED"));
    EXPECT_FALSE(alipay::verifyNotification(status, alipayKey));

    QMap<QString, QString> dropped = params;
    dropped.remove(QStringLiteral("buyer_id"));
    EXPECT_FALSE(alipay::verifyNotification(dropped, alipayKey));

    QMap<QString, QString> unsigned_ = params;
    unsigned_.remove(QStringLiteral("sign"));
    EXPECT_FALSE(alipay::verifyNotification(unsigned_, alipayKey));

    QMap<QString, QString> garbage = params;
    garbage.insert(QStringLiteral("sign"), QStringLiteral("!!not base64!!"));
    EXPECT_FALSE(alipay::verifyNotification(garbage, alipayKey));

    // Right content, wrong key.
    EXPECT_FALSE(
        alipay::verifyNotification(params, loadKey("alipay-sdk-nodejs_notify_public_key_v1.pem")));
}

TEST(AlipaySignatureTest, PublishedProductionNotificationVerifies)
{
    // Vector A5, signed by Alipay production; the same string with sign_type must not verify.
    const RsaKey alipayKey = loadKey("alipay-sdk-nodejs_notify_public_key_v1.pem");
    QMap<QString, QString> params = toMap(vectors::kA5Notify);
    params.insert(QStringLiteral("sign"), QString::fromLatin1(vectors::kA5Signature));
    EXPECT_TRUE(alipay::verifyNotification(params, alipayKey));
    EXPECT_FALSE(alipayKey.verifySha256(alipay::signContent(params),
                                        QByteArray::fromBase64(vectors::kA5Signature)));
}

TEST(AlipaySignatureTest, PublishedReturnCallbackVerifies)
{
    // Vector A4: the return_url parameters (decoded), sign and sign_type excluded.
    const RsaKey alipayKey = loadKey("yansongda_alipay_public_key.pem");
    QMap<QString, QString> params = toMap(vectors::kA4Return);
    params.insert(QStringLiteral("sign"), QString::fromLatin1(vectors::kA4Signature));
    params.insert(QStringLiteral("sign_type"), QStringLiteral("RSA2"));
    EXPECT_TRUE(alipay::verifyNotification(params, alipayKey));
    params.insert(QStringLiteral("total_amount"), QStringLiteral("0.02"));
    EXPECT_FALSE(alipay::verifyNotification(params, alipayKey));
}

TEST(AlipaySignatureTest, OpenPlatformNotificationSignsItsSignType)
{
    // Vector A6: an open-platform (not trade) notification whose signed string keeps sign_type.
    const RsaKey alipayKey = loadKey("alipay-sdk-nodejs_notify_public_key_v2.pem");
    const QMap<QString, QString> params = toMap(vectors::kA6Notify);
    const QByteArray signature = QByteArray::fromBase64(vectors::kA6Signature);
    EXPECT_TRUE(alipayKey.verifySha256(alipay::signContent(params), signature));
    EXPECT_FALSE(alipayKey.verifySha256(
        alipay::signContent(params, {QStringLiteral("sign"), QStringLiteral("sign_type")}),
        signature));
    QMap<QString, QString> changed = params;
    changed.insert(QStringLiteral("service_code"), QStringLiteral("58621634111"));
    EXPECT_FALSE(alipayKey.verifySha256(alipay::signContent(changed), signature));
}

TEST(AlipaySignatureTest, OwnSignedNotificationRoundTrips)
{
    // What the sandbox does: sign a notification with its key; the terminal verifies it.
    const RsaKey &key = generatedKey();
    QMap<QString, QString> params{
        {QStringLiteral("out_trade_no"), QStringLiteral("T01-20261125-0001-1")},
        {QStringLiteral("total_amount"), QStringLiteral("12.30")},
        {QStringLiteral("trade_status"), QStringLiteral("TRADE_SUCCESS")},
        {QStringLiteral("subject"), QStringLiteral("收银台 + 测试")},
    };
    const QByteArray signature =
        key.signSha256(
               alipay::signContent(params, {QStringLiteral("sign"), QStringLiteral("sign_type")}))
            .value();
    params.insert(QStringLiteral("sign"), QString::fromLatin1(signature.toBase64()));
    params.insert(QStringLiteral("sign_type"), QStringLiteral("RSA2"));
    EXPECT_TRUE(alipay::verifyNotification(params, key));
    params.insert(QStringLiteral("sign_type"), QStringLiteral("RSA"));
    EXPECT_TRUE(alipay::verifyNotification(params, key)); // sign_type is not signed
    params.insert(QStringLiteral("total_amount"), QStringLiteral("12.31"));
    EXPECT_FALSE(alipay::verifyNotification(params, key));
}

} // namespace
} // namespace pos
