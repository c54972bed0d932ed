#pragma once

// A payment channel whose every answer the test writes: each operation answers from a queue of
// scripted results (then a fallback), after a delay in milliseconds, and records what it was
// asked. parseNotification returns whatever the test sets.

#include "channels/PaymentChannel.h"

#include <QStringList>
#include <QTimer>

#include <deque>
#include <functional>
#include <utility>
#include <vector>

namespace pos::test {

// The answers of one operation, in order; `fallback` once they run out.
struct ScriptedAnswers
{
    std::deque<channels::ChannelResult> answers;
    channels::ChannelResult fallback =
        channels::ChannelResult::unknown(QStringLiteral("not scripted"));
    int delayMs = 0;
    bool hold = false; // answers wait for ScriptedChannel::releaseHeld()
    int calls = 0;

    ScriptedAnswers &then(channels::ChannelResult result)
    {
        answers.push_back(std::move(result));
        return *this;
    }
    channels::ChannelResult take()
    {
        ++calls;
        if (answers.empty()) {
            return fallback;
        }
        channels::ChannelResult next = answers.front();
        answers.pop_front();
        return next;
    }
};

class ScriptedChannel : public channels::PaymentChannel
{
public:
    ScriptedChannel(QString channelId, channels::Capabilities capabilities)
        : m_id(std::move(channelId)), m_capabilities(capabilities)
    {
    }

    // Every API a channel can have.
    static channels::Capabilities everything()
    {
        channels::Capabilities all;
        all.merchantScansCustomer = all.customerScansMerchant = all.facePay = true;
        all.query = all.cancel = all.close = all.refund = all.refundQuery = true;
        all.asyncNotify = all.billDownload = true;
        return all;
    }
    // Takes payment codes and nothing else: no query, cancel, close, refund or notification.
    static channels::Capabilities payOnly()
    {
        channels::Capabilities weak;
        weak.merchantScansCustomer = true;
        return weak;
    }

    QString id() const override { return m_id; }
    channels::Capabilities capabilities() const override { return m_capabilities; }
    void setCapabilities(const channels::Capabilities &capabilities)
    {
        m_capabilities = capabilities;
    }

    void pay(const channels::PayRequest &request, Callback done) override
    {
        payRequests.push_back(request);
        answer(payScript, std::move(done));
    }
    void precreate(const channels::PrecreateRequest &request, Callback done) override
    {
        precreated << request.outTradeNo;
        answer(precreateScript, std::move(done));
    }
    void query(const QString &outTradeNo, const Money &, Callback done) override
    {
        queried << outTradeNo;
        answer(queryScript, std::move(done));
    }
    void cancel(const QString &outTradeNo, Callback done) override
    {
        cancelled << outTradeNo;
        answer(cancelScript, std::move(done));
    }
    void close(const QString &outTradeNo, Callback done) override
    {
        closed << outTradeNo;
        answer(closeScript, std::move(done));
    }
    void refund(const channels::RefundRequest &request, Callback done) override
    {
        refundRequests.push_back(request);
        answer(refundScript, std::move(done));
    }
    void refundQuery(const channels::RefundRequest &request, Callback done) override
    {
        refundQueries.push_back(request);
        answer(refundQueryScript, std::move(done));
    }
    channels::ParsedNotification
    parseNotification(const channels::IncomingNotification &notification) const override
    {
        ++parsedCount;
        return parser ? parser(notification) : channels::ParsedNotification{};
    }

    ScriptedAnswers payScript;
    ScriptedAnswers precreateScript;
    ScriptedAnswers queryScript;
    ScriptedAnswers cancelScript;
    ScriptedAnswers closeScript;
    ScriptedAnswers refundScript;
    ScriptedAnswers refundQueryScript;
    std::function<channels::ParsedNotification(const channels::IncomingNotification &)> parser;

    std::vector<channels::PayRequest> payRequests;
    QStringList precreated;
    QStringList queried;
    QStringList cancelled;
    QStringList closed;
    std::vector<channels::RefundRequest> refundRequests;
    std::vector<channels::RefundRequest> refundQueries;
    mutable int parsedCount = 0;

    // Delivers the answers held so far (scripts with `hold`), in the order they were asked.
    void releaseHeld()
    {
        std::vector<std::function<void()>> answers;
        answers.swap(m_held);
        for (const auto &deliver : answers) {
            deliver();
        }
    }
    std::size_t heldCount() const { return m_held.size(); }

private:
    void answer(ScriptedAnswers &script, Callback done)
    {
        const channels::ChannelResult result = script.take();
        if (script.hold) {
            m_held.push_back([done = std::move(done), result] { done(result); });
            return;
        }
        QTimer::singleShot(script.delayMs, this,
                           [done = std::move(done), result] { done(result); });
    }

    std::vector<std::function<void()>> m_held;

    QString m_id;
    channels::Capabilities m_capabilities;
};

// A cancel that returned the money of a paid trade, and one that closed an unpaid one.
inline channels::ChannelResult reversedAnswer()
{
    channels::ChannelResult result = channels::ChannelResult::success();
    result.action = QStringLiteral("refund");
    return result;
}
inline channels::ChannelResult closedAnswer()
{
    channels::ChannelResult result = channels::ChannelResult::success();
    result.action = QStringLiteral("close");
    return result;
}
inline channels::ChannelResult qrAnswer(const QString &qr)
{
    channels::ChannelResult result = channels::ChannelResult::success();
    result.qrCode = qr;
    return result;
}

} // namespace pos::test
