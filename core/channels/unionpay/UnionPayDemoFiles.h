#pragma once

#include "channels/unionpay/UnionPayConfig.h"
#include "common/Result.h"

#include <QString>
#include <QUrl>

namespace pos::channels::unionpay {

// The demo/sandbox key folder: <sandbox data dir>/unionpay/. pos-channel-sim creates it on its
// first start and the terminal's demo mode reads it. Exact file names (PEM, LF line ends):
//
//   root_ca.pem                 self-signed sandbox "UnionPay root" CA certificate (trust anchor)
//   unionpay_sign_cert.pem      UnionPay's signing certificate, issued by root_ca.pem; its CN is
//                               "041@8310000000083040@中国银联股份有限公司@00016495" as in
//                               UnionPay's real test certificate
//   unionpay_sign_private.pem   its private key (PKCS#8): only the sandbox reads it
//   merchant_sign_cert.pem      the merchant's signing certificate, issued by root_ca.pem;
//                               certId = its serial number in decimal
//   merchant_sign_private.pem   its private key (PKCS#8): the terminal signs requests with it
//   README.txt                  what these files are
//
// The root CA's private key is not kept: nothing is issued after the first start.
namespace demofiles {

inline const QString kRootCa = QStringLiteral("root_ca.pem");
inline const QString kUnionPaySignCert = QStringLiteral("unionpay_sign_cert.pem");
inline const QString kUnionPaySignKey = QStringLiteral("unionpay_sign_private.pem");
inline const QString kMerchantSignCert = QStringLiteral("merchant_sign_cert.pem");
inline const QString kMerchantSignKey = QStringLiteral("merchant_sign_private.pem");
inline const QString kReadme = QStringLiteral("README.txt");
inline const QString kDefaultMerId = QStringLiteral("777290058110048");
inline const QString kUnionPaySignerCn =
    QStringLiteral("041@8310000000083040@中国银联股份有限公司@00016495");

// Creates the folder and every file above unless root_ca.pem already exists there (then the
// folder is left as it is). Error code "unionpay.files".
Status ensureFolder(const QString &folder);

// A config for the terminal's demo mode from `folder`: merchant key and certId from the merchant
// files, trust in root_ca.pem. gatewayBaseUrl is http://127.0.0.1:<port>.
Result<UnionPayConfig> loadDemoConfig(const QString &folder, const QUrl &gatewayBaseUrl,
                                      const QString &merId = kDefaultMerId);

} // namespace demofiles

} // namespace pos::channels::unionpay
