#pragma once

#include "channels/PaymentChannel.h"

#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <functional>

namespace pos::test {

// A suite whose tests share one `Sandbox` (AlipaySandbox, WechatSandbox, UnionPaySandbox),
// started before the first test with the public Suite::sandboxArguments() and deleted after the
// last. Each test first asserts that it started; a Suite overriding SetUp() calls this one first
// and returns on HasFatalFailure().
template <typename Suite, typename Sandbox> class SharedSandboxTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_sandbox = new Sandbox();
        s_started = s_sandbox->start(Suite::sandboxArguments());
    }
    static void TearDownTestSuite()
    {
        delete s_sandbox;
        s_sandbox = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(s_started) << qPrintable(s_sandbox->errorText()); }

    static inline Sandbox *s_sandbox = nullptr;
    static inline bool s_started = false;
};

// A PayRequest for `outTradeNo` paid with `code`: subject "Groceries 杂货", terminal T01.
channels::PayRequest payRequest(const QString &outTradeNo, const QString &code,
                                const Money &amount);

// One call on `channel`, waited for in the event loop with awaitChannel().
channels::ChannelResult pay(channels::PaymentChannel &channel, const channels::PayRequest &request);
channels::ChannelResult precreate(channels::PaymentChannel &channel,
                                  const channels::PrecreateRequest &request);
channels::ChannelResult query(channels::PaymentChannel &channel, const QString &outTradeNo,
                              const Money &amount);
channels::ChannelResult cancel(channels::PaymentChannel &channel, const QString &outTradeNo);
channels::ChannelResult close(channels::PaymentChannel &channel, const QString &outTradeNo);
channels::ChannelResult refund(channels::PaymentChannel &channel,
                               const channels::RefundRequest &request);
channels::ChannelResult refundQuery(channels::PaymentChannel &channel,
                                    const channels::RefundRequest &request);

// Asks every 100 ms (the event loop runs between) while the answer is UserPaying, up to
// `timeoutMs`; returns the last answer.
channels::ChannelResult whileUserPaying(const std::function<channels::ChannelResult()> &ask,
                                        int timeoutMs);

} // namespace pos::test
