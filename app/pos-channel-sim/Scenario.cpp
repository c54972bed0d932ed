#include "Scenario.h"

#include <QRegularExpression>

namespace pos::sim {

bool isWellFormedAuthCode(const QString &authCode)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{16,24}$"));
    static const QRegularExpression faceToken(QStringLiteral("^fp[0-9A-Za-z]{8,64}$"));
    return digits.match(authCode).hasMatch() || faceToken.match(authCode).hasMatch();
}

Scenario scenarioFor(const QString &authCode)
{
    const QString last = authCode.right(4);
    if (last == QLatin1String("0001")) {
        return Scenario::InsufficientBalance;
    }
    if (last == QLatin1String("0002")) {
        return Scenario::UserPayingThenSuccess;
    }
    if (last == QLatin1String("0003")) {
        return Scenario::SystemErrorButPaid;
    }
    if (last == QLatin1String("0004")) {
        return Scenario::UserPayingForever;
    }
    if (last == QLatin1String("0005")) {
        return Scenario::AuthCodeInvalid;
    }
    if (last == QLatin1String("0006")) {
        return Scenario::SystemErrorNoTrade;
    }
    if (last == QLatin1String("0007")) {
        return Scenario::SlowAnswerButPaid;
    }
    if (last == QLatin1String("0008")) {
        return Scenario::PaidThenReversed;
    }
    if (last == QLatin1String("0009")) {
        return Scenario::TamperedSignature;
    }
    return Scenario::Success;
}

QString scenarioName(Scenario scenario)
{
    switch (scenario) {
    case Scenario::Success:
        return QStringLiteral("success");
    case Scenario::InsufficientBalance:
        return QStringLiteral("insufficient_balance");
    case Scenario::UserPayingThenSuccess:
        return QStringLiteral("user_paying_then_success");
    case Scenario::SystemErrorButPaid:
        return QStringLiteral("system_error_but_paid");
    case Scenario::UserPayingForever:
        return QStringLiteral("user_paying_forever");
    case Scenario::AuthCodeInvalid:
        return QStringLiteral("auth_code_invalid");
    case Scenario::SystemErrorNoTrade:
        return QStringLiteral("system_error_no_trade");
    case Scenario::TamperedSignature:
        return QStringLiteral("tampered_signature");
    case Scenario::SlowAnswerButPaid:
        return QStringLiteral("slow_answer_but_paid");
    case Scenario::PaidThenReversed:
        return QStringLiteral("paid_then_reversed");
    }
    return QStringLiteral("success");
}

QString maskAuthCode(const QString &authCode)
{
    if (authCode.size() <= 8) {
        return QStringLiteral("****");
    }
    return authCode.left(4) + QStringLiteral("****") + authCode.right(4);
}

} // namespace pos::sim
