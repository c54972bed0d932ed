#include "demo/DemoData.h"

#include "domain/Barcode.h"
#include "security/CashierAuthenticator.h"
#include "storage/CashierRepository.h"
#include "storage/CatalogRepository.h"
#include "storage/Database.h"

#include <array>

namespace pos::demo {

namespace {

struct DemoItem
{
    const char *sku;
    const char *nameZh;
    const char *nameEn;
    qint64 priceFen;
    bool weighed;
};

// Prices in fen; weighed goods are priced per kilogram.
constexpr std::array<DemoItem, 34> kItems{{
    {"D001", "农夫山泉 550ml", "Nongfu Spring water 550ml", 200, false},
    {"D002", "可口可乐 330ml", "Coca-Cola can 330ml", 350, false},
    {"D003", "康师傅红烧牛肉面", "Master Kong beef noodles", 450, false},
    {"D004", "蒙牛纯牛奶 250ml", "Mengniu whole milk 250ml", 300, false},
    {"D005", "伊利酸奶 200g", "Yili yoghurt 200g", 580, false},
    {"D006", "旺旺雪饼 84g", "Want Want rice crackers 84g", 690, false},
    {"D007", "乐事薯片 原味 70g", "Lay's chips original 70g", 790, false},
    {"D008", "奥利奥饼干 116g", "Oreo cookies 116g", 890, false},
    {"D009", "德芙巧克力 43g", "Dove chocolate 43g", 990, false},
    {"D010", "统一冰红茶 500ml", "Uni-President iced tea 500ml", 300, false},
    {"D011", "王老吉凉茶 310ml", "Wong Lo Kat herbal tea 310ml", 450, false},
    {"D012", "青岛啤酒 500ml", "Tsingtao beer 500ml", 650, false},
    {"D013", "海天酱油 500ml", "Haitian soy sauce 500ml", 1290, false},
    {"D014", "金龙鱼调和油 5L", "Arawana blended oil 5L", 6990, false},
    {"D015", "五常大米 5kg", "Wuchang rice 5kg", 5990, false},
    {"D016", "鸡蛋 10枚", "Eggs x10", 1390, false},
    {"D017", "桃李面包", "Taoli bread", 650, false},
    {"D018", "心相印纸巾 3包", "Hearttex tissues 3 packs", 1190, false},
    {"D019", "高露洁牙膏 140g", "Colgate toothpaste 140g", 1590, false},
    {"D020", "舒肤佳香皂 115g", "Safeguard soap 115g", 550, false},
    {"D021", "蓝月亮洗衣液 1kg", "Bluemoon laundry liquid 1kg", 2990, false},
    {"D022", "南孚电池 AA 4节", "Nanfu AA batteries x4", 1990, false},
    {"D023", "雀巢咖啡 1+2 15条", "Nescafe 1+2 x15", 3290, false},
    {"D024", "老干妈辣椒酱 280g", "Lao Gan Ma chili sauce 280g", 1150, false},
    {"D025", "三只松鼠坚果 500g", "Three Squirrels nuts 500g", 4990, false},
    {"D026", "百威啤酒 6罐", "Budweiser 6 cans", 3900, false},
    {"D027", "红富士苹果 (称重)", "Fuji apples (by weight)", 1280, true},
    {"D028", "香蕉 (称重)", "Bananas (by weight)", 698, true},
    {"D029", "西红柿 (称重)", "Tomatoes (by weight)", 598, true},
    {"D030", "猪里脊肉 (称重)", "Pork tenderloin (by weight)", 3980, true},
    {"D031", "大白菜 (称重)", "Chinese cabbage (by weight)", 258, true},
    {"D032", "散装瓜子 (称重)", "Sunflower seeds (by weight)", 2600, true},
    {"D033", "口香糖 绿箭", "Doublemint gum", 250, false},
    {"D034", "购物袋", "Shopping bag", 30, false},
}};

} // namespace

const std::vector<DemoAccount> &demoAccounts()
{
    static const std::vector<DemoAccount> accounts{
        {QStringLiteral("1001"), QStringLiteral("张伟 Zhang Wei"), QStringLiteral("cashier"),
         QStringLiteral("1234")},
        {QStringLiteral("1002"), QStringLiteral("王芳 Wang Fang"), QStringLiteral("cashier"),
         QStringLiteral("5678")},
        {QStringLiteral("2001"), QStringLiteral("李娜 Li Na"), QStringLiteral("supervisor"),
         QStringLiteral("2468")},
        {QStringLiteral("9001"), QStringLiteral("管理员 Admin"), QStringLiteral("admin"),
         QStringLiteral("9999")},
    };
    return accounts;
}

int demoProductCount()
{
    return int(kItems.size());
}

QString demoBarcode(int index)
{
    // 690–699 is the GS1 prefix of China; 6901234 a made-up company; the item number follows.
    const QString body = QStringLiteral("69012345%1").arg(index + 1, 4, 10, QLatin1Char('0'));
    return body + QString::number(barcode::checkDigit(body));
}

Result<int> seedIfEmpty(storage::Database &database)
{
    storage::CatalogRepository catalog(database);
    auto existing = catalog.count();
    if (!existing) {
        return existing.error();
    }
    int added = 0;
    if (existing.value() == 0) {
        storage::Transaction transaction(database);
        for (int i = 0; i < int(kItems.size()); ++i) {
            const DemoItem &item = kItems[size_t(i)];
            Product product{QString::fromLatin1(item.sku),
                            demoBarcode(i),
                            QString::fromUtf8(item.nameZh),
                            QString::fromUtf8(item.nameEn),
                            Money::fromMinor(item.priceFen),
                            item.weighed ? SaleUnit::Kilogram : SaleUnit::Piece};
            if (auto stored = catalog.upsert(product); !stored) {
                return stored.error();
            }
            ++added;
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
    }
    storage::CashierRepository cashiers(database);
    security::CashierAuthenticator authenticator(database);
    for (const DemoAccount &account : demoAccounts()) {
        if (cashiers.findByCode(account.code)) {
            continue;
        }
        Role role = Role::Cashier;
        roleFromName(account.role, &role);
        if (auto created =
                authenticator.createCashier(account.code, account.name, role, account.pin);
            !created) {
            return created.error();
        }
    }
    return added;
}

} // namespace pos::demo
