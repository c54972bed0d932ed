#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace pos::channels::unionpay::form {

// Requests and notifications travel as application/x-www-form-urlencoded (UTF-8).
QByteArray encode(const QMap<QString, QString> &params);
// Decodes a urlencoded body: '+' is a space, %XX decoded after that, UTF-8 required, a key given
// twice refused ("form.duplicate", "form.encoding").
Result<QMap<QString, QString>> decode(const QByteArray &body);

// The gateway's synchronous answers are NOT urlencoded: "key=value&key=value" with raw values
// (base64 '+', '/', '=' and the PEM's line ends as they are). A value that starts with '{' or
// '[' runs to its matching bracket, so '&' inside it does not split. Keys given twice and text
// that is not UTF-8 are refused.
Result<QMap<QString, QString>> parseResponse(const QByteArray &body);
// The reverse of parseResponse (what the sandbox writes).
QByteArray writeResponse(const QMap<QString, QString> &params);

} // namespace pos::channels::unionpay::form
