#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace pos::sim {

class SimLedger;

// The trade bill (bill_type=trade) of one China-time day as Alipay serves it from
// bill_download_url: a zip of two GBK-encoded CSV files,
//   <account>_<yyyyMMdd>_业务明细.csv        one line per trade paid and per refund done that day
//   <account>_<yyyyMMdd>_业务明细(汇总).csv  per-store totals
// each framed by '#' header and footer lines, with the 25 detail columns of channels.md, CRLF
// line ends, and a TAB after every id-like cell (as Alipay writes them, against spreadsheet
// number mangling). Refund rows (业务类型 退款, including the 0008 channel reversal) carry
// negative amounts and the out_request_no. Commas and line breaks inside a subject become
// spaces (Alipay's files are not quoted). Characters outside GBK are transliterated by iconv.
class AlipayBill
{
public:
    static constexpr const char *kAccount = "2088123456789012";

    static Result<QByteArray> zip(SimLedger &ledger, const QDate &chinaDay, qint64 nowMs);
    static QString detailName(const QDate &chinaDay);
    static QString summaryName(const QDate &chinaDay);
    // UTF-16 text to GBK bytes (iconv).
    static Result<QByteArray> toGbk(const QString &text);
};

} // namespace pos::sim
