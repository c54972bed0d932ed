#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace pos::channels::wechatpay {

// WeChat Pay v2's flat <xml><key>value</key>...</xml> messages. Parsing refuses DTDs, entity
// references other than the five predefined ones, nesting, duplicate keys and bodies over
// kMaxBytes; CDATA is read as text. Writing wraps every value in CDATA.
class XmlMessage
{
public:
    static constexpr qsizetype kMaxBytes = 64 * 1024;

    // Error codes: "xml.size", "xml.dtd", "xml.entity", "xml.shape", "xml.malformed".
    static Result<QMap<QString, QString>> parse(const QByteArray &bytes);
    static QByteArray write(const QMap<QString, QString> &fields);
};

} // namespace pos::channels::wechatpay
