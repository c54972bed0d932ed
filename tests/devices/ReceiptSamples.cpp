#include "devices/ReceiptSamples.h"

#include <QTimeZone>

namespace pos::test {

namespace {
Money yuan(qint64 fen)
{
    return Money::fromMinor(fen);
}
} // namespace

devices::ReceiptData sampleReceipt()
{
    devices::ReceiptData r;
    r.shopName = QStringLiteral("好又多便利店 Good Mart");
    r.shopAddress = QStringLiteral("上海市浦东新区世纪大道100号 B1层");
    r.orderNumber = QStringLiteral("T01-20240501-000123");
    r.businessDate = QDate(2024, 5, 1);
    r.printedAt = QDateTime(QDate(2024, 5, 1), QTime(14, 3, 9), QTimeZone::utc());
    r.cashierName = QStringLiteral("张三");
    r.deviceId = QStringLiteral("POS-01");
    r.lines.push_back({QStringLiteral("农夫山泉饮用天然水 550ml（整箱24瓶装）"),
                       QStringLiteral("2"), yuan(4800), yuan(9600), yuan(500)});
    r.lines.push_back({QStringLiteral("Organic Jasmine Green Tea Extra Long Product Name 500ml"),
                       QStringLiteral("1"), yuan(650), yuan(650), yuan(0)});
    r.lines.push_back(
        {QStringLiteral("苹果"), QStringLiteral("0.352 kg"), yuan(1299), yuan(457), yuan(0)});
    r.subtotal = yuan(9600 - 500 + 650 + 457);
    r.discount = yuan(207);
    r.total = yuan(10000);
    r.tenders.push_back({QStringLiteral("微信支付 WeChat Pay"), yuan(5000),
                         QStringLiteral("4200001234202405011234567890"),
                         QStringLiteral("1348********5678")});
    r.tenders.push_back({QStringLiteral("现金 Cash"), yuan(5100), QString(), QString()});
    r.change = yuan(100);
    r.isCopy = true;
    r.footer = QStringLiteral("谢谢惠顾，欢迎再次光临！\nThank you, see you again!");
    return r;
}

int printedWidth(const QString &text)
{
    int width = 0;
    for (const uint cp : text.toUcs4()) {
        const bool wide = (cp >= 0x3000 && cp <= 0x9FFF) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                          (cp >= 0xFFE0 && cp <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

} // namespace pos::test
