#include "AlipayCodes.h"

namespace pos::sim::codes {

namespace {

QJsonObject coded(const char *code, const char *msg)
{
    return QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                       {QStringLiteral("msg"), QLatin1String(msg)}};
}

QJsonObject withSub(QJsonObject inner, const QString &subCode, const QString &subMsg)
{
    inner.insert(QStringLiteral("sub_code"), subCode);
    inner.insert(QStringLiteral("sub_msg"), subMsg);
    return inner;
}

} // namespace

QJsonObject success()
{
    return coded("10000", "Success");
}

QJsonObject userPaying()
{
    return coded("10003", "order success pay inprocess");
}

QJsonObject unavailable(const QString &subCode, const QString &subMsg)
{
    return withSub(coded("20000", "Service Currently Unavailable"), subCode, subMsg);
}

QJsonObject missingArguments(const QString &subCode, const QString &subMsg)
{
    return withSub(coded("40001", "Missing Required Arguments"), subCode, subMsg);
}

QJsonObject invalidArguments(const QString &subCode, const QString &subMsg)
{
    return withSub(coded("40002", "Invalid Arguments"), subCode, subMsg);
}

QJsonObject businessFailed(const QString &subCode, const QString &subMsg)
{
    return withSub(coded("40004", "Business Failed"), subCode, subMsg);
}

} // namespace pos::sim::codes
