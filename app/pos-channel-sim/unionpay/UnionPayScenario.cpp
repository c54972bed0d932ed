#include "unionpay/UnionPayScenario.h"

#include <QRegularExpression>

namespace pos::sim::unionpay {

bool isWellFormedQrNo(const QString &qrNo)
{
    static const QRegularExpression pattern(QStringLiteral("^62[0-9]{17}$"));
    return pattern.match(qrNo).hasMatch();
}

ConsumeScenario consumeScenarioFor(const QString &qrNo)
{
    const QString last = qrNo.right(4);
    if (last == QLatin1String("0001")) {
        return ConsumeScenario::InsufficientFunds;
    }
    if (last == QLatin1String("0002")) {
        return ConsumeScenario::ProcessingThenSuccess;
    }
    if (last == QLatin1String("0003")) {
        return ConsumeScenario::SystemErrorButPaid;
    }
    if (last == QLatin1String("0004")) {
        return ConsumeScenario::ProcessingForever;
    }
    if (last == QLatin1String("0005")) {
        return ConsumeScenario::InvalidCode;
    }
    if (last == QLatin1String("0006")) {
        return ConsumeScenario::SystemErrorNoTrade;
    }
    if (last == QLatin1String("0007")) {
        return ConsumeScenario::OtherMerchant;
    }
    if (last == QLatin1String("0008")) {
        return ConsumeScenario::WrongAmount;
    }
    if (last == QLatin1String("0009")) {
        return ConsumeScenario::ForgedSignature;
    }
    return ConsumeScenario::Success;
}

QString scenarioName(ConsumeScenario scenario)
{
    switch (scenario) {
    case ConsumeScenario::Success:
        return QStringLiteral("success");
    case ConsumeScenario::InsufficientFunds:
        return QStringLiteral("insufficient_funds");
    case ConsumeScenario::ProcessingThenSuccess:
        return QStringLiteral("processing_then_success");
    case ConsumeScenario::SystemErrorButPaid:
        return QStringLiteral("system_error_but_paid");
    case ConsumeScenario::ProcessingForever:
        return QStringLiteral("processing_forever");
    case ConsumeScenario::InvalidCode:
        return QStringLiteral("invalid_code");
    case ConsumeScenario::SystemErrorNoTrade:
        return QStringLiteral("system_error_no_trade");
    case ConsumeScenario::OtherMerchant:
        return QStringLiteral("other_merchant");
    case ConsumeScenario::WrongAmount:
        return QStringLiteral("wrong_amount");
    case ConsumeScenario::ForgedSignature:
        return QStringLiteral("forged_signature");
    }
    return QStringLiteral("success");
}

QString maskQrNo(const QString &qrNo)
{
    if (qrNo.size() <= 8) {
        return QStringLiteral("****");
    }
    return qrNo.left(4) + QStringLiteral("****") + qrNo.right(4);
}

} // namespace pos::sim::unionpay
