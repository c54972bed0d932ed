#include "channels/alipay/AlipaySignature.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace pos::channels::alipay {

QByteArray signContent(const QMap<QString, QString> &params, const QStringList &excluded)
{
    // QMap iterates in QString order, which is UTF-16 code unit order: for the ASCII keys the
    // protocol uses that equals byte order.
    QByteArray out;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (it.value().isEmpty() || excluded.contains(it.key())) {
            continue;
        }
        if (!out.isEmpty()) {
            out += '&';
        }
        out += it.key().toUtf8() + '=' + it.value().toUtf8();
    }
    return out;
}

Result<QString> signParams(const QMap<QString, QString> &params, const security::RsaKey &privateKey)
{
    auto signature = privateKey.signSha256(signContent(params));
    if (!signature) {
        return signature.error();
    }
    return QString::fromLatin1(signature->toBase64());
}

bool verifyNotification(const QMap<QString, QString> &params,
                        const security::RsaKey &alipayPublicKey)
{
    const QByteArray signature =
        QByteArray::fromBase64(params.value(QStringLiteral("sign")).toLatin1());
    const QByteArray content =
        signContent(params, {QStringLiteral("sign"), QStringLiteral("sign_type")});
    return alipayPublicKey.verifySha256(content, signature);
}

namespace {

// Index just past the JSON value starting at `pos` (object, array, string or scalar), or -1.
qsizetype skipJsonValue(const QByteArray &text, qsizetype pos)
{
    const qsizetype size = text.size();
    if (pos >= size) {
        return -1;
    }
    const char first = text.at(pos);
    if (first == '"') {
        for (qsizetype i = pos + 1; i < size; ++i) {
            if (text.at(i) == '\\') {
                ++i;
            } else if (text.at(i) == '"') {
                return i + 1;
            }
        }
        return -1;
    }
    if (first == '{' || first == '[') {
        int depth = 0;
        for (qsizetype i = pos; i < size; ++i) {
            const char c = text.at(i);
            if (c == '"') {
                const qsizetype end = skipJsonValue(text, i);
                if (end < 0) {
                    return -1;
                }
                i = end - 1;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) {
                    return i + 1;
                }
            }
        }
        return -1;
    }
    qsizetype i = pos;
    while (i < size && text.at(i) != ',' && text.at(i) != '}' && text.at(i) != ']') {
        ++i;
    }
    return i;
}

qsizetype skipSpace(const QByteArray &text, qsizetype pos)
{
    while (pos < text.size() && QByteArrayView(" \t\r\n").contains(text.at(pos))) {
        ++pos;
    }
    return pos;
}

} // namespace

QByteArray rawJsonNode(const QByteArray &body, const QByteArray &nodeName)
{
    // Walk the top-level object key by key, so a key-like string nested inside another value
    // can never be mistaken for the node.
    qsizetype pos = skipSpace(body, 0);
    if (pos >= body.size() || body.at(pos) != '{') {
        return {};
    }
    pos = skipSpace(body, pos + 1);
    while (pos < body.size() && body.at(pos) == '"') {
        const qsizetype keyEnd = skipJsonValue(body, pos);
        if (keyEnd < 0) {
            return {};
        }
        const QByteArray key = body.mid(pos + 1, keyEnd - pos - 2);
        pos = skipSpace(body, keyEnd);
        if (pos >= body.size() || body.at(pos) != ':') {
            return {};
        }
        const qsizetype valueStart = skipSpace(body, pos + 1);
        const qsizetype valueEnd = skipJsonValue(body, valueStart);
        if (valueEnd < 0) {
            return {};
        }
        if (key == nodeName) {
            return body.mid(valueStart, valueEnd - valueStart);
        }
        pos = skipSpace(body, valueEnd);
        if (pos < body.size() && body.at(pos) == ',') {
            pos = skipSpace(body, pos + 1);
        }
    }
    return {};
}

QByteArray responseSignature(const QByteArray &body)
{
    const auto document = QJsonDocument::fromJson(body);
    return document.object().value(QStringLiteral("sign")).toString().toLatin1();
}

QByteArray responseNodeName(const QString &method)
{
    QString name = method;
    name.replace(QLatin1Char('.'), QLatin1Char('_'));
    return name.toLatin1() + "_response";
}

} // namespace pos::channels::alipay
