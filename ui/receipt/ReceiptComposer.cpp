#include "receipt/ReceiptComposer.h"

#include "sale/SaleService.h"
#include "shell/MoneyText.h"
#include "storage/AttemptRepository.h"
#include "storage/OrderRepository.h"

#include <QCoreApplication>

namespace pos::ui {

QString channelDisplayName(const QString &channel)
{
    if (channel == QLatin1String("alipay")) {
        return QCoreApplication::translate("pos::ui::Channels", "Alipay");
    }
    if (channel == QLatin1String("wechat")) {
        return QCoreApplication::translate("pos::ui::Channels", "WeChat Pay");
    }
    if (channel == QLatin1String("unionpay")) {
        return QCoreApplication::translate("pos::ui::Channels", "UnionPay");
    }
    if (channel == QLatin1String("cash")) {
        return QCoreApplication::translate("pos::ui::Channels", "Cash");
    }
    if (channel == QLatin1String("manual")) {
        return QCoreApplication::translate("pos::ui::Channels", "Manual (by statement)");
    }
    return channel;
}

QString tenderLabel(const QString &channel)
{
    if (channel == QLatin1String("cash")) {
        return QStringLiteral("现金 Cash");
    }
    if (channel == QLatin1String("alipay")) {
        return QStringLiteral("支付宝 Alipay");
    }
    if (channel == QLatin1String("wechat")) {
        return QStringLiteral("微信支付 WeChat Pay");
    }
    if (channel == QLatin1String("unionpay")) {
        return QStringLiteral("云闪付 UnionPay");
    }
    return channel;
}

Result<devices::ReceiptData> composeReceipt(storage::Database &database, const QString &orderId,
                                            const sale::TerminalIdentity &identity,
                                            const QString &cashierName)
{
    storage::OrderRepository orders(database);
    auto order = orders.load(orderId);
    auto summary = orders.summary(orderId);
    auto attempts = storage::AttemptRepository(database).listForOrder(orderId);
    if (!order || !summary || !attempts) {
        return !order ? order.error() : !summary ? summary.error() : attempts.error();
    }
    devices::ReceiptData receipt;
    receipt.shopName = identity.shopName;
    receipt.orderNumber = orderId;
    receipt.businessDate = summary->businessDate;
    receipt.printedAt = QDateTime::currentDateTime();
    receipt.cashierName = cashierName;
    receipt.deviceId = identity.terminalId;
    for (const OrderLine &line : order->lines()) {
        if (line.voided) {
            continue;
        }
        receipt.lines.push_back({line.product.nameZh + QLatin1Char(' ') + line.product.nameEn,
                                 quantityText(line), line.product.price, line.gross(),
                                 line.lineDiscount});
    }
    receipt.subtotal = order->subtotal();
    receipt.discount = order->orderDiscount();
    receipt.total = order->total();
    receipt.change = Money::zero(receipt.total.currency());
    for (const PaymentAttempt &attempt : attempts.value()) {
        if (attempt.state != AttemptState::Succeeded) {
            continue;
        }
        // Cash shows what the customer handed over; the change line follows.
        const Money shown =
            attempt.method == PaymentMethod::Cash ? attempt.tendered : attempt.amount;
        receipt.tenders.push_back(
            {tenderLabel(attempt.channel), shown, attempt.channelTradeNo, attempt.maskedCode});
        if (attempt.method == PaymentMethod::Cash) {
            receipt.change = receipt.change.plus(attempt.change()).value();
        }
    }
    receipt.footer = QStringLiteral("谢谢惠顾 Thank you!");
    return receipt;
}

} // namespace pos::ui
