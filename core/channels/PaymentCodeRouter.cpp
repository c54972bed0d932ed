#include "channels/PaymentCodeRouter.h"

namespace pos::channels {

namespace {
bool isDigits(const QString &text)
{
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return !text.isEmpty();
}

bool isToken(const QString &text)
{
    for (QChar c : text) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128)) {
            return false;
        }
    }
    return !text.isEmpty();
}
} // namespace

PaymentCodeRouter::PaymentCodeRouter()
{
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    m_rules = {
        {s("wechat"), {s("10"), s("11"), s("12"), s("13"), s("14"), s("15")}, 18, 18, true},
        {s("alipay"), {s("25"), s("26"), s("27"), s("28"), s("29"), s("30")}, 16, 24, true},
        {s("alipay"), {s("fp")}, 10, 64, false}, // face-pay token (smile to pay)
        {s("unionpay"), {s("62")}, 19, 19, true},
        {s("ecny"), {s("01")}, 19, 19, true},
    };
}

void PaymentCodeRouter::addRule(const Rule &rule)
{
    m_rules.push_back(rule);
}

Result<QString> PaymentCodeRouter::channelFor(const QString &rawCode) const
{
    const QString code = rawCode.trimmed();
    for (const Rule &rule : m_rules) {
        if (code.size() < rule.minLength || code.size() > rule.maxLength) {
            continue;
        }
        if (rule.digitsOnly ? !isDigits(code) : !isToken(code)) {
            continue;
        }
        for (const QString &prefix : rule.prefixes) {
            if (code.startsWith(prefix)) {
                return rule.channel;
            }
        }
    }
    return Result<QString>::failure(
        QStringLiteral("code.unknown_channel"),
        QStringLiteral("this is not a payment code of any channel we accept"));
}

} // namespace pos::channels
