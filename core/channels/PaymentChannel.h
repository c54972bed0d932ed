#pragma once

#include "channels/Capabilities.h"
#include "channels/ChannelResult.h"
#include "money/Money.h"

#include <QObject>
#include <QString>

#include <functional>

namespace pos::channels {

struct PayRequest
{
    enum class Scene
    {
        BarCode,
        FaceToken
    };

    QString outTradeNo;
    Money amount;
    QString authCode; // the customer's payment code or face token: never logged in full
    Scene scene = Scene::BarCode;
    QString subject;
    QString storeId;
    QString terminalId;
    QString operatorId;
};

// One payment provider behind one interface. Calls are asynchronous: the callback runs later
// on the channel's thread's event loop, exactly once per call. Adapters never touch storage.
class PaymentChannel : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ChannelResult &)>;

    using QObject::QObject;
    ~PaymentChannel() override = default;

    virtual QString id() const = 0;
    virtual Capabilities capabilities() const = 0;

    virtual void pay(const PayRequest &request, Callback done) = 0;
    // Success = paid; UserPaying = still waiting for the buyer; Failed = closed or no such trade
    // (providerCode kTradeNotFound); Unknown = could not tell.
    virtual void query(const QString &outTradeNo, const Money &expectedAmount, Callback done);
    // Success = reversed (action "close" or "refund"); Unknown = try again later.
    virtual void cancel(const QString &outTradeNo, Callback done);
};

} // namespace pos::channels
