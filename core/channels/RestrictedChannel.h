#pragma once

#include "channels/PaymentChannel.h"

#include <QStringList>

namespace pos::channels {

// A provider that lacks some of the usual APIs (seed 000): wraps the adapter that speaks its
// protocol and removes what the provider does not offer, so the payment service sees honest
// Capabilities and a call to a missing API answers "not supported" instead of reaching it.
class RestrictedChannel : public PaymentChannel
{
    Q_OBJECT
public:
    // `lacks`: any of "query", "cancel", "close", "refund", "refund_query", "notify", "bill",
    // "qr" (no C-scan-B), "face".
    static Result<Capabilities> restrict(Capabilities capabilities, const QStringList &lacks);

    RestrictedChannel(PaymentChannel *inner, Capabilities allowed, QObject *parent = nullptr);

    QString id() const override { return m_inner->id(); }
    Capabilities capabilities() const override { return m_allowed; }

    void pay(const PayRequest &request, Callback done) override;
    void precreate(const PrecreateRequest &request, Callback done) override;
    void query(const QString &outTradeNo, const Money &expectedAmount, Callback done) override;
    void cancel(const QString &outTradeNo, Callback done) override;
    void close(const QString &outTradeNo, Callback done) override;
    void refund(const RefundRequest &request, Callback done) override;
    void refundQuery(const RefundRequest &request, Callback done) override;
    void downloadBill(const QDate &day, BillCallback done) override;
    void faceAuthInfo(const FaceAuthRequest &request, AuthInfoCallback done) override;
    ParsedNotification parseNotification(const IncomingNotification &notification) const override;
    void resumeRequest(const QString &merchantNo, const QDateTime &requestedAt) override;

private:
    PaymentChannel *m_inner;
    Capabilities m_allowed;
};

} // namespace pos::channels
