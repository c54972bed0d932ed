// Demo data: the catalog and accounts a newcomer gets with no configuration at all.
#include "CorePrinters.h"
#include "TemporaryDatabase.h"

#include "demo/DemoData.h"
#include "domain/Barcode.h"
#include "security/CashierAuthenticator.h"
#include "storage/CashierRepository.h"
#include "storage/CatalogRepository.h"

#include <gtest/gtest.h>

#include <set>

namespace pos {
namespace {

class DemoDataTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const Status opened = m_temp.open();
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    }

    storage::Database &db() { return m_temp.database(); }

    test::TemporaryDatabase m_temp;
};

TEST_F(DemoDataTest, DemoBarcodesAreValidAndDistinct)
{
    ASSERT_GE(demo::demoProductCount(), 30);
    std::set<QString> codes;
    for (int i = 0; i < demo::demoProductCount(); ++i) {
        const QString code = demo::demoBarcode(i);
        EXPECT_EQ(code.size(), 13) << code.toStdString();
        EXPECT_TRUE(barcode::isValid(code)) << code.toStdString();
        codes.insert(code);
    }
    EXPECT_EQ(codes.size(), size_t(demo::demoProductCount()));
}

TEST_F(DemoDataTest, SeedingAnEmptyDatabaseAddsTheCatalogAndAccounts)
{
    const auto added = demo::seedIfEmpty(db());
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    EXPECT_GE(added.value(), 30);
    EXPECT_EQ(added.value(), demo::demoProductCount());

    storage::CatalogRepository catalog(db());
    EXPECT_EQ(catalog.count().value(), demo::demoProductCount());
    int weighed = 0;
    for (int i = 0; i < demo::demoProductCount(); ++i) {
        const auto product = catalog.findByBarcode(demo::demoBarcode(i));
        ASSERT_TRUE(product.ok()) << demo::demoBarcode(i).toStdString();
        EXPECT_TRUE(barcode::isValid(product->barcode));
        EXPECT_FALSE(product->nameZh.isEmpty());
        EXPECT_FALSE(product->nameEn.isEmpty());
        EXPECT_TRUE(product->price.isPositive());
        weighed += product->isWeighed() ? 1 : 0;
    }
    EXPECT_GT(weighed, 0);

    storage::CashierRepository cashiers(db());
    const auto all = cashiers.all();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), demo::demoAccounts().size());
    bool hasCashier = false;
    bool hasSupervisor = false;
    for (const demo::DemoAccount &account : demo::demoAccounts()) {
        const auto cashier = cashiers.findByCode(account.code);
        ASSERT_TRUE(cashier.ok()) << account.code.toStdString();
        EXPECT_EQ(roleName(cashier->role), account.role);
        EXPECT_FALSE(cashier->locked);
        hasCashier = hasCashier || cashier->role == Role::Cashier;
        hasSupervisor = hasSupervisor || cashier->role == Role::Supervisor;
    }
    EXPECT_TRUE(hasCashier);
    EXPECT_TRUE(hasSupervisor);
}

TEST_F(DemoDataTest, DemoAccountsLogInWithTheirPrintedPins)
{
    ASSERT_TRUE(demo::seedIfEmpty(db()).ok());
    security::CashierAuthenticator authenticator(db());
    for (const demo::DemoAccount &account : demo::demoAccounts()) {
        const auto cashier = authenticator.login(account.code, account.pin);
        ASSERT_TRUE(cashier.ok()) << account.code.toStdString() << ": "
                                  << cashier.error().message.toStdString();
        EXPECT_EQ(cashier->code, account.code);
    }
}

TEST_F(DemoDataTest, SecondSeedAddsNothing)
{
    ASSERT_TRUE(demo::seedIfEmpty(db()).ok());
    const auto again = demo::seedIfEmpty(db());
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again.value(), 0);
    EXPECT_EQ(storage::CatalogRepository(db()).count().value(), demo::demoProductCount());
    EXPECT_EQ(storage::CashierRepository(db()).all()->size(), demo::demoAccounts().size());
}

TEST_F(DemoDataTest, SeedingLeavesAnExistingCatalogAlone)
{
    Product own{QStringLiteral("OWN1"),     QStringLiteral("4006381333931"),
                QStringLiteral("自有商品"), QStringLiteral("Own item"),
                Money::fromMinor(100),      SaleUnit::Piece};
    ASSERT_TRUE(storage::CatalogRepository(db()).upsert(own).ok());
    const auto added = demo::seedIfEmpty(db());
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(added.value(), 0);
    EXPECT_EQ(storage::CatalogRepository(db()).count().value(), 1);
}

} // namespace
} // namespace pos
