#include "FormBody.h"

#include <QStringDecoder>

namespace pos::sim {

namespace {

Result<QString> decodeComponent(QByteArray component)
{
    component.replace('+', ' ');
    const QByteArray bytes = QByteArray::fromPercentEncoding(component);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (utf8.hasError()) {
        return Error{QStringLiteral("form.encoding"),
                     QStringLiteral("form text is not valid UTF-8")};
    }
    return text;
}

} // namespace

Status decodeForm(const QByteArray &encoded, QMap<QString, QString> &into)
{
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype equals = pair.indexOf('=');
        auto key = decodeComponent(equals < 0 ? pair : pair.left(equals));
        auto value = decodeComponent(equals < 0 ? QByteArray() : pair.mid(equals + 1));
        if (!key) {
            return key.error();
        }
        if (!value) {
            return value.error();
        }
        if (into.contains(key.value())) {
            return Error{QStringLiteral("form.duplicate"),
                         QStringLiteral("parameter %1 is given more than once").arg(key.value())};
        }
        into.insert(key.value(), value.value());
    }
    return success();
}

} // namespace pos::sim
