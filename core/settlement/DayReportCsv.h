#pragma once

#include "common/Result.h"
#include "settlement/DayReport.h"

#include <QByteArray>

namespace pos::settlement {

// A day report as CSV: for spreadsheets (UTF-8 with a byte-order mark, so Excel in a Chinese
// locale reads it right) and for reading back exactly (fromCsv(toCsv(r)) == r). One section per
// block, each a "[name]" line, a header line and its rows, a blank line between sections:
//
//   [summary]                       field,value rows, in this order:
//   field,value                     type (X|Z), z_number, terminal_id, business_date
//   type,Z                          (YYYY-MM-DD), generated_at (UTC, ISO 8601 with ms),
//   ...                             cashier_id (empty: all cashiers), cashier_name, currency,
//                                   sales_count, sales_amount, discount_amount, refund_count,
//                                   refund_amount, void_count, void_amount, net (signed)
//   [tenders]    channel,method,count,amount
//   [refunds]    channel,count,amount
//   [by_hour]    hour,count,amount
//   [unresolved] out_trade_no,order_id,channel,state,amount,carried_over (yes|no),
//                carried_over_by
//   [corrections] kind,order_id,reference,original_date,amount (signed: + in, - out)
//   [cash]       field,value rows: opening_float, hand_over_in, cash_sales, cash_refunds,
//                pay_ins, pay_outs, hand_over_out, expected, counted (empty: not counted),
//                over_short (signed)
//
// Amounts are yuan with two decimals ("12.30", "-0.05") in the report's currency. Fields are
// quoted per RFC 4180 when they hold ',', '"' or a line break. A text field that a spreadsheet
// would run as a formula or that could pass for a section (first character = + - @ [ tab CR)
// or that starts with an apostrophe gets one more apostrophe in front, removed on import.
QByteArray toCsv(const DayReport &report);

// Reads toCsv's layout back. The bytes are hostile: size, line and field bounds, every section
// (each exactly once, any order), header, key, number, amount and date are checked and the whole
// file is refused at the first problem, "report_csv.malformed" with "line N: …" in the message.
Result<DayReport> fromCsv(const QByteArray &bytes);

inline constexpr qsizetype kMaxDayReportCsvBytes = 8 * 1024 * 1024;

} // namespace pos::settlement
