#include "channels/wechatpay/XmlMessage.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace pos::channels::wechatpay {

namespace {

Error xmlError(const char *code, const QString &message)
{
    return Error{QLatin1String(code), message};
}

} // namespace

Result<QMap<QString, QString>> XmlMessage::parse(const QByteArray &bytes)
{
    if (bytes.size() > kMaxBytes) {
        return xmlError("xml.size", QStringLiteral("XML message larger than 64 KiB"));
    }
    // Refuse declarations before the parser sees them: no DTD, no entity definitions.
    if (bytes.contains("<!DOCTYPE") || bytes.contains("<!doctype") || bytes.contains("<!ENTITY")) {
        return xmlError("xml.dtd", QStringLiteral("XML with a document type declaration"));
    }
    QXmlStreamReader reader(bytes);
    QMap<QString, QString> fields;
    int depth = 0;
    QString currentKey;
    QString currentText;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        switch (token) {
        case QXmlStreamReader::DTD:
            return xmlError("xml.dtd", QStringLiteral("XML with a document type declaration"));
        case QXmlStreamReader::EntityReference:
            return xmlError("xml.entity", QStringLiteral("XML with an entity reference"));
        case QXmlStreamReader::StartElement:
            ++depth;
            if (depth == 1) {
                if (reader.name() != QLatin1String("xml")) {
                    return xmlError("xml.shape", QStringLiteral("root element is not <xml>"));
                }
            } else if (depth == 2) {
                currentKey = reader.name().toString();
                currentText.clear();
                if (fields.contains(currentKey)) {
                    return xmlError("xml.shape",
                                    QStringLiteral("duplicate element <%1>").arg(currentKey));
                }
            } else {
                return xmlError("xml.shape", QStringLiteral("nested elements are not expected"));
            }
            break;
        case QXmlStreamReader::Characters:
            if (depth == 2) {
                currentText += reader.text();
            } else if (!reader.isWhitespace()) {
                return xmlError("xml.shape", QStringLiteral("text outside an element"));
            }
            break;
        case QXmlStreamReader::EndElement:
            if (depth == 2) {
                fields.insert(currentKey, currentText);
            }
            --depth;
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        // An undeclared entity (&xxe;) surfaces here as a parse error.
        return xmlError("xml.malformed", reader.errorString());
    }
    return fields;
}

QByteArray XmlMessage::write(const QMap<QString, QString> &fields)
{
    QByteArray out;
    QXmlStreamWriter writer(&out);
    writer.writeStartElement(QStringLiteral("xml"));
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        writer.writeStartElement(it.key());
        writer.writeCDATA(it.value()); // splits "]]>" across two sections itself
        writer.writeEndElement();
    }
    writer.writeEndElement();
    return out;
}

} // namespace pos::channels::wechatpay
