#include "alipay/AlipayBizFields.h"

#include "AlipayCodes.h"
#include "money/Money.h"

#include <QDateTime>
#include <QJsonValue>
#include <QRegularExpression>

namespace pos::sim::biz {

QString yuan(qint64 fen)
{
    return Money::fromMinor(fen).toDecimalString();
}

QString chinaTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, 8 * 3600)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QJsonObject missing(const QString &field)
{
    return codes::invalidArguments(QStringLiteral("isv.missing-parameter"),
                                   QStringLiteral("缺少必选参数: %1").arg(field));
}

QJsonObject invalid(const QString &field, const QString &why)
{
    return codes::invalidArguments(QStringLiteral("isv.invalid-parameter"),
                                   QStringLiteral("参数无效: %1 %2").arg(field, why));
}

QJsonObject notExist()
{
    return codes::businessFailed(QStringLiteral("ACQ.TRADE_NOT_EXIST"),
                                 QStringLiteral("交易不存在"));
}

std::optional<QJsonObject> readText(const QJsonObject &biz, const QString &field, bool required,
                                    QString &out)
{
    const QJsonValue value = biz.value(field);
    if (value.isUndefined() || value.isNull()) {
        return required ? std::optional(missing(field)) : std::nullopt;
    }
    if (!value.isString()) {
        return invalid(field, QStringLiteral("must be a string"));
    }
    out = value.toString();
    if (required && out.isEmpty()) {
        return missing(field);
    }
    return std::nullopt;
}

std::optional<QJsonObject> checkOutTradeNo(const QString &outTradeNo)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z_-]{1,64}$"));
    if (!outTradeNo.isEmpty() && !pattern.match(outTradeNo).hasMatch()) {
        return invalid(QStringLiteral("out_trade_no"),
                       QStringLiteral("must be 1-64 letters, digits, '_' or '-'"));
    }
    return std::nullopt;
}

std::optional<QJsonObject> readAmount(const QJsonObject &biz, const QString &field, qint64 &fen)
{
    QString text;
    if (auto refusal = readText(biz, field, true, text)) {
        return refusal;
    }
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{1,12}(\\.[0-9]{1,2})?$"));
    auto amount = pattern.match(text).hasMatch() ? Money::parse(text) : Money::parse(QString());
    if (!amount) {
        return invalid(field, QStringLiteral("must be a decimal string with at most two decimals"));
    }
    if (!amount->isPositive() || amount->minor() > kMaxAmountFen) {
        return invalid(field, QStringLiteral("must be between 0.01 and 100000000.00"));
    }
    fen = amount->minor();
    return std::nullopt;
}

} // namespace pos::sim::biz
