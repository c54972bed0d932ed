#pragma once

#include "SimModule.h"
#include "channels/unionpay/X509Certificate.h"
#include "notify/NotificationSender.h"
#include "security/RsaKey.h"
#include "unionpay/UnionPayBank.h"
#include "unionpay/UnionPayLedger.h"

#include <QHttpServerResponse>

#include <memory>

namespace pos::sim::unionpay {

// The UnionPay ACP 5.1.0 gateway in the sandbox, on the same loopback server:
//
//   POST /gateway/api/backTransReq.do  consume (01/06 consumer's code, 01/07 merchant QR),
//                                      consume cancel (31), refund (04)
//   POST /gateway/api/queryTrans.do    query (00) by orderId
//   POST /gateway/api/fileTransfer.do  statement file (76), format in UnionPayBank.h
//   GET  /admin/unionpay/ledger        {"transactions": [...], "requests": [...]} as JSON
//
// Requests: urlencoded forms of at most 64 KiB (else HTTP 413), version 5.1.0, signMethod 01,
// certId = the merchant certificate's serial (decimal) and a valid signature by its key (else
// respCode 11), merId = the sandbox's merchant (else respCode 30). Answers: HTTP 200 with raw
// "key=value&..." (not urlencoded, as the real gateway), signed with the UnionPay signing key,
// signPubKeyCert = its certificate with CRLF line ends.
//
// Files (created on first start, see channels/unionpay/UnionPayDemoFiles.h):
// <dataDir>/unionpay/root_ca.pem, unionpay_sign_cert.pem, unionpay_sign_private.pem,
// merchant_sign_cert.pem, merchant_sign_private.pem, README.txt, and the ledger
// <dataDir>/unionpay/ledger.sqlite.
//
// Settings (--set key=value): unionpay.mer_id (default 777290058110048), notify.delay-scale
// (factor on the notification retry delays, default 1). Scenarios: UnionPayScenario.h.
class UnionPayModule : public SimModule
{
public:
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;

    static Result<std::unique_ptr<UnionPayModule>> create(QHttpServer &server,
                                                          const SimOptions &options);
    ~UnionPayModule() override;

private:
    UnionPayModule(QString merId, int userPayingSeconds, double delayScale);
    void addRoutes(QHttpServer &server);
    QHttpServerResponse handle(const QString &path, const QByteArray &body);
    // Checks version, signMethod, certId, signature and merId; the refusal's answer, if any.
    std::optional<BankAnswer> refusal(const Fields &request) const;
    QByteArray signedBody(Fields fields, bool forge) const;
    void notify(const QList<UnionPayTxn> &txns);
    void settleLater(qint64 dueAtMs);
    void settleNow();

    QString m_merId;
    double m_delayScale = 1.0;
    security::RsaKey m_unionPayKey;
    QString m_unionPayCertPem; // CRLF
    channels::unionpay::X509Certificate m_merchantCert;
    security::RsaKey m_merchantPublic;
    UnionPayLedger m_ledger;
    std::unique_ptr<UnionPayBank> m_bank;
    NotificationSender m_sender;
};

} // namespace pos::sim::unionpay
