#pragma once

#include "common/Result.h"
#include "money/Money.h"

#include <QString>

#include <functional>

namespace pos::payments {

// What a face-pay device yields for one payment.
struct FaceCaptureResult
{
    enum class Kind
    {
        Token,     // the face code (WeChat) or ftoken (Alipay) to pay with
        Cancelled, // the customer or the cashier stopped it
        Timeout,   // nobody looked into the camera in time
        Failed     // the device reported an error
    };
    Kind kind = Kind::Failed;
    QString token;
    QString reason;
};

// The face-pay IoT device as the payment service sees it; devices/ implements it over its wire
// protocol (and a simulator). Calls answer exactly once, later, on the caller's event loop.
class FaceCaptureDevice
{
public:
    using RawDataCallback = std::function<void(const Result<QString> &rawdata)>;
    using CaptureCallback = std::function<void(const FaceCaptureResult &result)>;

    virtual ~FaceCaptureDevice() = default;

    virtual QString deviceId() const = 0;
    // WeChat: the SDK's rawdata, exchanged with the channel for an authinfo.
    virtual void rawData(RawDataCallback done) = 0;
    // Shows the amount and scans the customer's face for `channel`.
    virtual void capture(const QString &channel, const Money &amount, const QString &authInfo,
                         CaptureCallback done) = 0;
    virtual void cancelCapture() = 0;
};

} // namespace pos::payments
