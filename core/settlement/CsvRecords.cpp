#include "settlement/CsvRecords.h"

#include <QStringDecoder>

namespace pos::settlement {

namespace {

Error malformed(int lineNumber, const QString &why)
{
    return Error{QStringLiteral("csv.malformed"),
                 lineNumber > 0 ? QStringLiteral("line %1: %2").arg(lineNumber).arg(why) : why};
}

class Reader
{
public:
    Reader(const QString &text, const CsvLimits &limits) : m_text(text), m_limits(limits) {}

    Result<std::vector<CsvRecord>> run()
    {
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            if (!step(i)) {
                return m_error;
            }
        }
        if (m_quoted) {
            return malformed(m_current.lineNumber,
                             QStringLiteral("a quoted field is never closed"));
        }
        if (!m_field.isEmpty() || m_fieldQuoted || !m_current.fields.isEmpty()) {
            if (!endField() || !endRecord()) {
                return m_error;
            }
        }
        return std::move(m_records);
    }

private:
    bool step(qsizetype &i)
    {
        const QChar c = m_text[i];
        const QChar next = i + 1 < m_text.size() ? m_text[i + 1] : QChar();
        if (c.isNull()) {
            return fail(m_line, QStringLiteral("the file holds binary data (a NUL character)"));
        }
        if (++m_recordChars > m_limits.maxRecordChars) {
            return fail(m_current.lineNumber,
                        QStringLiteral("the record is longer than %1 characters")
                            .arg(m_limits.maxRecordChars));
        }
        if (m_quoted) {
            if (c == QLatin1Char('"') && next == QLatin1Char('"')) {
                m_field.append(c);
                ++i;
            } else if (c == QLatin1Char('"')) {
                m_quoted = false;
            } else {
                m_line += c == QLatin1Char('\n') ? 1 : 0;
                m_field.append(c);
            }
            return true;
        }
        if (c == QLatin1Char('"')) {
            if (!m_field.isEmpty() || m_fieldQuoted) {
                return fail(m_line, QStringLiteral("a quote in the middle of a field"));
            }
            m_quoted = m_fieldQuoted = true;
            return true;
        }
        if (c == QLatin1Char(',')) {
            return endField();
        }
        if (c == QLatin1Char('\r') && next == QLatin1Char('\n')) {
            return true; // the LF ends the record
        }
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (!endField() || !endRecord()) {
                return false;
            }
            ++m_line;
            m_current.lineNumber = m_line;
            return true;
        }
        if (m_fieldQuoted) {
            return fail(m_line, QStringLiteral("text after the closing quote of a field"));
        }
        m_field.append(c);
        return true;
    }

    bool endField()
    {
        if (m_field.size() > m_limits.maxFieldChars) {
            return fail(
                m_line,
                QStringLiteral("a field is longer than %1 characters").arg(m_limits.maxFieldChars));
        }
        if (m_current.fields.size() >= m_limits.maxFields) {
            return fail(m_line,
                        QStringLiteral("more than %1 fields on a line").arg(m_limits.maxFields));
        }
        m_current.fields.append(m_field);
        m_field.clear();
        m_fieldQuoted = false;
        return true;
    }

    bool endRecord()
    {
        if (static_cast<int>(m_records.size()) >= m_limits.maxRecords) {
            return fail(m_current.lineNumber,
                        QStringLiteral("more than %1 lines").arg(m_limits.maxRecords));
        }
        m_records.push_back(std::move(m_current));
        m_current = CsvRecord{m_line, {}};
        m_recordChars = 0;
        return true;
    }

    bool fail(int lineNumber, const QString &why)
    {
        m_error = malformed(lineNumber, why);
        return false;
    }

    const QString &m_text;
    const CsvLimits &m_limits;
    std::vector<CsvRecord> m_records;
    CsvRecord m_current{1, {}};
    QString m_field;
    bool m_quoted = false;
    bool m_fieldQuoted = false;
    int m_line = 1;
    int m_recordChars = 0;
    Error m_error;
};

} // namespace

Result<std::vector<CsvRecord>> readCsvRecords(const QByteArray &bytes, const CsvLimits &limits)
{
    if (bytes.size() > limits.maxBytes) {
        return malformed(
            0, QStringLiteral("the file is larger than %1 KiB").arg(limits.maxBytes / 1024));
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return malformed(0, QStringLiteral("the file is not UTF-8 text (a spreadsheet may have "
                                           "saved it as GBK: save it as \"CSV UTF-8\")"));
    }
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    return Reader(text, limits).run();
}

QString csvField(const QString &text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!needsQuotes) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvRow(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &field : fields) {
        out.append(csvField(field));
    }
    return out.join(QLatin1Char(','));
}

} // namespace pos::settlement
