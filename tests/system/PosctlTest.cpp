// posctl, the real binary, against a real pos-channel-sim: what a supervisor's script sees
// (output and exit codes) for sales, listings and mistakes on the command line.
#include "demo/DemoData.h"
#include "support/TestSupport.h"
#include "system/AlipaySandbox.h"
#include "system/ChannelTestSupport.h"
#include "system/StubGateway.h"
#include "system/SystemPrinters.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using pos::test::alipayCode;

// Exit codes documented by posctl.
constexpr int kOk = 0;
constexpr int kUsage = 2;
constexpr int kBadInput = 3;
constexpr int kPaymentFailed = 4;
constexpr int kPaymentPending = 5;
constexpr int kAuthFailed = 6;

struct PosctlRun
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

class PosctlTest : public pos::test::SharedSandboxTest<PosctlTest, pos::test::AlipaySandbox>
{
public:
    static QStringList sandboxArguments()
    {
        return {QStringLiteral("--user-paying-seconds"), QStringLiteral("1")};
    }

protected:
    void SetUp() override
    {
        SharedSandboxTest::SetUp();
        if (HasFatalFailure()) {
            return;
        }
        ASSERT_TRUE(m_dir.isValid());
        const QString keyPath = m_dir.filePath(QStringLiteral("app_private.pem"));
        ASSERT_TRUE(pos::test::writeFile(keyPath, pos::test::testAppKey().privatePem()));
        // A terminal id per test: the shared sandbox then sees distinct out_trade_no values.
        const QString ini =
            QStringLiteral("[terminal]\nid=PC%1\n\n"
                           "[alipay]\nenabled=true\ngateway=%2\napp_id=2021000000000001\n"
                           "app_private_key=%3\nalipay_public_key=%4\ntimeout_ms=3000\n\n"
                           "[payments]\nuser_paying_poll_ms=100\ncode_lifetime_ms=3000\n"
                           "unknown_first_query_ms=100\nunknown_query_interval_ms=100\n"
                           "unknown_max_queries=3\nreversal_retry_ms=200\n")
                .arg(++s_terminal)
                .arg(s_sandbox->gatewayUrl().toString(), keyPath, s_sandbox->alipayPublicKeyPath());
        ASSERT_TRUE(pos::test::writeFile(m_dir.filePath(QStringLiteral("pos.ini")), ini.toUtf8()));
    }

    PosctlRun posctl(const QStringList &arguments)
    {
        QProcess process;
        process.setProgram(QStringLiteral(POS_CTL_PATH));
        process.setArguments(
            QStringList{QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--seed-demo")} +
            arguments);
        process.start();
        PosctlRun run;
        run.finished = process.waitForFinished(30000);
        if (!run.finished) {
            process.kill();
            process.waitForFinished(5000);
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    PosctlRun sale(const QStringList &items, const QString &payment, const QString &value,
                   const QString &pin = QStringLiteral("1234"))
    {
        QStringList arguments{QStringLiteral("sale"), QStringLiteral("--cashier"),
                              QStringLiteral("1001"), QStringLiteral("--pin"), pin};
        for (const QString &item : items) {
            arguments << QStringLiteral("--item") << item;
        }
        arguments << payment << value;
        return posctl(arguments);
    }

    // The order number a sale printed ("order T01-20260101-0001 total 9.00").
    static QString orderIdOf(const PosctlRun &run)
    {
        static const QRegularExpression line(QStringLiteral("^order (\\S+) total "),
                                             QRegularExpression::MultilineOption);
        return line.match(run.out).captured(1);
    }

    // The lines `posctl orders` prints, one per stored order.
    QStringList orderLines()
    {
        const PosctlRun run = posctl({QStringLiteral("orders")});
        EXPECT_EQ(run.exitCode, kOk) << qPrintable(run.err);
        return run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    static int s_terminal;
    QTemporaryDir m_dir;
};

int PosctlTest::s_terminal = 0;

#define EXPECT_RUN(run, code)                                                                      \
    EXPECT_TRUE((run).finished);                                                                   \
    EXPECT_EQ((run).exitCode, code) << "stdout:\n"                                                 \
                                    << qPrintable((run).out) << "stderr:\n"                        \
                                    << qPrintable((run).err)

TEST_F(PosctlTest, CashSalePrintsTheChangeAndExitsZero)
{
    // 2.00 + 2 × 3.50 = 9.00, paid with 20.00.
    const PosctlRun run =
        sale({pos::demo::demoBarcode(0), pos::demo::demoBarcode(1) + QStringLiteral("x2")},
             QStringLiteral("--cash"), QStringLiteral("20.00"));
    EXPECT_RUN(run, kOk);
    EXPECT_TRUE(run.out.contains(QStringLiteral(" total 9.00"))) << qPrintable(run.out);
    EXPECT_TRUE(run.out.contains(QStringLiteral("succeeded"))) << qPrintable(run.out);
    EXPECT_TRUE(run.out.contains(QStringLiteral("change 11.00"))) << qPrintable(run.out);
    EXPECT_TRUE(run.out.contains(QStringLiteral("order %1 paid").arg(orderIdOf(run))))
        << qPrintable(run.out);
}

TEST_F(PosctlTest, CodeSaleSucceedsAndPrintsTheChannelTradeNumber)
{
    const PosctlRun run =
        sale({pos::demo::demoBarcode(2)}, QStringLiteral("--code"), alipayCode("1234"));
    EXPECT_RUN(run, kOk);
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("succeeded trade_no \\d{22}")).match(run.out).hasMatch())
        << qPrintable(run.out);
    EXPECT_FALSE(run.out.contains(alipayCode("1234"))) << "the payment code is printed in full";
    EXPECT_FALSE(run.err.contains(alipayCode("1234"))) << "the payment code is logged in full";
}

TEST_F(PosctlTest, CodeSaleWithInsufficientBalanceExitsFour)
{
    const PosctlRun run =
        sale({pos::demo::demoBarcode(2)}, QStringLiteral("--code"), alipayCode("0001"));
    EXPECT_RUN(run, kPaymentFailed);
    EXPECT_TRUE(run.out.contains(QStringLiteral(" failed"))) << qPrintable(run.out);
    EXPECT_FALSE(run.out.contains(QStringLiteral(" paid\n"))) << qPrintable(run.out);
}

TEST_F(PosctlTest, CodeSaleWaitsWhileTheCustomerConfirmsThenExitsZero)
{
    const PosctlRun run =
        sale({pos::demo::demoBarcode(2)}, QStringLiteral("--code"), alipayCode("0002"));
    EXPECT_RUN(run, kOk);
    EXPECT_TRUE(run.out.contains(QStringLiteral("succeeded"))) << qPrintable(run.out);
}

TEST_F(PosctlTest, UnknownBarcodeExitsThreeWithAClearMessageAndStoresNoOrder)
{
    const QString unknown = pos::demo::demoBarcode(99); // valid check digit, not in the catalog
    const PosctlRun run = sale({pos::demo::demoBarcode(0), unknown}, QStringLiteral("--cash"),
                               QStringLiteral("10.00"));
    EXPECT_RUN(run, kBadInput);
    EXPECT_TRUE(run.err.contains(unknown)) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no product"))) << qPrintable(run.err);

    const PosctlRun garbled = sale({QStringLiteral("6901234500012")}, QStringLiteral("--cash"),
                                   QStringLiteral("10.00")); // wrong check digit
    EXPECT_RUN(garbled, kBadInput);
    EXPECT_TRUE(garbled.err.contains(QStringLiteral("6901234500012"))) << qPrintable(garbled.err);
    EXPECT_TRUE(orderLines().isEmpty());
}

TEST_F(PosctlTest, MalformedCashAmountExitsThreeAndStoresNoOrder)
{
    for (const QString &amount : {QStringLiteral("12.345"), QStringLiteral("abc"),
                                  QStringLiteral("1e3"), QStringLiteral("12,30")}) {
        const PosctlRun run = sale({pos::demo::demoBarcode(0)}, QStringLiteral("--cash"), amount);
        EXPECT_RUN(run, kBadInput) << " for amount " << qPrintable(amount);
        EXPECT_FALSE(run.err.isEmpty());
    }
    EXPECT_TRUE(orderLines().isEmpty());
}

TEST_F(PosctlTest, NonPositiveCashIsRefusedWithoutLeavingAnOrderBehind)
{
    for (const QString &amount : {QStringLiteral("-5.00"), QStringLiteral("0")}) {
        const PosctlRun run = sale({pos::demo::demoBarcode(0)}, QStringLiteral("--cash"), amount);
        EXPECT_RUN(run, kBadInput) << " for amount " << qPrintable(amount);
    }
    // Like a malformed amount, a refused one is found before the order is stored: nothing is
    // left open that no one will ever pay.
    EXPECT_TRUE(orderLines().isEmpty()) << qPrintable(orderLines().join(QLatin1Char('\n')));
}

TEST_F(PosctlTest, CodeSaleWithTheGatewayDownExitsFiveAndClaimsNothing)
{
    const quint16 closed = pos::test::closedLoopbackPort();
    ASSERT_NE(closed, 0);
    const QString keyPath = m_dir.filePath(QStringLiteral("app_private.pem"));
    const QString ini =
        QStringLiteral("[terminal]\nid=PCDOWN\n\n"
                       "[alipay]\nenabled=true\ngateway=http://127.0.0.1:%1/gateway.do\n"
                       "app_id=2021000000000001\napp_private_key=%2\nalipay_public_key=%3\n"
                       "timeout_ms=200\n\n"
                       "[payments]\nuser_paying_poll_ms=10\ncode_lifetime_ms=300\n"
                       "unknown_first_query_ms=10\nunknown_query_interval_ms=10\n"
                       "unknown_max_queries=2\nreversal_retry_ms=50\n")
            .arg(closed)
            .arg(keyPath, s_sandbox->alipayPublicKeyPath());
    ASSERT_TRUE(pos::test::writeFile(m_dir.filePath(QStringLiteral("pos.ini")), ini.toUtf8()));

    const PosctlRun run =
        sale({pos::demo::demoBarcode(0)}, QStringLiteral("--code"), alipayCode("1234"));
    EXPECT_RUN(run, kPaymentPending);
    EXPECT_TRUE(run.out.contains(QStringLiteral(" unknown"))) << qPrintable(run.out);
    EXPECT_FALSE(run.out.contains(QStringLiteral("succeeded"))) << qPrintable(run.out);
    const QStringList lines = orderLines();
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines[0].split(QLatin1Char('\t')).value(1), QStringLiteral("open"));
}

TEST_F(PosctlTest, WrongPinOrUnknownCashierExitsSix)
{
    const PosctlRun wrongPin = sale({pos::demo::demoBarcode(0)}, QStringLiteral("--cash"),
                                    QStringLiteral("10.00"), QStringLiteral("0000"));
    EXPECT_RUN(wrongPin, kAuthFailed);
    EXPECT_TRUE(wrongPin.err.contains(QStringLiteral("login refused"))) << qPrintable(wrongPin.err);
    EXPECT_FALSE(wrongPin.err.contains(QStringLiteral("0000"))) << "the PIN is echoed";

    const PosctlRun nobody =
        posctl({QStringLiteral("sale"), QStringLiteral("--cashier"), QStringLiteral("7777"),
                QStringLiteral("--pin"), QStringLiteral("1234"), QStringLiteral("--item"),
                pos::demo::demoBarcode(0), QStringLiteral("--cash"), QStringLiteral("10.00")});
    EXPECT_RUN(nobody, kAuthFailed);
    EXPECT_TRUE(orderLines().isEmpty());
}

TEST_F(PosctlTest, OrdersListsThePaidOrders)
{
    const PosctlRun cash =
        sale({pos::demo::demoBarcode(0)}, QStringLiteral("--cash"), QStringLiteral("5.00"));
    EXPECT_RUN(cash, kOk);
    const PosctlRun code =
        sale({pos::demo::demoBarcode(3)}, QStringLiteral("--code"), alipayCode("4321"));
    EXPECT_RUN(code, kOk);
    const PosctlRun refused =
        sale({pos::demo::demoBarcode(4)}, QStringLiteral("--code"), alipayCode("0001"));
    EXPECT_RUN(refused, kPaymentFailed);

    const QStringList lines = orderLines();
    ASSERT_EQ(lines.size(), 3) << qPrintable(lines.join(QLatin1Char('\n')));
    const auto lineOf = [&lines](const QString &orderId) {
        for (const QString &line : lines) {
            if (line.startsWith(orderId + QLatin1Char('\t'))) {
                return line.split(QLatin1Char('\t'));
            }
        }
        return QStringList{};
    };
    const QStringList cashLine = lineOf(orderIdOf(cash));
    ASSERT_GE(cashLine.size(), 3) << qPrintable(orderIdOf(cash));
    EXPECT_EQ(cashLine[1], QStringLiteral("paid"));
    EXPECT_EQ(cashLine[2], QStringLiteral("2.00"));
    const QStringList codeLine = lineOf(orderIdOf(code));
    ASSERT_GE(codeLine.size(), 3);
    EXPECT_EQ(codeLine[1], QStringLiteral("paid"));
    EXPECT_EQ(codeLine[2], QStringLiteral("3.00"));
    const QStringList refusedLine = lineOf(orderIdOf(refused));
    ASSERT_GE(refusedLine.size(), 2);
    EXPECT_EQ(refusedLine[1], QStringLiteral("open"));

    const PosctlRun limited =
        posctl({QStringLiteral("orders"), QStringLiteral("--limit"), QStringLiteral("1")});
    EXPECT_RUN(limited, kOk);
    EXPECT_EQ(limited.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
    EXPECT_RUN(posctl({QStringLiteral("orders"), QStringLiteral("--limit"), QStringLiteral("0")}),
               kUsage);
}

TEST_F(PosctlTest, CashiersListsTheDemoAccounts)
{
    const PosctlRun run = posctl({QStringLiteral("cashiers")});
    EXPECT_RUN(run, kOk);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), int(pos::demo::demoAccounts().size())) << qPrintable(run.out);
    for (const pos::demo::DemoAccount &account : pos::demo::demoAccounts()) {
        bool listed = false;
        for (const QString &line : lines) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            if (fields.value(0) == account.code) {
                listed = true;
                EXPECT_EQ(fields.value(1), account.name);
                EXPECT_EQ(fields.value(2), account.role);
                EXPECT_EQ(fields.value(3), QStringLiteral("active"));
            }
        }
        EXPECT_TRUE(listed) << qPrintable(account.code);
        EXPECT_FALSE(run.out.contains(account.pin + QLatin1Char('\n')));
    }
}

TEST_F(PosctlTest, UnknownCommandOrOptionExitsTwo)
{
    const PosctlRun unknown = posctl({QStringLiteral("frobnicate")});
    EXPECT_RUN(unknown, kUsage);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("usage"))) << qPrintable(unknown.err);
    EXPECT_RUN(posctl({}), kUsage);
    EXPECT_RUN(posctl({QStringLiteral("--no-such-option"), QStringLiteral("orders")}), kUsage);
}

TEST_F(PosctlTest, SaleWithoutExactlyOnePaymentMethodExitsTwo)
{
    EXPECT_RUN(posctl({QStringLiteral("sale"), QStringLiteral("--cashier"), QStringLiteral("1001"),
                       QStringLiteral("--pin"), QStringLiteral("1234"), QStringLiteral("--item"),
                       pos::demo::demoBarcode(0)}),
               kUsage);
    EXPECT_RUN(posctl({QStringLiteral("sale"), QStringLiteral("--cashier"), QStringLiteral("1001"),
                       QStringLiteral("--pin"), QStringLiteral("1234"), QStringLiteral("--item"),
                       pos::demo::demoBarcode(0), QStringLiteral("--cash"), QStringLiteral("5"),
                       QStringLiteral("--code"), alipayCode("1234")}),
               kUsage);
    EXPECT_TRUE(orderLines().isEmpty());
}

} // namespace
