#pragma once

#include <QJsonObject>
#include <QString>

namespace pos::sim::codes {

// The inner objects of Alipay gateway answers, one builder per public result code.

// 10000 Success.
QJsonObject success();
// 10003 "order success pay inprocess": the buyer is still confirming.
QJsonObject userPaying();
// 20000 Service Currently Unavailable: the outcome is unknown to the caller.
QJsonObject unavailable(const QString &subCode, const QString &subMsg);
// 40001 Missing Required Arguments (a common parameter such as sign is absent).
QJsonObject missingArguments(const QString &subCode, const QString &subMsg);
// 40002 Invalid Arguments (signature, app id, method, biz_content fields).
QJsonObject invalidArguments(const QString &subCode, const QString &subMsg);
// 40004 Business Failed with an ACQ.* sub_code.
QJsonObject businessFailed(const QString &subCode, const QString &subMsg);

} // namespace pos::sim::codes
