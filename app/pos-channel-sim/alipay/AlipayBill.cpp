#include "alipay/AlipayBill.h"

#include "SimLedger.h"
#include "alipay/AlipayBizFields.h"
#include "alipay/StoredZip.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QStringList>

#include <iconv.h>

#include <cerrno>

namespace pos::sim {

namespace {

constexpr int kChinaOffsetSeconds = 8 * 3600;
const QString kTab = QStringLiteral("\t");
const QString kZero = QStringLiteral("0.00");

QDate chinaDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, kChinaOffsetSeconds).date();
}

QString chineseDateTime(const QDateTime &when)
{
    return when.toString(QStringLiteral("yyyy年MM月dd日 HH:mm:ss"));
}

QString plain(QString text)
{
    return text.replace(QLatin1Char(','), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString id(const QString &value)
{
    return plain(value) + kTab;
}

QString detailHeader()
{
    return QStringLiteral(
        "支付宝交易号,商户订单号,业务类型,商品名称,创建时间,完成时间,门店编号,门店名称,操作员,"
        "终端号,对方账户,订单金额（元）,商家实收（元）,支付宝红包（元）,集分宝（元）,"
        "支付宝优惠（元）,商家优惠（元）,券核销金额（元）,券名称,商家红包消费金额（元）,"
        "卡消费金额（元）,退款批次号/请求号,服务费（元）,分润（元）,备注");
}

// One detail line; `amountFen` negative for refunds.
QString detailLine(const SimTrade &trade, bool refund, qint64 amountFen, qint64 doneAtMs,
                   const QString &outRequestNo)
{
    const QString amount = biz::yuan(amountFen);
    const QStringList cells = {
        id(trade.tradeNo),
        id(trade.outTradeNo),
        id(refund ? QStringLiteral("退款") : QStringLiteral("交易")),
        plain(trade.subject),
        biz::chinaTime(trade.createdAtMs),
        biz::chinaTime(doneAtMs),
        id(trade.storeId),
        id(trade.storeId),
        id(trade.operatorId),
        id(trade.terminalId),
        id(trade.buyerLogonId),
        amount,
        amount,
        kZero,
        kZero,
        kZero,
        kZero,
        kZero,
        QString(),
        kZero + kTab,
        kZero,
        id(outRequestNo),
        kZero,
        kZero,
        plain(trade.subject),
    };
    return cells.join(QLatin1Char(','));
}

struct StoreTotals
{
    int trades = 0;
    int refunds = 0;
    qint64 orderFen = 0;
    qint64 receivedFen = 0;
};

} // namespace

QString AlipayBill::detailName(const QDate &chinaDay)
{
    return QStringLiteral("%1_%2_业务明细.csv")
        .arg(QLatin1String(kAccount), chinaDay.toString(QStringLiteral("yyyyMMdd")));
}

QString AlipayBill::summaryName(const QDate &chinaDay)
{
    return QStringLiteral("%1_%2_业务明细(汇总).csv")
        .arg(QLatin1String(kAccount), chinaDay.toString(QStringLiteral("yyyyMMdd")));
}

Result<QByteArray> AlipayBill::toGbk(const QString &text)
{
    iconv_t converter = iconv_open("GBK//TRANSLIT", "UTF-8");
    if (converter == reinterpret_cast<iconv_t>(-1)) {
        return Result<QByteArray>::failure(QStringLiteral("bill.encoding"),
                                           QStringLiteral("iconv has no GBK converter"));
    }
    QByteArray input = text.toUtf8();
    QByteArray output(input.size() * 2 + 16, Qt::Uninitialized);
    char *in = input.data();
    size_t inLeft = size_t(input.size());
    char *out = output.data();
    size_t outLeft = size_t(output.size());
    const size_t converted = iconv(converter, &in, &inLeft, &out, &outLeft);
    iconv_close(converter);
    if (converted == size_t(-1)) {
        return Result<QByteArray>::failure(
            QStringLiteral("bill.encoding"),
            QStringLiteral("cannot convert the bill to GBK (errno %1)").arg(errno));
    }
    output.truncate(output.size() - qsizetype(outLeft));
    return output;
}

Result<QByteArray> AlipayBill::zip(SimLedger &ledger, const QDate &chinaDay, qint64 nowMs)
{
    if (auto settled = ledger.settleDuePayments(nowMs); !settled) {
        return settled.error();
    }
    auto trades = ledger.trades();
    if (!trades) {
        return trades.error();
    }
    auto refunds = ledger.refunds();
    if (!refunds) {
        return refunds.error();
    }
    QHash<QString, SimTrade> byOutTradeNo;
    for (const SimTrade &trade : trades.value()) {
        byOutTradeNo.insert(trade.outTradeNo, trade);
    }

    QStringList lines;
    QMap<QString, StoreTotals> stores;
    StoreTotals all;
    for (const SimTrade &trade : trades.value()) {
        if (!trade.paidAtMs || chinaDate(*trade.paidAtMs) != chinaDay) {
            continue;
        }
        lines << detailLine(trade, false, trade.amountFen, *trade.paidAtMs, QString());
        for (StoreTotals *totals : {&stores[trade.storeId], &all}) {
            ++totals->trades;
            totals->orderFen += trade.amountFen;
            totals->receivedFen += trade.amountFen;
        }
    }
    qint64 refundedFen = 0;
    for (const SimRefund &refund : refunds.value()) {
        if (!refund.doneAtMs || chinaDate(*refund.doneAtMs) != chinaDay ||
            !byOutTradeNo.contains(refund.outTradeNo)) {
            continue;
        }
        const SimTrade &trade = byOutTradeNo[refund.outTradeNo];
        lines << detailLine(trade, true, -refund.amountFen, *refund.doneAtMs, refund.outRequestNo);
        refundedFen += refund.amountFen;
        for (StoreTotals *totals : {&stores[trade.storeId], &all}) {
            ++totals->refunds;
            totals->orderFen -= refund.amountFen;
            totals->receivedFen -= refund.amountFen;
        }
    }

    const QDateTime start(chinaDay, QTime(0, 0), Qt::OffsetFromUTC, kChinaOffsetSeconds);
    const QString account = QStringLiteral("#账号：[%1]").arg(QLatin1String(kAccount));
    const QString period = QStringLiteral("#起始日期：[%1]   终止日期：[%2]")
                               .arg(chineseDateTime(start), chineseDateTime(start.addDays(1)));
    const QString exported = QStringLiteral("#导出时间：[%1]")
                                 .arg(chineseDateTime(QDateTime::fromMSecsSinceEpoch(
                                     nowMs, Qt::OffsetFromUTC, kChinaOffsetSeconds)));
    const QString dashes = QStringLiteral("-----------------------------------------");
    QStringList detail = {QStringLiteral("#支付宝业务明细查询"), account, period,
                          QStringLiteral("#%1业务明细列表%1").arg(dashes), detailHeader()};
    detail += lines;
    detail << QStringLiteral("#%1业务明细列表结束%1").arg(dashes)
           << QStringLiteral("#交易合计：%1笔，商家实收：%2元，商家优惠：0.00元")
                  .arg(all.trades)
                  .arg(biz::yuan(all.receivedFen + refundedFen))
           << QStringLiteral("#退款合计：%1笔，商家实收：%2元，商家优惠：0.00元")
                  .arg(all.refunds)
                  .arg(biz::yuan(-refundedFen))
           << exported;

    QStringList summary = {
        QStringLiteral("#支付宝业务汇总查询"), account, period,
        QStringLiteral("#%1业务汇总列表%1").arg(dashes),
        QStringLiteral("门店编号,门店名称,交易订单总笔数,退款订单总笔数,订单金额（元）,"
                       "商家实收（元）,支付宝优惠（元）,商家优惠（元）,卡消费金额（元）,"
                       "服务费（元）,分润（元）,实收净额（元）")};
    auto summaryLine = [](const QString &store, const QString &name, const StoreTotals &t) {
        return QStringList{store,
                           name,
                           QString::number(t.trades),
                           QString::number(t.refunds),
                           biz::yuan(t.orderFen),
                           biz::yuan(t.receivedFen),
                           kZero,
                           kZero,
                           kZero,
                           kZero,
                           kZero,
                           biz::yuan(t.receivedFen)}
            .join(QLatin1Char(','));
    };
    for (auto it = stores.constBegin(); it != stores.constEnd(); ++it) {
        summary << summaryLine(id(it.key()), id(it.key()), it.value());
    }
    summary << summaryLine(QStringLiteral("合计"), QString(), all)
            << QStringLiteral("#%1业务汇总列表结束%1").arg(dashes) << exported;

    const QString crlf = QStringLiteral("\r\n");
    auto detailBytes = toGbk(detail.join(crlf) + crlf);
    if (!detailBytes) {
        return detailBytes.error();
    }
    auto summaryBytes = toGbk(summary.join(crlf) + crlf);
    if (!summaryBytes) {
        return summaryBytes.error();
    }
    StoredZip zip;
    zip.add(detailName(chinaDay), detailBytes.value(), nowMs);
    zip.add(summaryName(chinaDay), summaryBytes.value(), nowMs);
    return zip.finish();
}

} // namespace pos::sim
