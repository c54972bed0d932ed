#include "wechat/WechatScenario.h"

#include <QRegularExpression>

namespace pos::sim::wechat {

bool isWechatAuthCode(const QString &authCode)
{
    static const QRegularExpression pattern(QStringLiteral("^1[0-5][0-9]{16}$"));
    return pattern.match(authCode).hasMatch();
}

MicropayScenario micropayScenario(const QString &authCode)
{
    const QString last = authCode.right(4);
    if (last == QLatin1String("0001")) {
        return MicropayScenario::NotEnough;
    }
    if (last == QLatin1String("0002")) {
        return MicropayScenario::UserPayingThenSuccess;
    }
    if (last == QLatin1String("0003")) {
        return MicropayScenario::SystemErrorButPaid;
    }
    if (last == QLatin1String("0004")) {
        return MicropayScenario::UserPayingForever;
    }
    if (last == QLatin1String("0005")) {
        return MicropayScenario::AuthCodeInvalid;
    }
    if (last == QLatin1String("0006")) {
        return MicropayScenario::SystemErrorNoTrade;
    }
    if (last == QLatin1String("0007")) {
        return MicropayScenario::OtherAppId;
    }
    if (last == QLatin1String("0008")) {
        return MicropayScenario::OtherAmount;
    }
    if (last == QLatin1String("0009")) {
        return MicropayScenario::ForgedSignature;
    }
    if (last == QLatin1String("0010")) {
        return MicropayScenario::OtherMchId;
    }
    return MicropayScenario::Success;
}

QString scenarioName(MicropayScenario scenario)
{
    switch (scenario) {
    case MicropayScenario::Success:
        return QStringLiteral("success");
    case MicropayScenario::NotEnough:
        return QStringLiteral("not_enough");
    case MicropayScenario::UserPayingThenSuccess:
        return QStringLiteral("user_paying_then_success");
    case MicropayScenario::SystemErrorButPaid:
        return QStringLiteral("system_error_but_paid");
    case MicropayScenario::UserPayingForever:
        return QStringLiteral("user_paying_forever");
    case MicropayScenario::AuthCodeInvalid:
        return QStringLiteral("auth_code_invalid");
    case MicropayScenario::SystemErrorNoTrade:
        return QStringLiteral("system_error_no_trade");
    case MicropayScenario::OtherAppId:
        return QStringLiteral("other_appid");
    case MicropayScenario::OtherAmount:
        return QStringLiteral("other_amount");
    case MicropayScenario::ForgedSignature:
        return QStringLiteral("forged_signature");
    case MicropayScenario::OtherMchId:
        return QStringLiteral("other_mch_id");
    }
    return QStringLiteral("success");
}

bool nativeNeverPaid(qint64 totalFen)
{
    return totalFen % 100 == 1;
}

RefundScenario refundScenario(qint64 refundFen)
{
    if (refundFen % 100 == 7) {
        return RefundScenario::ProcessingThenSuccess;
    }
    if (refundFen % 100 == 8) {
        return RefundScenario::Rejected;
    }
    return RefundScenario::Success;
}

QString maskCode(const QString &authCode)
{
    if (authCode.size() < 8) {
        return QStringLiteral("****");
    }
    return authCode.left(4) + QStringLiteral("****") + authCode.right(4);
}

} // namespace pos::sim::wechat
