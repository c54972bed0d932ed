#include "system/ChannelTestSupport.h"

#include "support/TestSupport.h"
#include "system/AlipaySandbox.h"

#include <QElapsedTimer>

namespace pos::test {

using channels::ChannelResult;
using channels::PaymentChannel;

channels::PayRequest payRequest(const QString &outTradeNo, const QString &code, const Money &amount)
{
    channels::PayRequest request;
    request.outTradeNo = outTradeNo;
    request.amount = amount;
    request.authCode = code;
    request.subject = QStringLiteral("Groceries 杂货");
    request.terminalId = QStringLiteral("T01");
    return request;
}

ChannelResult pay(PaymentChannel &channel, const channels::PayRequest &request)
{
    return awaitChannel([&](PaymentChannel::Callback done) { channel.pay(request, done); });
}

ChannelResult precreate(PaymentChannel &channel, const channels::PrecreateRequest &request)
{
    return awaitChannel([&](PaymentChannel::Callback done) { channel.precreate(request, done); });
}

ChannelResult query(PaymentChannel &channel, const QString &outTradeNo, const Money &amount)
{
    return awaitChannel(
        [&](PaymentChannel::Callback done) { channel.query(outTradeNo, amount, done); });
}

ChannelResult cancel(PaymentChannel &channel, const QString &outTradeNo)
{
    return awaitChannel([&](PaymentChannel::Callback done) { channel.cancel(outTradeNo, done); });
}

ChannelResult close(PaymentChannel &channel, const QString &outTradeNo)
{
    return awaitChannel([&](PaymentChannel::Callback done) { channel.close(outTradeNo, done); });
}

ChannelResult refund(PaymentChannel &channel, const channels::RefundRequest &request)
{
    return awaitChannel([&](PaymentChannel::Callback done) { channel.refund(request, done); });
}

ChannelResult refundQuery(PaymentChannel &channel, const channels::RefundRequest &request)
{
    return awaitChannel([&](PaymentChannel::Callback done) { channel.refundQuery(request, done); });
}

ChannelResult whileUserPaying(const std::function<ChannelResult()> &ask, int timeoutMs)
{
    ChannelResult last = ask();
    QElapsedTimer clock;
    clock.start();
    while (last.kind == ChannelResult::Kind::UserPaying && clock.elapsed() < timeoutMs) {
        QElapsedTimer pause;
        pause.start();
        waitUntil([&pause]() { return pause.elapsed() >= 100; }, 1000);
        last = ask();
    }
    return last;
}

} // namespace pos::test
