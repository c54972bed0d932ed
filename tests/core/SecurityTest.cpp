// PIN hashing and cashier log-in: slow salted hashes, lockout, supervisor unlock, audit.
#include "TemporaryDatabase.h"

#include "security/CashierAuthenticator.h"
#include "security/PinHasher.h"
#include "storage/AuditLog.h"
#include "storage/CashierRepository.h"

#include <gtest/gtest.h>

namespace pos {
namespace {

using security::CashierAuthenticator;
using security::PinHash;
using security::PinHasher;

TEST(PinHasherTest, HashIsSlowSaltedAndNotThePin)
{
    const PinHash hashed = PinHasher::hash(QStringLiteral("1234"));
    EXPECT_GE(hashed.iterations, 100000);
    EXPECT_GE(hashed.salt.size(), 16);
    EXPECT_EQ(hashed.hash.size(), 32);
    EXPECT_FALSE(hashed.hash.contains("1234"));
}

TEST(PinHasherTest, FewerIterationsThanTheMinimumAreRaised)
{
    EXPECT_GE(PinHasher::hash(QStringLiteral("1234"), 1000).iterations, 100000);
    EXPECT_GE(PinHasher::hash(QStringLiteral("1234"), 0).iterations, 100000);
}

TEST(PinHasherTest, SamePinGetsDifferentSaltsAndHashes)
{
    const PinHash a = PinHasher::hash(QStringLiteral("1234"));
    const PinHash b = PinHasher::hash(QStringLiteral("1234"));
    EXPECT_NE(a.salt, b.salt);
    EXPECT_NE(a.hash, b.hash);
}

TEST(PinHasherTest, VerifiesTheRightPinOnly)
{
    const PinHash stored = PinHasher::hash(QStringLiteral("2468"));
    EXPECT_TRUE(PinHasher::verify(QStringLiteral("2468"), stored));
    EXPECT_FALSE(PinHasher::verify(QStringLiteral("2469"), stored));
    EXPECT_FALSE(PinHasher::verify(QStringLiteral("24680"), stored));
    EXPECT_FALSE(PinHasher::verify(QString(), stored));
}

TEST(PinHasherTest, WeakenedOrDamagedStoredHashNeverVerifies)
{
    PinHash weakened = PinHasher::hash(QStringLiteral("2468"));
    weakened.iterations = 1;
    EXPECT_FALSE(PinHasher::verify(QStringLiteral("2468"), weakened));
    PinHash truncated = PinHasher::hash(QStringLiteral("2468"));
    truncated.hash.chop(1);
    EXPECT_FALSE(PinHasher::verify(QStringLiteral("2468"), truncated));
    PinHash otherSalt = PinHasher::hash(QStringLiteral("2468"));
    otherSalt.salt[0] = char(otherSalt.salt[0] ^ 1);
    EXPECT_FALSE(PinHasher::verify(QStringLiteral("2468"), otherSalt));
}

TEST(PinHasherTest, WellFormedPinIsFourToEightAsciiDigits)
{
    EXPECT_TRUE(PinHasher::isWellFormed(QStringLiteral("1234")));
    EXPECT_TRUE(PinHasher::isWellFormed(QStringLiteral("12345678")));
    for (const QString &pin :
         {QStringLiteral("12"), QStringLiteral("123"), QStringLiteral("123456789"),
          QStringLiteral("abcd"), QStringLiteral("12a4"), QStringLiteral("12 4"), QString(),
          QStringLiteral("１２３４"), // full-width digits
          QStringLiteral("١٢٣٤")}) {  // Arabic-Indic digits
        EXPECT_FALSE(PinHasher::isWellFormed(pin)) << pin.toStdString();
    }
}

class CashierAuthenticatorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const Status opened = m_temp.open();
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        CashierAuthenticator auth(db());
        ASSERT_TRUE(auth.createCashier(QStringLiteral("1001"), QStringLiteral("张伟"),
                                       Role::Cashier, QStringLiteral("1234"))
                        .ok());
        ASSERT_TRUE(auth.createCashier(QStringLiteral("1002"), QStringLiteral("王芳"),
                                       Role::Cashier, QStringLiteral("5678"))
                        .ok());
        ASSERT_TRUE(auth.createCashier(QStringLiteral("2001"), QStringLiteral("李娜"),
                                       Role::Supervisor, QStringLiteral("2468"))
                        .ok());
    }

    storage::Database &db() { return m_temp.database(); }

    Cashier stored(const QString &code)
    {
        auto cashier = storage::CashierRepository(db()).findByCode(code);
        EXPECT_TRUE(cashier.ok());
        return cashier ? cashier.value() : Cashier{};
    }

    int audited(const QString &action)
    {
        auto count = storage::AuditLog(db()).countOf(action);
        EXPECT_TRUE(count.ok());
        return count ? count.value() : -1;
    }

    void lockOut(const QString &code)
    {
        CashierAuthenticator auth(db());
        for (int i = 0; i < CashierAuthenticator::kMaxFailedAttempts; ++i) {
            ASSERT_FALSE(auth.login(code, QStringLiteral("0000")).ok());
        }
        ASSERT_TRUE(stored(code).locked);
    }

    test::TemporaryDatabase m_temp;
};

TEST_F(CashierAuthenticatorTest, RightPinLogsIn)
{
    CashierAuthenticator auth(db());
    const auto cashier = auth.login(QStringLiteral("1001"), QStringLiteral("1234"));
    ASSERT_TRUE(cashier.ok()) << cashier.error().message.toStdString();
    EXPECT_EQ(cashier->code, QStringLiteral("1001"));
    EXPECT_EQ(cashier->name, QStringLiteral("张伟"));
    EXPECT_EQ(cashier->role, Role::Cashier);
    EXPECT_EQ(audited(QStringLiteral("login.ok")), 1);
}

TEST_F(CashierAuthenticatorTest, PinIsStoredOnlyAsASlowSaltedHash)
{
    auto rows =
        db().exec(QStringLiteral("SELECT pin_hash, pin_salt, pin_iterations FROM cashiers"));
    ASSERT_TRUE(rows.ok());
    int count = 0;
    while (rows->next()) {
        ++count;
        EXPECT_EQ(rows->value(0).toByteArray().size(), 32);
        EXPECT_GE(rows->value(1).toByteArray().size(), 16);
        EXPECT_GE(rows->value(2).toInt(), 100000);
        for (const char *pin : {"1234", "5678", "2468"}) {
            EXPECT_FALSE(rows->value(0).toByteArray().contains(pin));
        }
    }
    EXPECT_EQ(count, 3);
}

TEST_F(CashierAuthenticatorTest, WrongPinIsRefusedAndCounted)
{
    CashierAuthenticator auth(db());
    const auto refused = auth.login(QStringLiteral("1001"), QStringLiteral("4321"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("auth.wrong_pin"));
    EXPECT_EQ(stored(QStringLiteral("1001")).failedAttempts, 1);
    EXPECT_FALSE(stored(QStringLiteral("1001")).locked);
    EXPECT_EQ(audited(QStringLiteral("login.wrong_pin")), 1);
    ASSERT_FALSE(auth.login(QStringLiteral("1001"), QStringLiteral("4321")).ok());
    EXPECT_EQ(stored(QStringLiteral("1001")).failedAttempts, 2);
    EXPECT_EQ(stored(QStringLiteral("1002")).failedAttempts, 0); // other accounts untouched
}

TEST_F(CashierAuthenticatorTest, SuccessfulLoginResetsTheFailureCount)
{
    CashierAuthenticator auth(db());
    for (int i = 0; i < CashierAuthenticator::kMaxFailedAttempts - 1; ++i) {
        ASSERT_FALSE(auth.login(QStringLiteral("1001"), QStringLiteral("0000")).ok());
    }
    ASSERT_TRUE(auth.login(QStringLiteral("1001"), QStringLiteral("1234")).ok());
    EXPECT_EQ(stored(QStringLiteral("1001")).failedAttempts, 0);
    // Four more wrong PINs do not lock: the count started again.
    for (int i = 0; i < CashierAuthenticator::kMaxFailedAttempts - 1; ++i) {
        ASSERT_FALSE(auth.login(QStringLiteral("1001"), QStringLiteral("0000")).ok());
    }
    EXPECT_FALSE(stored(QStringLiteral("1001")).locked);
}

TEST_F(CashierAuthenticatorTest, FiveWrongPinsLockTheAccount)
{
    CashierAuthenticator auth(db());
    EXPECT_EQ(CashierAuthenticator::kMaxFailedAttempts, 5);
    for (int i = 0; i < 4; ++i) {
        const auto refused = auth.login(QStringLiteral("1001"), QStringLiteral("0000"));
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, QStringLiteral("auth.wrong_pin")) << i;
    }
    EXPECT_FALSE(stored(QStringLiteral("1001")).locked);
    const auto fifth = auth.login(QStringLiteral("1001"), QStringLiteral("0000"));
    ASSERT_FALSE(fifth.ok());
    EXPECT_EQ(fifth.error().code, QStringLiteral("auth.locked"));
    EXPECT_TRUE(stored(QStringLiteral("1001")).locked);
    EXPECT_EQ(audited(QStringLiteral("login.lockout")), 1);

    const auto rightPin = auth.login(QStringLiteral("1001"), QStringLiteral("1234"));
    ASSERT_FALSE(rightPin.ok());
    EXPECT_EQ(rightPin.error().code, QStringLiteral("auth.locked"));
    EXPECT_TRUE(stored(QStringLiteral("1001")).locked);
}

TEST_F(CashierAuthenticatorTest, LockoutSurvivesReopeningTheDatabase)
{
    lockOut(QStringLiteral("1001"));
    m_temp.close();
    ASSERT_TRUE(m_temp.open().ok());
    const auto rightPin =
        CashierAuthenticator(db()).login(QStringLiteral("1001"), QStringLiteral("1234"));
    ASSERT_FALSE(rightPin.ok());
    EXPECT_EQ(rightPin.error().code, QStringLiteral("auth.locked"));
}

TEST_F(CashierAuthenticatorTest, CashierCannotUnlockAnAccount)
{
    lockOut(QStringLiteral("1001"));
    CashierAuthenticator auth(db());
    const auto colleague = auth.login(QStringLiteral("1002"), QStringLiteral("5678"));
    ASSERT_TRUE(colleague.ok());
    const Status refused = auth.unlock(colleague.value(), QStringLiteral("1001"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("auth.not_allowed"));
    EXPECT_TRUE(stored(QStringLiteral("1001")).locked);
    EXPECT_EQ(audited(QStringLiteral("cashier.unlock")), 0);
    EXPECT_EQ(auth.login(QStringLiteral("1001"), QStringLiteral("1234")).error().code,
              QStringLiteral("auth.locked"));
}

TEST_F(CashierAuthenticatorTest, SupervisorUnlocksAndTheAuditLogRecordsIt)
{
    lockOut(QStringLiteral("1001"));
    CashierAuthenticator auth(db());
    const auto supervisor = auth.login(QStringLiteral("2001"), QStringLiteral("2468"));
    ASSERT_TRUE(supervisor.ok());
    const Status unlocked = auth.unlock(supervisor.value(), QStringLiteral("1001"));
    ASSERT_TRUE(unlocked.ok()) << unlocked.error().message.toStdString();
    EXPECT_FALSE(stored(QStringLiteral("1001")).locked);
    EXPECT_EQ(stored(QStringLiteral("1001")).failedAttempts, 0);
    EXPECT_EQ(audited(QStringLiteral("cashier.unlock")), 1);

    auto row = db().exec(
        QStringLiteral("SELECT cashier_id, detail FROM audit_log WHERE action = 'cashier.unlock'"));
    ASSERT_TRUE(row.ok());
    ASSERT_TRUE(row->next());
    EXPECT_EQ(row->value(0).toLongLong(), supervisor->id);       // who unlocked
    EXPECT_EQ(row->value(1).toString(), QStringLiteral("1001")); // whom

    EXPECT_TRUE(auth.login(QStringLiteral("1001"), QStringLiteral("1234")).ok());
}

TEST_F(CashierAuthenticatorTest, UnlockingAnUnknownAccountIsRefused)
{
    CashierAuthenticator auth(db());
    const auto supervisor = auth.login(QStringLiteral("2001"), QStringLiteral("2468"));
    ASSERT_TRUE(supervisor.ok());
    EXPECT_FALSE(auth.unlock(supervisor.value(), QStringLiteral("7777")).ok());
    EXPECT_EQ(audited(QStringLiteral("cashier.unlock")), 0);
}

TEST_F(CashierAuthenticatorTest, UnknownCodeAndWrongPinLookTheSame)
{
    CashierAuthenticator auth(db());
    const auto unknown = auth.login(QStringLiteral("7777"), QStringLiteral("1234"));
    const auto wrongPin = auth.login(QStringLiteral("1001"), QStringLiteral("4321"));
    ASSERT_FALSE(unknown.ok());
    ASSERT_FALSE(wrongPin.ok());
    EXPECT_EQ(unknown.error().code, wrongPin.error().code);
    EXPECT_EQ(unknown.error().message, wrongPin.error().message);
    EXPECT_FALSE(unknown.error().message.contains(QStringLiteral("7777")));
    EXPECT_EQ(audited(QStringLiteral("login.unknown_code")), 1);
}

TEST_F(CashierAuthenticatorTest, MalformedPinIsRefusedWhenCreatingACashier)
{
    CashierAuthenticator auth(db());
    for (const QString &pin :
         {QStringLiteral("12"), QStringLiteral("abcd"), QStringLiteral("123456789"), QString()}) {
        const auto created =
            auth.createCashier(QStringLiteral("3001"), QStringLiteral("New"), Role::Cashier, pin);
        ASSERT_FALSE(created.ok()) << pin.toStdString();
        EXPECT_EQ(created.error().code, QStringLiteral("auth.bad_pin"));
    }
    EXPECT_FALSE(storage::CashierRepository(db()).findByCode(QStringLiteral("3001")).ok());
}

TEST_F(CashierAuthenticatorTest, DuplicateCashierCodeIsRefused)
{
    CashierAuthenticator auth(db());
    EXPECT_FALSE(auth.createCashier(QStringLiteral("1001"), QStringLiteral("Other"), Role::Admin,
                                    QStringLiteral("9999"))
                     .ok());
    EXPECT_EQ(stored(QStringLiteral("1001")).role, Role::Cashier);
    EXPECT_TRUE(auth.login(QStringLiteral("1001"), QStringLiteral("1234")).ok());
}

} // namespace
} // namespace pos
