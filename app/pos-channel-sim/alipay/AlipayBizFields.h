#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pos::sim::biz {

// Reading biz_content fields the way Alipay's gateway checks them, and the small formats its
// answers use. A returned QJsonObject is the refusal to send.

inline constexpr qint64 kMaxAmountFen = 100'000'000'00; // Alipay's ceiling: 100,000,000.00 yuan

// "12.30" from 1230 fen.
QString yuan(qint64 fen);
// yyyy-MM-dd HH:mm:ss in China time (UTC+8, no daylight saving), as Alipay writes times.
QString chinaTime(qint64 ms);

QJsonObject missing(const QString &field);
QJsonObject invalid(const QString &field, const QString &why);
// 40004 ACQ.TRADE_NOT_EXIST.
QJsonObject notExist();

// Reads an optional string field into `out`; a refusal when present but not a string, or when
// `required` and absent or empty.
std::optional<QJsonObject> readText(const QJsonObject &biz, const QString &field, bool required,
                                    QString &out);
// out_trade_no: 1-64 letters, digits, '_' or '-' (empty passes: checked by readText).
std::optional<QJsonObject> checkOutTradeNo(const QString &outTradeNo);
// A required amount field: a decimal string in yuan with at most two decimals, > 0, within the
// ceiling.
std::optional<QJsonObject> readAmount(const QJsonObject &biz, const QString &field, qint64 &fen);
inline std::optional<QJsonObject> readAmount(const QJsonObject &biz, qint64 &fen)
{
    return readAmount(biz, QStringLiteral("total_amount"), fen);
}

} // namespace pos::sim::biz
