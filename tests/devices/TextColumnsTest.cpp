#include "printer/TextColumns.h"

#include <gtest/gtest.h>

using pos::devices::TextColumns;

TEST(TextColumns, CjkAndFullwidthCountTwoColumns)
{
    EXPECT_EQ(TextColumns::displayWidth(QStringLiteral("abc")), 3);
    EXPECT_EQ(TextColumns::displayWidth(QStringLiteral("收银")), 4);
    EXPECT_EQ(TextColumns::displayWidth(QStringLiteral("￥1.00")), 6);
    EXPECT_EQ(TextColumns::displayWidth(QStringLiteral("（大）")), 6);
    EXPECT_EQ(TextColumns::displayWidth(QStringLiteral("e\u0301")), 1); // combining accent
}

TEST(TextColumns, WrapKeepsWordsAndBreaksCjkAnywhere)
{
    EXPECT_EQ(TextColumns::wrap(QStringLiteral("Organic green tea 500ml"), 10),
              QStringList({QStringLiteral("Organic"), QStringLiteral("green tea"),
                           QStringLiteral("500ml")}));
    EXPECT_EQ(TextColumns::wrap(QStringLiteral("农夫山泉饮用天然水"), 8),
              QStringList(
                  {QStringLiteral("农夫山泉"), QStringLiteral("饮用天然"), QStringLiteral("水")}));
    // A CJK character never straddles the edge: 7 columns hold three of them.
    EXPECT_EQ(TextColumns::wrap(QStringLiteral("农夫山泉"), 7),
              QStringList({QStringLiteral("农夫山"), QStringLiteral("泉")}));
    EXPECT_EQ(TextColumns::wrap(QStringLiteral("ABCDEFGHIJ"), 4),
              QStringList({QStringLiteral("ABCD"), QStringLiteral("EFGH"), QStringLiteral("IJ")}));
    EXPECT_EQ(TextColumns::wrap(QStringLiteral("a\nb"), 10),
              QStringList({QStringLiteral("a"), QStringLiteral("b")}));
}

TEST(TextColumns, LeftRightEndsAtTheLastColumn)
{
    const QStringList one =
        TextColumns::leftRight(QStringLiteral("小计"), QStringLiteral("12.30"), 20);
    ASSERT_EQ(one.size(), 1);
    EXPECT_EQ(TextColumns::displayWidth(one[0]), 20);
    EXPECT_TRUE(one[0].endsWith(QStringLiteral(" 12.30")));

    const QStringList two = TextColumns::leftRight(
        QStringLiteral("交易号"), QStringLiteral("4200001234567890123456789012"), 20);
    ASSERT_EQ(two.size(), 3);
    EXPECT_EQ(two[0], QStringLiteral("交易号"));
    for (const QString &line : two) {
        EXPECT_LE(TextColumns::displayWidth(line), 20);
    }
}
