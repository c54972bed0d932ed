// Storage on a real SQLite file: migrations, pragmas, catalog, orders, counters and attempts.
#include "CorePrinters.h"
#include "TemporaryDatabase.h"

#include "domain/Barcode.h"
#include "storage/AttemptRepository.h"
#include "storage/CatalogRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/OrderRepository.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <gtest/gtest.h>

namespace pos {
namespace {

using storage::AttemptRepository;
using storage::CatalogRepository;
using storage::OrderHeader;
using storage::OrderRepository;

Money cny(qint64 minor)
{
    return Money::fromMinor(minor);
}

Product product(const QString &sku, const QString &code, const QString &zh, const QString &en,
                qint64 priceFen, SaleUnit unit = SaleUnit::Piece)
{
    return Product{sku, code, zh, en, cny(priceFen), unit};
}

Product milk()
{
    return product(QStringLiteral("D004"), QStringLiteral("6901234567892"),
                   QStringLiteral("蒙牛纯牛奶 250ml"), QStringLiteral("Mengniu whole milk 250ml"),
                   300);
}

Product cola()
{
    return product(QStringLiteral("D002"), QStringLiteral("4006381333931"),
                   QStringLiteral("可口可乐 330ml"), QStringLiteral("Coca-Cola can 330ml"), 350);
}

Product apples()
{
    return product(QStringLiteral("D027"), QStringLiteral("9780143007234"),
                   QStringLiteral("红富士苹果 (称重)"), QStringLiteral("Fuji apples (by weight)"),
                   1280, SaleUnit::Kilogram);
}

QVariant scalar(storage::Database &database, const QString &sql)
{
    auto query = database.exec(sql);
    EXPECT_TRUE(query.ok()) << (query ? std::string() : query.error().message.toStdString());
    if (!query || !query->next()) {
        return {};
    }
    return query->value(0);
}

class StorageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_temp.dirIsValid());
        const Status opened = m_temp.open();
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    }

    storage::Database &db() { return m_temp.database(); }

    // Saves an open order with one line so attempts have an order to point at.
    void saveOrder(const QString &id)
    {
        Order order(id);
        ASSERT_TRUE(order.addProduct(cola(), 1).ok());
        const Status saved = OrderRepository(db()).save(
            order, OrderHeader{QStringLiteral("T01"), 0, QDate(2026, 11, 25)});
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    }

    PaymentAttempt attempt(const QString &orderId, const QString &outTradeNo, AttemptState state)
    {
        PaymentAttempt a;
        a.orderId = orderId;
        a.outTradeNo = outTradeNo;
        a.channel = QStringLiteral("alipay");
        a.method = PaymentMethod::PaymentCode;
        a.amount = cny(350);
        a.state = state;
        a.maskedCode = maskPaymentCode(QStringLiteral("28763443825664394"));
        return a;
    }

    test::TemporaryDatabase m_temp;
};

TEST_F(StorageTest, MigrationsFromEmptyReachTheLatestUserVersion)
{
    const int latest = int(storage::allMigrations().size());
    EXPECT_GE(latest, 1);
    EXPECT_EQ(db().schemaVersion(), latest);
    EXPECT_EQ(scalar(db(), QStringLiteral("PRAGMA user_version")).toInt(), latest);
    for (const char *table : {"products", "cashiers", "orders", "order_lines", "payment_attempts",
                              "attempt_events", "audit_log", "counters"}) {
        auto found = db().exec(
            QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
            {QString::fromLatin1(table)});
        ASSERT_TRUE(found.ok());
        ASSERT_TRUE(found->next());
        EXPECT_EQ(found->value(0).toInt(), 1) << table;
    }
}

TEST_F(StorageTest, DurabilityPragmasAreOn)
{
    EXPECT_EQ(scalar(db(), QStringLiteral("PRAGMA journal_mode")).toString(),
              QStringLiteral("wal"));
    EXPECT_EQ(scalar(db(), QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    EXPECT_EQ(scalar(db(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
}

TEST_F(StorageTest, ForeignKeysAreEnforced)
{
    PaymentAttempt orphan = attempt(QStringLiteral("NO-SUCH-ORDER"), QStringLiteral("OTN-ORPHAN"),
                                    AttemptState::Created);
    EXPECT_FALSE(AttemptRepository(db()).insert(orphan).ok());
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM payment_attempts")).toInt(), 0);
}

TEST_F(StorageTest, ReopeningKeepsDataAndDoesNotRerunMigrations)
{
    ASSERT_TRUE(CatalogRepository(db()).upsert(milk()).ok());
    // A marker row in a migrated table: re-running migration 1 would fail on CREATE TABLE, and
    // recreating the tables would lose it.
    m_temp.close();
    const Status reopened = m_temp.open();
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    EXPECT_EQ(db().schemaVersion(), int(storage::allMigrations().size()));
    EXPECT_EQ(CatalogRepository(db()).count().value(), 1);
    EXPECT_TRUE(CatalogRepository(db()).findByBarcode(QStringLiteral("6901234567892")).ok());
    EXPECT_EQ(scalar(db(), QStringLiteral("PRAGMA synchronous")).toInt(), 2);
}

TEST_F(StorageTest, DatabaseFromANewerProgramIsRefused)
{
    const int newer = int(storage::allMigrations().size()) + 5;
    ASSERT_TRUE(db().exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)).ok());
    m_temp.close();

    const Status reopened = m_temp.open();
    ASSERT_FALSE(reopened.ok());
    EXPECT_EQ(reopened.error().code, QStringLiteral("storage.too_new"));
    EXPECT_TRUE(reopened.error().message.contains(QStringLiteral("newer")))
        << reopened.error().message.toStdString();
    EXPECT_TRUE(reopened.error().message.contains(QString::number(newer)));
    EXPECT_FALSE(db().isOpen());

    // The file is left as it was.
    const QString name = test::TemporaryDatabase::uniqueConnectionName();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(m_temp.path());
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        EXPECT_EQ(query.value(0).toInt(), newer);
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_F(StorageTest, CatalogUpsertStoresAValidProduct)
{
    CatalogRepository catalog(db());
    ASSERT_TRUE(catalog.upsert(apples()).ok());
    const auto found = catalog.findByBarcode(QStringLiteral("9780143007234"));
    ASSERT_TRUE(found.ok()) << found.error().message.toStdString();
    EXPECT_EQ(found->sku, QStringLiteral("D027"));
    EXPECT_EQ(found->nameZh, QStringLiteral("红富士苹果 (称重)"));
    EXPECT_EQ(found->nameEn, QStringLiteral("Fuji apples (by weight)"));
    EXPECT_EQ(found->price, cny(1280));
    EXPECT_EQ(found->unit, SaleUnit::Kilogram);
}

TEST_F(StorageTest, CatalogUpsertReplacesBySku)
{
    CatalogRepository catalog(db());
    ASSERT_TRUE(catalog.upsert(cola()).ok());
    Product repriced = cola();
    repriced.price = cny(380);
    ASSERT_TRUE(catalog.upsert(repriced).ok());
    EXPECT_EQ(catalog.count().value(), 1);
    EXPECT_EQ(catalog.findByBarcode(QStringLiteral("4006381333931"))->price, cny(380));
}

TEST_F(StorageTest, CatalogUpsertWithBadCheckDigitStoresNothing)
{
    CatalogRepository catalog(db());
    Product bad = milk();
    bad.barcode = QStringLiteral("6901234567891");
    const Status refused = catalog.upsert(bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("catalog.bad_barcode"));
    EXPECT_EQ(catalog.count().value(), 0);
}

TEST_F(StorageTest, CatalogUpsertWithMissingNameOrBadPriceStoresNothing)
{
    CatalogRepository catalog(db());
    Product noName = milk();
    noName.nameEn = QStringLiteral("  ");
    EXPECT_EQ(catalog.upsert(noName).error().code, QStringLiteral("catalog.missing_field"));
    Product noSku = milk();
    noSku.sku.clear();
    EXPECT_EQ(catalog.upsert(noSku).error().code, QStringLiteral("catalog.missing_field"));
    Product negative = milk();
    negative.price = cny(-1);
    EXPECT_EQ(catalog.upsert(negative).error().code, QStringLiteral("catalog.bad_price"));
    EXPECT_EQ(catalog.count().value(), 0);
}

TEST_F(StorageTest, UpcAProductIsFoundByEitherForm)
{
    CatalogRepository catalog(db());
    Product upc = cola();
    upc.barcode = QStringLiteral("036000291452");
    ASSERT_TRUE(catalog.upsert(upc).ok());
    EXPECT_TRUE(catalog.findByBarcode(QStringLiteral("036000291452")).ok());
    EXPECT_TRUE(catalog.findByBarcode(QStringLiteral("0036000291452")).ok());
    EXPECT_EQ(catalog.findByBarcode(QStringLiteral("036000291452"))->barcode,
              QStringLiteral("0036000291452"));
}

TEST_F(StorageTest, UnknownBarcodeIsReportedAsUnknown)
{
    CatalogRepository catalog(db());
    ASSERT_TRUE(catalog.upsert(milk()).ok());
    const auto missing = catalog.findByBarcode(QStringLiteral("4006381333931"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, QStringLiteral("catalog.unknown_barcode"));
    const auto malformed = catalog.findByBarcode(QStringLiteral("4006381333932"));
    ASSERT_FALSE(malformed.ok());
    EXPECT_EQ(malformed.error().code, QStringLiteral("catalog.bad_barcode"));
}

TEST_F(StorageTest, SearchFindsByChineseAndEnglishNameAndSku)
{
    CatalogRepository catalog(db());
    ASSERT_TRUE(catalog.upsert(milk()).ok());
    ASSERT_TRUE(catalog.upsert(cola()).ok());
    ASSERT_TRUE(catalog.upsert(apples()).ok());

    const auto chinese = catalog.search(QStringLiteral("牛奶"));
    ASSERT_TRUE(chinese.ok());
    ASSERT_EQ(chinese->size(), 1u);
    EXPECT_EQ(chinese->front().sku, QStringLiteral("D004"));

    const auto english = catalog.search(QStringLiteral("COLA"));
    ASSERT_TRUE(english.ok());
    ASSERT_EQ(english->size(), 1u);
    EXPECT_EQ(english->front().sku, QStringLiteral("D002"));

    const auto bySku = catalog.search(QStringLiteral("D027"));
    ASSERT_TRUE(bySku.ok());
    ASSERT_EQ(bySku->size(), 1u);
    EXPECT_EQ(bySku->front().nameEn, QStringLiteral("Fuji apples (by weight)"));

    EXPECT_TRUE(catalog.search(QStringLiteral("榴莲"))->empty());
    EXPECT_EQ(catalog.search(QStringLiteral("ml"))->size(), 2u);
    EXPECT_EQ(catalog.search(QStringLiteral("ml"), 1)->size(), 1u);
}

TEST_F(StorageTest, SearchTreatsPercentAndUnderscoreAsPlainText)
{
    // A cashier typing "%" or "_" looks for those characters, not for every product.
    CatalogRepository catalog(db());
    ASSERT_TRUE(catalog.upsert(milk()).ok());
    ASSERT_TRUE(catalog.upsert(cola()).ok());
    EXPECT_TRUE(catalog.search(QStringLiteral("%"))->empty());
    EXPECT_TRUE(catalog.search(QStringLiteral("_"))->empty());
    EXPECT_TRUE(catalog.search(QStringLiteral("Coca%330"))->empty());
}

TEST_F(StorageTest, OrderRoundTripKeepsWeighedLinesDiscountsAndVoids)
{
    Order order(QStringLiteral("T01-20261125-0001"));
    ASSERT_TRUE(order.addProduct(cola(), 3).ok());     // 10.50
    ASSERT_TRUE(order.addProduct(apples(), 333).ok()); // 4.26
    ASSERT_TRUE(order.addProduct(milk(), 2).ok());     // 6.00, voided below
    ASSERT_TRUE(order.setLineDiscount(0, cny(50)).ok());
    ASSERT_TRUE(order.voidLine(2).ok());
    ASSERT_TRUE(order.setOrderDiscount(cny(26)).ok());
    ASSERT_EQ(order.total(), cny(1400));

    OrderRepository orders(db());
    const Status saved =
        orders.save(order, OrderHeader{QStringLiteral("T01"), 0, QDate(2026, 11, 25)});
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();

    const auto loaded = orders.load(order.id());
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->id(), order.id());
    EXPECT_EQ(loaded->status(), OrderStatus::Open);
    ASSERT_EQ(loaded->lines().size(), 3u);
    for (size_t i = 0; i < 3; ++i) {
        const OrderLine &a = order.lines()[i];
        const OrderLine &b = loaded->lines()[i];
        EXPECT_EQ(b.product.sku, a.product.sku) << i;
        EXPECT_EQ(b.product.barcode, a.product.barcode) << i;
        EXPECT_EQ(b.product.nameZh, a.product.nameZh) << i;
        EXPECT_EQ(b.product.nameEn, a.product.nameEn) << i;
        EXPECT_EQ(b.product.price, a.product.price) << i;
        EXPECT_EQ(b.product.unit, a.product.unit) << i;
        EXPECT_EQ(b.quantity, a.quantity) << i;
        EXPECT_EQ(b.lineDiscount, a.lineDiscount) << i;
        EXPECT_EQ(b.voided, a.voided) << i;
    }
    EXPECT_EQ(loaded->subtotal(), order.subtotal());
    EXPECT_EQ(loaded->orderDiscount(), cny(26));
    EXPECT_EQ(loaded->total(), cny(1400));
    EXPECT_EQ(loaded->totalDiscount(), order.totalDiscount());

    const auto summary = orders.summary(order.id());
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->total, cny(1400));
    EXPECT_EQ(summary->terminalId, QStringLiteral("T01"));
    EXPECT_EQ(summary->businessDate, QDate(2026, 11, 25));
}

TEST_F(StorageTest, SavingAgainReplacesTheLines)
{
    Order order(QStringLiteral("T01-20261125-0002"));
    ASSERT_TRUE(order.addProduct(cola(), 1).ok());
    ASSERT_TRUE(order.addProduct(milk(), 1).ok());
    OrderRepository orders(db());
    const OrderHeader header{QStringLiteral("T01"), 0, QDate(2026, 11, 25)};
    ASSERT_TRUE(orders.save(order, header).ok());
    ASSERT_TRUE(order.voidLine(1).ok());
    ASSERT_TRUE(order.addProduct(apples(), 500).ok());
    ASSERT_TRUE(orders.save(order, header).ok());
    const auto loaded = orders.load(order.id());
    ASSERT_TRUE(loaded.ok());
    ASSERT_EQ(loaded->lines().size(), 3u);
    EXPECT_TRUE(loaded->lines()[1].voided);
    EXPECT_EQ(loaded->total(), order.total());
    EXPECT_EQ(orders.summary(order.id())->total, order.total());
}

TEST_F(StorageTest, SavedOrderAlwaysLoadsBack)
{
    // An order discount given before a line was voided (see OrderTest) must not make the stored
    // order unreadable: recovery after a crash loads orders from here.
    Order order(QStringLiteral("T01-20261125-0003"));
    ASSERT_TRUE(order.addProduct(cola(), 3).ok()); // 10.50
    ASSERT_TRUE(order.addProduct(milk(), 1).ok()); // 3.00
    ASSERT_TRUE(order.setOrderDiscount(cny(1000)).ok());
    (void)order.voidLine(0);
    OrderRepository orders(db());
    ASSERT_TRUE(
        orders.save(order, OrderHeader{QStringLiteral("T01"), 0, QDate(2026, 11, 25)}).ok());
    const auto loaded = orders.load(order.id());
    ASSERT_TRUE(loaded.ok()) << loaded.error().code.toStdString() << ": "
                             << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->total(), order.total());
}

TEST_F(StorageTest, LoadingAnUnknownOrderIsRefused)
{
    const auto missing = OrderRepository(db()).load(QStringLiteral("T01-20261125-9999"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, QStringLiteral("order.not_found"));
}

TEST_F(StorageTest, OrderIsMarkedPaidOnlyOnce)
{
    saveOrder(QStringLiteral("T01-20261125-0004"));
    OrderRepository orders(db());
    EXPECT_TRUE(orders.markPaidOnce(QStringLiteral("T01-20261125-0004")).value());
    EXPECT_FALSE(orders.markPaidOnce(QStringLiteral("T01-20261125-0004")).value());
    const auto summary = orders.summary(QStringLiteral("T01-20261125-0004"));
    EXPECT_EQ(summary->status, OrderStatus::Paid);
    EXPECT_TRUE(summary->paidAt.isValid());
    EXPECT_EQ(orders.load(QStringLiteral("T01-20261125-0004"))->status(), OrderStatus::Paid);
}

TEST_F(StorageTest, NextOrderIdIncrementsPerTerminalAndDay)
{
    OrderRepository orders(db());
    const QDate day(2026, 11, 25);
    EXPECT_EQ(orders.nextOrderId(QStringLiteral("T01"), day).value(),
              QStringLiteral("T01-20261125-0001"));
    EXPECT_EQ(orders.nextOrderId(QStringLiteral("T01"), day).value(),
              QStringLiteral("T01-20261125-0002"));
    EXPECT_EQ(orders.nextOrderId(QStringLiteral("T02"), day).value(),
              QStringLiteral("T02-20261125-0001"));
    EXPECT_EQ(orders.nextOrderId(QStringLiteral("T01"), day.addDays(1)).value(),
              QStringLiteral("T01-20261126-0001"));
}

TEST_F(StorageTest, NextOrderIdSurvivesReopening)
{
    const QDate day(2026, 11, 25);
    EXPECT_EQ(OrderRepository(db()).nextOrderId(QStringLiteral("T01"), day).value(),
              QStringLiteral("T01-20261125-0001"));
    EXPECT_EQ(OrderRepository(db()).nextOrderId(QStringLiteral("T01"), day).value(),
              QStringLiteral("T01-20261125-0002"));
    m_temp.close();
    ASSERT_TRUE(m_temp.open().ok());
    EXPECT_EQ(OrderRepository(db()).nextOrderId(QStringLiteral("T01"), day).value(),
              QStringLiteral("T01-20261125-0003"));
}

TEST_F(StorageTest, AttemptIsStoredAndReadBack)
{
    saveOrder(QStringLiteral("O1"));
    AttemptRepository attempts(db());
    PaymentAttempt a = attempt(QStringLiteral("O1"), QStringLiteral("O1-1"), AttemptState::Sent);
    ASSERT_TRUE(attempts.insert(a).ok());
    EXPECT_GT(a.id, 0);
    EXPECT_TRUE(a.createdAt.isValid());
    const auto found = attempts.findByOutTradeNo(QStringLiteral("O1-1"));
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->id, a.id);
    EXPECT_EQ(found->orderId, QStringLiteral("O1"));
    EXPECT_EQ(found->state, AttemptState::Sent);
    EXPECT_EQ(found->amount, cny(350));
    EXPECT_EQ(found->method, PaymentMethod::PaymentCode);
    EXPECT_EQ(found->maskedCode, QStringLiteral("2876*********4394"));
    EXPECT_EQ(attempts.findByOutTradeNo(QStringLiteral("O1-2")).error().code,
              QStringLiteral("attempt.not_found"));
}

TEST_F(StorageTest, DuplicateOutTradeNoIsRefused)
{
    saveOrder(QStringLiteral("O1"));
    AttemptRepository attempts(db());
    PaymentAttempt first =
        attempt(QStringLiteral("O1"), QStringLiteral("O1-1"), AttemptState::Sent);
    ASSERT_TRUE(attempts.insert(first).ok());
    PaymentAttempt again =
        attempt(QStringLiteral("O1"), QStringLiteral("O1-1"), AttemptState::Created);
    again.amount = cny(999);
    EXPECT_FALSE(attempts.insert(again).ok());
    const auto forOrder = attempts.listForOrder(QStringLiteral("O1"));
    ASSERT_TRUE(forOrder.ok());
    ASSERT_EQ(forOrder->size(), 1u);
    EXPECT_EQ(forOrder->front().amount, cny(350));
    EXPECT_EQ(forOrder->front().state, AttemptState::Sent);
    // The refused insert left no event behind either.
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM attempt_events")).toInt(), 1);
}

TEST_F(StorageTest, TransitionIsSavedWithAnEvent)
{
    saveOrder(QStringLiteral("O1"));
    AttemptRepository attempts(db());
    PaymentAttempt a = attempt(QStringLiteral("O1"), QStringLiteral("O1-1"), AttemptState::Sent);
    ASSERT_TRUE(attempts.insert(a).ok());
    ASSERT_TRUE(a.transitionTo(AttemptState::Succeeded, QStringLiteral("10000 Success")).ok());
    a.channelTradeNo = QStringLiteral("2023122122001499160501586202");
    ASSERT_TRUE(attempts.saveTransition(a, AttemptState::Sent).ok());
    const auto stored = attempts.findByOutTradeNo(QStringLiteral("O1-1"));
    EXPECT_EQ(stored->state, AttemptState::Succeeded);
    EXPECT_EQ(stored->channelTradeNo, QStringLiteral("2023122122001499160501586202"));
    EXPECT_EQ(stored->lastReason, QStringLiteral("10000 Success"));
    auto events = db().exec(
        QStringLiteral("SELECT from_state, to_state FROM attempt_events WHERE attempt_id = ? "
                       "ORDER BY id"),
        {a.id});
    ASSERT_TRUE(events.ok());
    ASSERT_TRUE(events->next());
    EXPECT_EQ(events->value(1).toString(), QStringLiteral("sent"));
    ASSERT_TRUE(events->next());
    EXPECT_EQ(events->value(0).toString(), QStringLiteral("sent"));
    EXPECT_EQ(events->value(1).toString(), QStringLiteral("succeeded"));
    EXPECT_FALSE(events->next());
}

TEST_F(StorageTest, StaleTransitionIsRefused)
{
    saveOrder(QStringLiteral("O1"));
    AttemptRepository attempts(db());
    PaymentAttempt a = attempt(QStringLiteral("O1"), QStringLiteral("O1-1"), AttemptState::Sent);
    ASSERT_TRUE(attempts.insert(a).ok());
    PaymentAttempt racer = a; // a second path (say, a notification) holding the same snapshot

    ASSERT_TRUE(a.transitionTo(AttemptState::Succeeded).ok());
    ASSERT_TRUE(attempts.saveTransition(a, AttemptState::Sent).ok());

    ASSERT_TRUE(racer.transitionTo(AttemptState::Failed, QStringLiteral("timeout")).ok());
    const Status stale = attempts.saveTransition(racer, AttemptState::Sent);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, QStringLiteral("attempt.stale"));

    const auto stored = attempts.findByOutTradeNo(QStringLiteral("O1-1"));
    EXPECT_EQ(stored->state, AttemptState::Succeeded);
    EXPECT_NE(stored->lastReason, QStringLiteral("timeout"));
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM attempt_events")).toInt(), 2);
}

TEST_F(StorageTest, ListUnresolvedReturnsOnlyAttemptsRecoveryMustDrive)
{
    saveOrder(QStringLiteral("O1"));
    AttemptRepository attempts(db());
    const std::vector<AttemptState> states{AttemptState::Created,    AttemptState::Sent,
                                           AttemptState::UserPaying, AttemptState::Unknown,
                                           AttemptState::Succeeded,  AttemptState::Failed,
                                           AttemptState::Reversed,   AttemptState::Closed};
    for (size_t i = 0; i < states.size(); ++i) {
        PaymentAttempt a =
            attempt(QStringLiteral("O1"), QStringLiteral("O1-%1").arg(i + 1), states[i]);
        ASSERT_TRUE(attempts.insert(a).ok());
    }
    const auto unresolved = attempts.listUnresolved();
    ASSERT_TRUE(unresolved.ok());
    ASSERT_EQ(unresolved->size(), 4u);
    EXPECT_EQ((*unresolved)[0].state, AttemptState::Created);
    EXPECT_EQ((*unresolved)[1].state, AttemptState::Sent);
    EXPECT_EQ((*unresolved)[2].state, AttemptState::UserPaying);
    EXPECT_EQ((*unresolved)[3].state, AttemptState::Unknown);
    EXPECT_EQ(attempts.listForOrder(QStringLiteral("O1"))->size(), states.size());
}

TEST_F(StorageTest, ResolvedAttemptLeavesTheUnresolvedList)
{
    saveOrder(QStringLiteral("O1"));
    AttemptRepository attempts(db());
    PaymentAttempt a = attempt(QStringLiteral("O1"), QStringLiteral("O1-1"), AttemptState::Unknown);
    ASSERT_TRUE(attempts.insert(a).ok());
    ASSERT_EQ(attempts.listUnresolved()->size(), 1u);
    ASSERT_TRUE(a.transitionTo(AttemptState::Closed).ok());
    ASSERT_TRUE(attempts.saveTransition(a, AttemptState::Unknown).ok());
    EXPECT_TRUE(attempts.listUnresolved()->empty());
}

} // namespace
} // namespace pos
