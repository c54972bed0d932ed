#include "channels/unionpay/UnionPayDemoFiles.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <tuple>

namespace pos::channels::unionpay::demofiles {

namespace {

Error filesError(const QString &message)
{
    return Error{QStringLiteral("unionpay.files"), message};
}

Status writeFile(const QDir &dir, const QString &name, const QByteArray &bytes, bool secret)
{
    QSaveFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly)) {
        return filesError(QStringLiteral("cannot write %1").arg(file.fileName()));
    }
    if (secret) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    file.write(bytes);
    if (!file.commit()) {
        return filesError(QStringLiteral("cannot write %1").arg(file.fileName()));
    }
    return success();
}

Result<QByteArray> readFile(const QDir &dir, const QString &name)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<QByteArray>::failure(QStringLiteral("unionpay.files"),
                                           QStringLiteral("cannot read %1").arg(file.fileName()));
    }
    return file.readAll();
}

const char *const kReadmeText =
    "UnionPay sandbox keys (pos-channel-sim). Test keys only: never use them with real money.\n"
    "\n"
    "root_ca.pem                sandbox UnionPay root CA (the terminal trusts it)\n"
    "unionpay_sign_cert.pem     UnionPay signing certificate, issued by root_ca.pem; sent as\n"
    "                           signPubKeyCert in every answer and notification\n"
    "unionpay_sign_private.pem  its private key (the sandbox signs with it)\n"
    "merchant_sign_cert.pem     merchant signing certificate, issued by root_ca.pem;\n"
    "                           certId = its serial number in decimal\n"
    "merchant_sign_private.pem  its private key (the terminal signs requests with it)\n";

} // namespace

Status ensureFolder(const QString &folder)
{
    QDir dir(folder);
    if (dir.exists(kRootCa)) {
        return success();
    }
    if (!QDir().mkpath(folder)) {
        return filesError(QStringLiteral("cannot create %1").arg(folder));
    }
    auto rootKey = security::RsaKey::generate(2048);
    auto unionPayKey = security::RsaKey::generate(2048);
    auto merchantKey = security::RsaKey::generate(2048);
    if (!rootKey || !unionPayKey || !merchantKey) {
        return filesError(QStringLiteral("cannot generate RSA keys"));
    }
    auto root = X509Certificate::issue(
        {QStringLiteral("UnionPay Sandbox Root CA"), QStringLiteral("pos-channel-sim"), true, 7300},
        rootKey.value(), nullptr, rootKey.value());
    if (!root) {
        return root.error();
    }
    auto unionPayCert = X509Certificate::issue(
        {kUnionPaySignerCn, QStringLiteral("中国银联股份有限公司"), false, 3650},
        unionPayKey.value(), &root.value(), rootKey.value());
    auto merchantCert = X509Certificate::issue(
        {QStringLiteral("041@%1@Sandbox Merchant@00000001").arg(kDefaultMerId),
         QStringLiteral("Sandbox Merchant"), false, 3650},
        merchantKey.value(), &root.value(), rootKey.value());
    if (!unionPayCert) {
        return unionPayCert.error();
    }
    if (!merchantCert) {
        return merchantCert.error();
    }
    // root_ca.pem last: its presence marks a complete folder.
    for (const auto &[name, bytes, secret] :
         {std::tuple{kUnionPaySignCert, unionPayCert->pem(), false},
          std::tuple{kUnionPaySignKey, unionPayKey->privatePem(), true},
          std::tuple{kMerchantSignCert, merchantCert->pem(), false},
          std::tuple{kMerchantSignKey, merchantKey->privatePem(), true},
          std::tuple{kReadme, QByteArray(kReadmeText), false},
          std::tuple{kRootCa, root->pem(), false}}) {
        if (auto written = writeFile(dir, name, bytes, secret); !written) {
            return written;
        }
    }
    return success();
}

Result<UnionPayConfig> loadDemoConfig(const QString &folder, const QUrl &gatewayBaseUrl,
                                      const QString &merId)
{
    const QDir dir(folder);
    auto keyPem = readFile(dir, kMerchantSignKey);
    auto certPem = readFile(dir, kMerchantSignCert);
    auto rootPem = readFile(dir, kRootCa);
    for (const auto *read : {&keyPem, &certPem, &rootPem}) {
        if (!*read) {
            return read->error();
        }
    }
    auto key = security::RsaKey::fromPem(keyPem.value());
    auto certificate = X509Certificate::fromPem(certPem.value());
    auto roots = X509Certificate::listFromPem(rootPem.value());
    if (!key) {
        return key.error();
    }
    if (!certificate) {
        return certificate.error();
    }
    if (!roots) {
        return roots.error();
    }
    UnionPayConfig config;
    config.gatewayBaseUrl = gatewayBaseUrl;
    config.merId = merId;
    config.merchantSigningKey = key.value();
    config.certId = certificate->serialDecimal();
    config.trustedCertificates = roots.value();
    return config;
}

} // namespace pos::channels::unionpay::demofiles
