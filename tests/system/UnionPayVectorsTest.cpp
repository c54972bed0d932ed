// UnionPay ACP 5.1.0 signatures against the published, server-signed vector (UnionPay's test
// environment, via yansongda/pay; channel research notes, vector U1), and the certificate
// handling the adapter relies on. Expired certificates must still verify: dates are not checked.
#include "channels/unionpay/UnionPayForm.h"
#include "channels/unionpay/UnionPaySigner.h"
#include "channels/unionpay/X509Certificate.h"
#include "support/TestSupport.h"

#include <QFile>

#include <gtest/gtest.h>

namespace {

using pos::channels::unionpay::X509Certificate;
namespace signer = pos::channels::unionpay::signer;
namespace form = pos::channels::unionpay::form;
using pos::security::RsaKey;

const QString kSignature = QStringLiteral(
    "JeA4S2+6TbGo9yjXDUvV5A2E3oJbunoCcZ66exN6xR3OH/5PNDK1VSV1Mq7XhVdxzkTeREUveiOYHalqoagRkh71nsHVv"
    "ruwGbk6azygXSaawuO5tF67UIqNd4Mbufwh1KhbVpEkKbOETUvRhFcdon0fulE97I83eMSk52INHt8E1xk8NdbhyUadSl"
    "p+Uv30AKx70PpQbTGmVS3PJfd+Whj0b7LnvZKeC+BS1kUOtIKlcZO+gBoTigvCIJqj51kBrcBCs+x+VaeGm7EYBBhGSER"
    "pfQhQ4n+eJBwLdBeZ0/dNbo3iELjvVMx0n9KoW4klvUJhaH5LALA8pV02SbZv4Q==");

QByteArray readVector(const char *name)
{
    QFile file(pos::test::dataFile(QStringLiteral("unionpay/vectors/") + QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray signedContent()
{
    return readVector("yansongda_unionpay_signed_content.txt");
}

X509Certificate vectorCertificate()
{
    auto certificate =
        X509Certificate::fromPem(readVector("yansongda_unionpay_signPubKeyCert.pem"));
    return certificate ? certificate.value() : X509Certificate();
}

// The response fields as UnionPay sent them, with its signature.
QMap<QString, QString> vectorFields()
{
    auto fields = form::parseResponse(signedContent());
    QMap<QString, QString> out = fields ? fields.value() : QMap<QString, QString>();
    out.insert(QStringLiteral("signature"), kSignature);
    return out;
}

const RsaKey &generatedKey(int which)
{
    static const RsaKey keys[] = {RsaKey::generate(2048).value(), RsaKey::generate(2048).value(),
                                  RsaKey::generate(2048).value()};
    return keys[which];
}

TEST(UnionPayVectorsTest, PublishedContentIsReadIntoFieldsAndRebuiltByteForByte)
{
    const QByteArray content = signedContent();
    ASSERT_EQ(content.size(), 2331);
    const auto fields = vectorFields();
    EXPECT_EQ(fields.value(QStringLiteral("merId")), QStringLiteral("777290058167151"));
    EXPECT_EQ(fields.value(QStringLiteral("respCode")), QStringLiteral("00"));
    EXPECT_TRUE(fields.value(QStringLiteral("signPubKeyCert")).contains(QStringLiteral("\r\n")));
    EXPECT_EQ(signer::signContent(fields), content);
    EXPECT_EQ(signer::digestHex(content),
              QByteArray("39be34ceac545612fdca7c9bfc765aba9959ab14e840cc111d3ebdd507b0d371"));
}

TEST(UnionPayVectorsTest, PublishedResponseSignatureVerifiesWithItsExpiredCertificate)
{
    const X509Certificate certificate = vectorCertificate();
    ASSERT_FALSE(certificate.isNull());
    EXPECT_EQ(certificate.serialDecimal(), QStringLiteral("69678957876"));
    EXPECT_EQ(certificate.commonName(),
              QStringLiteral("041@8310000000083040@中国银联股份有限公司@00016495"));
    EXPECT_TRUE(signer::verifyWith(vectorFields(), certificate.publicKey().value()));
    // The whole check, with the certificate itself configured as the trusted one (the CFCA test
    // root is not published with the vector) and the organisation named in its CN.
    const auto verified =
        signer::verify(vectorFields(), {certificate}, QStringLiteral("中国银联股份有限公司"));
    EXPECT_TRUE(verified.ok()) << qPrintable(verified.ok() ? QString() : verified.error().message);
}

TEST(UnionPayVectorsTest, PublishedResponseFailsWithOneByteChanged)
{
    const RsaKey key = vectorCertificate().publicKey().value();
    auto amount = vectorFields();
    amount.insert(QStringLiteral("txnAmt"), QStringLiteral("2"));
    EXPECT_FALSE(signer::verifyWith(amount, key));

    auto certificateText = vectorFields();
    QString pem = certificateText.value(QStringLiteral("signPubKeyCert"));
    pem.replace(QStringLiteral("\r\n"), QStringLiteral("\n")); // line ends are signed too
    certificateText.insert(QStringLiteral("signPubKeyCert"), pem);
    EXPECT_FALSE(signer::verifyWith(certificateText, key));

    auto signature = vectorFields();
    QString changed = kSignature;
    changed[10] = changed[10] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    signature.insert(QStringLiteral("signature"), changed);
    EXPECT_FALSE(signer::verifyWith(signature, key));

    // The raw SHA-256 digest (5.0.0 style) is not what 5.1.0 signs.
    EXPECT_FALSE(key.verifySha256(signedContent(), QByteArray::fromBase64(kSignature.toLatin1())));
}

TEST(UnionPayVectorsTest, CertificateNotIssuedByTheTrustedRootIsRefused)
{
    auto root =
        X509Certificate::issue({QStringLiteral("Some Other Root"), QStringLiteral("X"), true, 365},
                               generatedKey(0), nullptr, generatedKey(0));
    ASSERT_TRUE(root.ok());
    const auto verified = signer::verify(vectorFields(), {root.value()}, QString());
    ASSERT_FALSE(verified.ok());
    EXPECT_EQ(verified.error().code, QStringLiteral("cert.untrusted"));
}

TEST(UnionPayVectorsTest, IssuedCertificatesChainToTheirRootOnly)
{
    auto root = X509Certificate::issue({QStringLiteral("Root"), QStringLiteral("R"), true, 365},
                                       generatedKey(0), nullptr, generatedKey(0));
    auto otherRoot =
        X509Certificate::issue({QStringLiteral("Root"), QStringLiteral("R"), true, 365},
                               generatedKey(2), nullptr, generatedKey(2));
    ASSERT_TRUE(root.ok());
    ASSERT_TRUE(otherRoot.ok());
    auto leaf = X509Certificate::issue(
        {QStringLiteral("041@1@中国银联股份有限公司@2"), QStringLiteral("U"), false, 365},
        generatedKey(1), &root.value(), generatedKey(0));
    ASSERT_TRUE(leaf.ok());
    EXPECT_TRUE(leaf->verifyIssuedBy({root.value()}).ok());
    // Same subject name, different key: the signature check tells them apart.
    EXPECT_FALSE(leaf->verifyIssuedBy({otherRoot.value()}).ok());
    EXPECT_FALSE(leaf->serialDecimal().isEmpty());

    // Sign and verify a message the way the sandbox does.
    QMap<QString, QString> fields{
        {QStringLiteral("merId"), QStringLiteral("777290058110048")},
        {QStringLiteral("signMethod"), QStringLiteral("01")},
        {QStringLiteral("respCode"), QStringLiteral("00")},
        {QStringLiteral("empty"), QString()},
        {QStringLiteral("signPubKeyCert"), QString::fromLatin1(leaf->pem())}};
    fields.insert(QStringLiteral("signature"), signer::sign(fields, generatedKey(1)).value());
    EXPECT_TRUE(
        signer::verify(fields, {root.value()}, QStringLiteral("中国银联股份有限公司")).ok());
    EXPECT_EQ(signer::verify(fields, {root.value()}, QStringLiteral("Other Org")).error().code,
              QStringLiteral("cert.organisation"));
    fields.insert(QStringLiteral("respCode"), QStringLiteral("01"));
    EXPECT_EQ(signer::verify(fields, {root.value()}, QString()).error().code,
              QStringLiteral("sign.invalid"));
}

TEST(UnionPayVectorsTest, ResponseParserKeepsRawValuesAndRefusesDuplicates)
{
    const auto fields = form::parseResponse(QByteArrayLiteral("a=x+y/z==&reserved={k=v&k2=v2}&b="));
    ASSERT_TRUE(fields.ok());
    EXPECT_EQ(fields->value(QStringLiteral("a")), QStringLiteral("x+y/z=="));
    EXPECT_EQ(fields->value(QStringLiteral("reserved")), QStringLiteral("{k=v&k2=v2}"));
    EXPECT_TRUE(fields->contains(QStringLiteral("b")));
    EXPECT_FALSE(form::parseResponse(QByteArrayLiteral("a=1&a=2")).ok());
    EXPECT_FALSE(form::parseResponse(QByteArrayLiteral("novalue&a=1")).ok());
    EXPECT_FALSE(form::parseResponse(QByteArray("a=\xff\xfe", 5)).ok());
}

} // namespace
