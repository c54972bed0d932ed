#include "channels/unionpay/UnionPayForm.h"

#include <QStringDecoder>
#include <QUrl>

namespace pos::channels::unionpay::form {

namespace {

Result<QString> utf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        return Error{QStringLiteral("form.encoding"), QStringLiteral("text is not valid UTF-8")};
    }
    return text;
}

Status insertOnce(QMap<QString, QString> &into, const QByteArray &key, const QByteArray &value)
{
    auto textKey = utf8(key);
    auto textValue = utf8(value);
    if (!textKey) {
        return textKey.error();
    }
    if (!textValue) {
        return textValue.error();
    }
    if (into.contains(textKey.value())) {
        return Error{QStringLiteral("form.duplicate"),
                     QStringLiteral("parameter %1 is given more than once").arg(textKey.value())};
    }
    into.insert(textKey.value(), textValue.value());
    return success();
}

QByteArray percentDecoded(QByteArray component)
{
    component.replace('+', ' ');
    return QByteArray::fromPercentEncoding(component);
}

} // namespace

QByteArray encode(const QMap<QString, QString> &params)
{
    QByteArray body;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += QUrl::toPercentEncoding(it.key()) + '=' + QUrl::toPercentEncoding(it.value());
    }
    return body;
}

Result<QMap<QString, QString>> decode(const QByteArray &body)
{
    QMap<QString, QString> params;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype equals = pair.indexOf('=');
        const QByteArray key = percentDecoded(equals < 0 ? pair : pair.left(equals));
        const QByteArray value = percentDecoded(equals < 0 ? QByteArray() : pair.mid(equals + 1));
        if (auto inserted = insertOnce(params, key, value); !inserted) {
            return inserted.error();
        }
    }
    return params;
}

Result<QMap<QString, QString>> parseResponse(const QByteArray &body)
{
    QMap<QString, QString> params;
    qsizetype pos = 0;
    const qsizetype size = body.size();
    while (pos < size) {
        qsizetype equals = body.indexOf('=', pos);
        const qsizetype amp = body.indexOf('&', pos);
        if (equals < 0 || (amp >= 0 && amp < equals)) {
            return Error{QStringLiteral("form.malformed"),
                         QStringLiteral("a response field has no '='")};
        }
        const QByteArray key = body.mid(pos, equals - pos).trimmed();
        qsizetype end = equals + 1;
        int depth = 0;
        while (end < size) {
            const char c = body.at(end);
            if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && depth > 0) {
                --depth;
            } else if (c == '&' && depth == 0) {
                break;
            }
            ++end;
        }
        const QByteArray value = body.mid(equals + 1, end - equals - 1);
        if (key.isEmpty()) {
            return Error{QStringLiteral("form.malformed"), QStringLiteral("empty field name")};
        }
        if (auto inserted = insertOnce(params, key, value); !inserted) {
            return inserted.error();
        }
        pos = end + 1;
    }
    return params;
}

QByteArray writeResponse(const QMap<QString, QString> &params)
{
    QByteArray body;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += it.key().toUtf8() + '=' + it.value().toUtf8();
    }
    return body;
}

} // namespace pos::channels::unionpay::form
