#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace pos::settlement {

// One record of a CSV file and the line it starts on (a quoted field may span lines).
struct CsvRecord
{
    int lineNumber = 0;
    QStringList fields;
};

// Bounds for reading a file that may come from anywhere.
struct CsvLimits
{
    qsizetype maxBytes = 0;
    int maxRecordChars = 0;
    int maxFieldChars = 0;
    int maxFields = 0;
    int maxRecords = 0;
};

// RFC 4180 as spreadsheets write it: fields separated by ',', records by LF or CRLF, a field in
// double quotes may hold ',', line breaks and '"' (written twice). The bytes must be UTF-8 (a
// byte-order mark is skipped); anything else, a NUL, a stray quote or a bound exceeded refuses
// the whole file with the line of the problem ("csv.malformed", "line 7: …").
Result<std::vector<CsvRecord>> readCsvRecords(const QByteArray &bytes, const CsvLimits &limits);

// The field as CSV text, quoted only when it holds a ',', a '"' or a line break.
QString csvField(const QString &text);
QString csvRow(const QStringList &fields);

} // namespace pos::settlement
