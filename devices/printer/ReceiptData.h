#pragma once

#include "money/Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <vector>

namespace pos::devices {

// One sold item as printed.
struct ReceiptLine
{
    QString name;
    QString quantityText; // "2", "0.350 kg": already formatted by the caller
    Money unitPrice;
    Money amount;   // quantity × unit price, before the line discount
    Money discount; // line discount as a positive amount (printed as "-x.xx"); 0 = none
};

// One payment that settled (part of) the order.
struct ReceiptTender
{
    QString label; // "现金 Cash", "微信支付 WeChat Pay"
    Money amount;
    QString reference;  // channel trade number (transaction_id / trade_no); empty for cash
    QString maskedCode; // masked payment code ("1348********5678"); never the full code
};

// Everything a sales receipt shows. A plain value: the caller fills it from the order and
// the payment service; the layout only formats it.
struct ReceiptData
{
    QString shopName;
    QString shopAddress;
    QString orderNumber; // also printed as a QR code at the end
    QDate businessDate;
    QDateTime printedAt; // shown in local time
    QString cashierName;
    QString deviceId;
    std::vector<ReceiptLine> lines;
    Money subtotal;
    Money discount; // order-level discount, positive (printed as "-x.xx"); 0 = none
    Money total;
    std::vector<ReceiptTender> tenders;
    Money change;
    bool isCopy = false; // a reprint: carries "COPY 重印"
    QString footer;      // may contain '\n'
};

} // namespace pos::devices
