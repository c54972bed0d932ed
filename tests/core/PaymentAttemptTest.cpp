// PaymentAttempt: the state machine of core/domain/PaymentAttempt.h, names, masking and change.
#include "domain/PaymentAttempt.h"
#include "CorePrinters.h"

#include <gtest/gtest.h>

#include <set>
#include <tuple>
#include <utility>

namespace pos {
namespace {

using S = AttemptState;

const std::vector<AttemptState> kAllStates{S::Created,  S::Sent,      S::UserPaying,
                                           S::Unknown,  S::Succeeded, S::Failed,
                                           S::Reversed, S::Closed,    S::PendingStatement};

// The table documented in PaymentAttempt.h, written out independently of the implementation.
const std::set<std::pair<AttemptState, AttemptState>> kDocumentedTransitions{
    {S::Created, S::Sent},
    {S::Created, S::Failed},

    {S::Sent, S::Succeeded},
    {S::Sent, S::Failed},
    {S::Sent, S::UserPaying},
    {S::Sent, S::Unknown},
    {S::Sent, S::PendingStatement},

    {S::UserPaying, S::Succeeded},
    {S::UserPaying, S::Failed},
    {S::UserPaying, S::Unknown},
    {S::UserPaying, S::Reversed},
    {S::UserPaying, S::Closed},

    {S::Unknown, S::Succeeded},
    {S::Unknown, S::Failed},
    {S::Unknown, S::UserPaying},
    {S::Unknown, S::Reversed},
    {S::Unknown, S::Closed},
    {S::Unknown, S::PendingStatement},

    {S::PendingStatement, S::Succeeded},
    {S::PendingStatement, S::Closed},
    {S::Closed, S::Succeeded},

    {S::Succeeded, S::Reversed},
};

bool documented(AttemptState from, AttemptState to)
{
    return kDocumentedTransitions.count({from, to}) == 1;
}

std::string stateLabel(AttemptState state)
{
    switch (state) {
    case S::Created:
        return "Created";
    case S::Sent:
        return "Sent";
    case S::UserPaying:
        return "UserPaying";
    case S::Unknown:
        return "Unknown";
    case S::Succeeded:
        return "Succeeded";
    case S::Failed:
        return "Failed";
    case S::Reversed:
        return "Reversed";
    case S::Closed:
        return "Closed";
    case S::PendingStatement:
        return "PendingStatement";
    }
    return "Invalid";
}

PaymentAttempt attemptIn(AttemptState state)
{
    PaymentAttempt attempt;
    attempt.orderId = QStringLiteral("T01-20260101-0001");
    attempt.outTradeNo = QStringLiteral("T01-20260101-0001-1");
    attempt.channel = QStringLiteral("alipay");
    attempt.method = PaymentMethod::PaymentCode;
    attempt.amount = Money::fromMinor(1230);
    attempt.state = state;
    attempt.lastReason = QStringLiteral("before");
    attempt.updatedAt = QDateTime(QDate(2000, 1, 1), QTime(12, 0), Qt::UTC);
    return attempt;
}

class AttemptTransitionTest
    : public ::testing::TestWithParam<std::tuple<AttemptState, AttemptState>>
{
};

TEST_P(AttemptTransitionTest, FollowsTheDocumentedTable)
{
    const auto [from, to] = GetParam();
    PaymentAttempt attempt = attemptIn(from);
    const QDateTime before = attempt.updatedAt;

    EXPECT_EQ(isTransitionAllowed(from, to), documented(from, to));
    const Status moved = attempt.transitionTo(to, QStringLiteral("after"));
    if (documented(from, to)) {
        ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
        EXPECT_EQ(attempt.state, to);
        EXPECT_EQ(attempt.lastReason, QStringLiteral("after"));
        EXPECT_GT(attempt.updatedAt, before);
    } else {
        ASSERT_FALSE(moved.ok());
        EXPECT_EQ(moved.error().code, QStringLiteral("attempt.illegal_transition"));
        EXPECT_TRUE(moved.error().message.contains(attempt.outTradeNo));
        EXPECT_EQ(attempt.state, from);
        EXPECT_EQ(attempt.lastReason, QStringLiteral("before"));
        EXPECT_EQ(attempt.updatedAt, before);
    }
}

INSTANTIATE_TEST_SUITE_P(
    AllPairs, AttemptTransitionTest,
    ::testing::Combine(::testing::ValuesIn(kAllStates), ::testing::ValuesIn(kAllStates)),
    [](const ::testing::TestParamInfo<std::tuple<AttemptState, AttemptState>> &paramInfo) {
        return stateLabel(std::get<0>(paramInfo.param)) + "To" +
               stateLabel(std::get<1>(paramInfo.param));
    });

TEST(PaymentAttemptTest, TheDocumentedTableHasTwentyTwoTransitions)
{
    int allowed = 0;
    for (AttemptState from : kAllStates) {
        for (AttemptState to : kAllStates) {
            allowed += isTransitionAllowed(from, to) ? 1 : 0;
        }
    }
    EXPECT_EQ(allowed, 22);
}

TEST(PaymentAttemptTest, FailedReversedAndClosedAreFinal)
{
    for (AttemptState state : kAllStates) {
        const bool expected = state == S::Failed || state == S::Reversed || state == S::Closed;
        EXPECT_EQ(isFinal(state), expected) << stateLabel(state);
    }
}

TEST(PaymentAttemptTest, UnresolvedStatesAreThoseThatMayStillHaveTakenMoney)
{
    for (AttemptState state : kAllStates) {
        const bool expected = state == S::Created || state == S::Sent || state == S::UserPaying ||
                              state == S::Unknown || state == S::PendingStatement;
        EXPECT_EQ(isUnresolved(state), expected) << stateLabel(state);
    }
}

TEST(PaymentAttemptTest, TransitionWithoutReasonKeepsTheLastReason)
{
    PaymentAttempt attempt = attemptIn(S::Sent);
    ASSERT_TRUE(attempt.transitionTo(S::Unknown).ok());
    EXPECT_EQ(attempt.lastReason, QStringLiteral("before"));
}

TEST(PaymentAttemptTest, StateNamesRoundTrip)
{
    std::set<QString> names;
    for (AttemptState state : kAllStates) {
        const QString name = attemptStateName(state);
        EXPECT_FALSE(name.isEmpty());
        names.insert(name);
        const auto back = attemptStateFromName(name);
        ASSERT_TRUE(back.ok()) << name.toStdString();
        EXPECT_EQ(back.value(), state);
    }
    EXPECT_EQ(names.size(), kAllStates.size());
    EXPECT_EQ(attemptStateName(S::UserPaying), QStringLiteral("user_paying"));
}

TEST(PaymentAttemptTest, UnknownStateNameIsRefused)
{
    for (const QString &name : {QStringLiteral("paid"), QStringLiteral(""),
                                QStringLiteral("Succeeded"), QStringLiteral("succeeded ")}) {
        const auto parsed = attemptStateFromName(name);
        ASSERT_FALSE(parsed.ok()) << name.toStdString();
        EXPECT_EQ(parsed.error().code, QStringLiteral("enum.unknown"));
    }
}

TEST(PaymentAttemptTest, PaymentMethodNamesRoundTrip)
{
    for (PaymentMethod method : {PaymentMethod::Cash, PaymentMethod::PaymentCode,
                                 PaymentMethod::CustomerQr, PaymentMethod::FacePay}) {
        const auto back = paymentMethodFromName(paymentMethodName(method));
        ASSERT_TRUE(back.ok());
        EXPECT_EQ(back.value(), method);
    }
    EXPECT_FALSE(paymentMethodFromName(QStringLiteral("card")).ok());
}

void expectMiddleHidden(const QString &code)
{
    const QString masked = maskPaymentCode(code);
    ASSERT_EQ(masked.size(), code.size()) << code.toStdString();
    EXPECT_EQ(masked.left(4), code.left(4));
    EXPECT_EQ(masked.right(4), code.right(4));
    for (qsizetype i = 4; i < code.size() - 4; ++i) {
        EXPECT_EQ(masked.at(i), QLatin1Char('*')) << code.toStdString() << " position " << i;
    }
    EXPECT_FALSE(masked.contains(code.mid(4, code.size() - 8)));
}

TEST(PaymentAttemptTest, MaskedPaymentCodeNeverRevealsTheMiddleDigits)
{
    EXPECT_EQ(maskPaymentCode(QStringLiteral("2800000000000001")),
              QStringLiteral("2800********0001"));
    expectMiddleHidden(QStringLiteral("134567890123456789"));                // WeChat, 18
    expectMiddleHidden(QStringLiteral("28763443825664394"));                 // Alipay, 17
    expectMiddleHidden(QStringLiteral("287634438256643941234"));             // Alipay, 21
    expectMiddleHidden(QStringLiteral("6212345678901234567"));               // UnionPay, 19
    expectMiddleHidden(QStringLiteral("fp1234567890abcdefghijklmnopqrstu")); // face token
    expectMiddleHidden(QStringLiteral("123456789"));
}

TEST(PaymentAttemptTest, ShortCodesAreMaskedEntirely)
{
    EXPECT_EQ(maskPaymentCode(QStringLiteral("12345678")), QStringLiteral("********"));
    EXPECT_EQ(maskPaymentCode(QStringLiteral("1234")), QStringLiteral("****"));
    EXPECT_EQ(maskPaymentCode(QString()), QString());
}

TEST(PaymentAttemptTest, CashChangeIsTenderedMinusAmount)
{
    PaymentAttempt attempt;
    attempt.method = PaymentMethod::Cash;
    attempt.amount = Money::fromMinor(1230);
    attempt.tendered = Money::fromMinor(2000);
    EXPECT_EQ(attempt.change(), Money::fromMinor(770));
    attempt.tendered = Money::fromMinor(1230);
    EXPECT_EQ(attempt.change(), Money::fromMinor(0));
}

TEST(PaymentAttemptTest, TooLittleCashGivesNoNegativeChange)
{
    PaymentAttempt attempt;
    attempt.method = PaymentMethod::Cash;
    attempt.amount = Money::fromMinor(1230);
    attempt.tendered = Money::fromMinor(1000);
    EXPECT_EQ(attempt.change(), Money::fromMinor(0));
}

TEST(PaymentAttemptTest, NonCashPaymentGivesNoChange)
{
    PaymentAttempt attempt = attemptIn(S::Created);
    attempt.tendered = Money::fromMinor(5000);
    EXPECT_EQ(attempt.change(), Money::fromMinor(0));
}

} // namespace
} // namespace pos
