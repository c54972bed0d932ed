// posctl, the real binary, against a real pos-channel-sim: what a supervisor's script sees
// (output and exit codes) for sales, listings and mistakes on the command line.
#include "demo/DemoData.h"
#include "support/TestSupport.h"
#include "system/AlipaySandbox.h"
#include "system/ChannelTestSupport.h"
#include "system/StubGateway.h"
#include "system/SystemPrinters.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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
constexpr int kNotConfirmed = 7;
constexpr int kRefused = 8;

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

// ---- pay, refund, query, pending, recover ----------------------------------------------------

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The out_trade_no a run printed for its attempt ("attempt T01...A1 succeeded ...").
QString paymentOf(const PosctlRun &run)
{
    static const QRegularExpression line(QStringLiteral("^attempt (\\S+) "),
                                         QRegularExpression::MultilineOption);
    return line.match(run.out).captured(1);
}

// The order total a sale printed ("order T01-20260101-0001 total 9.00").
QString orderTotalOf(const PosctlRun &run)
{
    static const QRegularExpression line(QStringLiteral("^order \\S+ total (\\S+)"),
                                         QRegularExpression::MultilineOption);
    return line.match(run.out).captured(1);
}

QStringList refundArguments(const QString &payment, const QString &amount)
{
    return {QStringLiteral("refund"),
            QStringLiteral("--payment"),
            payment,
            QStringLiteral("--amount"),
            amount,
            QStringLiteral("--reason"),
            QStringLiteral("damaged"),
            QStringLiteral("--cashier"),
            QStringLiteral("1001"),
            QStringLiteral("--pin"),
            QStringLiteral("1234"),
            QStringLiteral("--supervisor"),
            QStringLiteral("2001"),
            QStringLiteral("--supervisor-pin"),
            QStringLiteral("2468")};
}

TEST_F(PosctlTest, RefundPreviewWithoutYesExitsSevenAndStoresNothing)
{
    // D003 noodles, 4.50.
    const PosctlRun paid =
        sale({pos::demo::demoBarcode(2)}, QStringLiteral("--code"), alipayCode("2345"));
    EXPECT_RUN(paid, kOk);
    const QString payment = paymentOf(paid);
    ASSERT_FALSE(payment.isEmpty()) << qPrintable(paid.out);

    const PosctlRun preview = posctl(refundArguments(payment, QStringLiteral("1.50")));
    EXPECT_RUN(preview, kNotConfirmed);
    for (const char *shown : {"paid             4.50", "already refunded 0.00",
                              "this refund      1.50", "remaining after  3.00"}) {
        EXPECT_TRUE(preview.out.contains(QLatin1String(shown))) << qPrintable(preview.out);
    }
    EXPECT_TRUE(preview.out.contains(orderIdOf(paid))) << qPrintable(preview.out);
    EXPECT_TRUE(preview.out.contains(QStringLiteral("not confirmed"))) << qPrintable(preview.out);

    const PosctlRun query = posctl({QStringLiteral("query"), QStringLiteral("--payment"), payment});
    EXPECT_RUN(query, kOk);
    EXPECT_FALSE(query.out.contains(QStringLiteral("  refund "))) << qPrintable(query.out);
    EXPECT_TRUE(s_sandbox->methodsFor(payment).filter(QStringLiteral("refund")).isEmpty());
}

TEST_F(PosctlTest, ConfirmedRefundSucceedsAndCountsAgainstTheCap)
{
    const PosctlRun paid =
        sale({pos::demo::demoBarcode(2)}, QStringLiteral("--code"), alipayCode("3456"));
    EXPECT_RUN(paid, kOk);
    const QString payment = paymentOf(paid);

    const PosctlRun refund =
        posctl(refundArguments(payment, QStringLiteral("1.50")) << QStringLiteral("--yes"));
    EXPECT_RUN(refund, kOk);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("refund %1R1 succeeded amount 1.50").arg(payment))
                    .match(refund.out)
                    .hasMatch())
        << qPrintable(refund.out);
    EXPECT_TRUE(s_sandbox->methodsFor(payment).contains(QStringLiteral("alipay.trade.refund")));

    // The rest can still be refunded; a cent more cannot.
    const PosctlRun over =
        posctl(refundArguments(payment, QStringLiteral("3.01")) << QStringLiteral("--yes"));
    EXPECT_RUN(over, kRefused);
    EXPECT_TRUE(over.err.contains(QStringLiteral("3.00 still refundable"))) << qPrintable(over.err);
    const PosctlRun rest = posctl(refundArguments(payment, QStringLiteral("3.00")));
    EXPECT_RUN(rest, kNotConfirmed);
    EXPECT_TRUE(rest.out.contains(QStringLiteral("already refunded 1.50"))) << qPrintable(rest.out);
}

TEST_F(PosctlTest, OverCapRefundIsRefusedAndNothingReachesTheChannel)
{
    const PosctlRun paid =
        sale({pos::demo::demoBarcode(2)}, QStringLiteral("--code"), alipayCode("4567"));
    EXPECT_RUN(paid, kOk);
    const QString payment = paymentOf(paid);
    const PosctlRun over =
        posctl(refundArguments(payment, QStringLiteral("4.51")) << QStringLiteral("--yes"));
    EXPECT_RUN(over, kRefused);
    EXPECT_TRUE(over.err.contains(QStringLiteral("refund refused"))) << qPrintable(over.err);
    EXPECT_TRUE(s_sandbox->methodsFor(payment).filter(QStringLiteral("refund")).isEmpty());

    // A cashier cannot approve a refund.
    QStringList byCashier = refundArguments(payment, QStringLiteral("1.00"));
    byCashier[byCashier.indexOf(QStringLiteral("2001"))] = QStringLiteral("1002");
    byCashier[byCashier.indexOf(QStringLiteral("2468"))] = QStringLiteral("5678");
    const PosctlRun notApproved = posctl(byCashier << QStringLiteral("--yes"));
    EXPECT_RUN(notApproved, kAuthFailed);
    EXPECT_TRUE(notApproved.err.contains(QStringLiteral("not a supervisor")))
        << qPrintable(notApproved.err);
}

TEST_F(PosctlTest, RefundWithoutARefundApiOpensATaskTheSupervisorCloses)
{
    const QString ini = QString::fromUtf8(fileBytes(m_dir.filePath(QStringLiteral("pos.ini"))));
    ASSERT_TRUE(pos::test::writeFile(m_dir.filePath(QStringLiteral("pos.ini")),
                                     (ini + QStringLiteral("\n[channels]\nalipay.lacks=refund,"
                                                           "refund_query\n"))
                                         .toUtf8()));
    const PosctlRun paid =
        sale({pos::demo::demoBarcode(2)}, QStringLiteral("--code"), alipayCode("5678"));
    EXPECT_RUN(paid, kOk);
    const QString payment = paymentOf(paid);
    const PosctlRun refund =
        posctl(refundArguments(payment, QStringLiteral("2.00")) << QStringLiteral("--yes"));
    EXPECT_RUN(refund, kOk);
    EXPECT_TRUE(refund.out.contains(QStringLiteral("by_hand"))) << qPrintable(refund.out);

    const PosctlRun pending = posctl({QStringLiteral("pending")});
    EXPECT_RUN(pending, kOk);
    EXPECT_TRUE(pending.out.contains(QStringLiteral("by_hand %1R1").arg(payment)))
        << qPrintable(pending.out);

    const QStringList close{QStringLiteral("refund"),       QStringLiteral("--close-by-hand"),
                            payment + QStringLiteral("R1"), QStringLiteral("--reference"),
                            QStringLiteral("BANK-778"),     QStringLiteral("--supervisor"),
                            QStringLiteral("2001"),         QStringLiteral("--supervisor-pin"),
                            QStringLiteral("2468")};
    const PosctlRun closed = posctl(close);
    EXPECT_RUN(closed, kOk);
    EXPECT_TRUE(closed.out.contains(QStringLiteral("by_hand_done reference BANK-778")))
        << qPrintable(closed.out);
    const PosctlRun again = posctl(close);
    EXPECT_RUN(again, kRefused); // already closed
    const PosctlRun after = posctl({QStringLiteral("pending")});
    EXPECT_RUN(after, kOk);
    EXPECT_TRUE(after.out.contains(QStringLiteral("nothing pending"))) << qPrintable(after.out);
}

TEST_F(PosctlTest, ManualChannelPaymentWaitsForTheStatementThatSettlesIt)
{
    const QString ini = QString::fromUtf8(fileBytes(m_dir.filePath(QStringLiteral("pos.ini"))));
    ASSERT_TRUE(pos::test::writeFile(
        m_dir.filePath(QStringLiteral("pos.ini")),
        (ini + QStringLiteral("\n[payment_codes]\nsize=1\n1\\channel=manual\n1\\prefixes=77\n"
                              "1\\min_length=10\n1\\max_length=10\n"))
            .toUtf8()));
    const PosctlRun sold =
        sale({pos::demo::demoBarcode(0)}, QStringLiteral("--code"), QStringLiteral("7700000001"));
    EXPECT_RUN(sold, kPaymentPending);
    EXPECT_TRUE(sold.out.contains(QStringLiteral("pending_statement"))) << qPrintable(sold.out);
    const QString payment = paymentOf(sold);
    const PosctlRun pending = posctl({QStringLiteral("pending")});
    EXPECT_RUN(pending, kOk);
    EXPECT_TRUE(pending.out.contains(payment)) << qPrintable(pending.out);

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    ASSERT_TRUE(pos::test::writeFile(bad, "out_trade_no,amount\n"));
    const PosctlRun refused =
        posctl({QStringLiteral("statement"), QStringLiteral("--channel"), QStringLiteral("manual"),
                QStringLiteral("--date"), today, bad});
    EXPECT_RUN(refused, kBadInput);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("header"))) << qPrintable(refused.err);

    const QString good = m_dir.filePath(QStringLiteral("statement.csv"));
    const QString total = orderTotalOf(sold);
    ASSERT_TRUE(pos::test::writeFile(
        good, QStringLiteral("out_trade_no,amount,channel_trade_no\n%1,%2,BANK-1\n")
                  .arg(payment, total)
                  .toUtf8()));
    const PosctlRun settled =
        posctl({QStringLiteral("statement"), QStringLiteral("--channel"), QStringLiteral("manual"),
                QStringLiteral("--date"), today, good});
    EXPECT_RUN(settled, kOk);
    EXPECT_TRUE(settled.out.contains(QStringLiteral("paid 1 not_paid 0")))
        << qPrintable(settled.out);
    EXPECT_TRUE(orderLines().join(QLatin1Char('\n')).contains(QStringLiteral("paid")));
    const PosctlRun after = posctl({QStringLiteral("pending")});
    EXPECT_TRUE(after.out.contains(QStringLiteral("nothing pending"))) << qPrintable(after.out);
}

TEST_F(PosctlTest, PayFinishesAnOpenOrderInTwoTenders)
{
    // 4.50 refused by the channel: the order stays open.
    const PosctlRun refused =
        sale({pos::demo::demoBarcode(2)}, QStringLiteral("--code"), alipayCode("0001"));
    EXPECT_RUN(refused, kPaymentFailed);
    const QString orderId = orderIdOf(refused);
    const QStringList login{QStringLiteral("--cashier"), QStringLiteral("1001"),
                            QStringLiteral("--pin"), QStringLiteral("1234")};

    const PosctlRun cash =
        posctl(QStringList{QStringLiteral("pay"), QStringLiteral("--order"), orderId,
                           QStringLiteral("--cash"), QStringLiteral("2.00"),
                           QStringLiteral("--amount"), QStringLiteral("1.50")} +
               login);
    EXPECT_RUN(cash, kOk);
    EXPECT_TRUE(cash.out.contains(QStringLiteral("due 4.50"))) << qPrintable(cash.out);
    EXPECT_TRUE(cash.out.contains(QStringLiteral("change 0.50"))) << qPrintable(cash.out);
    EXPECT_TRUE(cash.out.contains(QStringLiteral("still due 3.00"))) << qPrintable(cash.out);

    const PosctlRun tooMuch =
        posctl(QStringList{QStringLiteral("pay"), QStringLiteral("--order"), orderId,
                           QStringLiteral("--code"), alipayCode("6789"), QStringLiteral("--amount"),
                           QStringLiteral("3.01")} +
               login);
    EXPECT_RUN(tooMuch, kRefused);

    const PosctlRun code =
        posctl(QStringList{QStringLiteral("pay"), QStringLiteral("--order"), orderId,
                           QStringLiteral("--code"), alipayCode("7890")} +
               login);
    EXPECT_RUN(code, kOk);
    EXPECT_TRUE(code.out.contains(QStringLiteral("order %1 paid").arg(orderId)))
        << qPrintable(code.out);
    const PosctlRun twice =
        posctl(QStringList{QStringLiteral("pay"), QStringLiteral("--order"), orderId,
                           QStringLiteral("--cash"), QStringLiteral("1.00")} +
               login);
    EXPECT_RUN(twice, kRefused); // paid once, never twice
}

TEST_F(PosctlTest, PendingListsAnInterruptedPaymentAndRecoverSettlesIt)
{
    const QString goodIni = QString::fromUtf8(fileBytes(m_dir.filePath(QStringLiteral("pos.ini"))));
    // The gateway is unreachable: the payment ends Unknown and the command exits pending.
    const quint16 closed = pos::test::closedLoopbackPort();
    ASSERT_NE(closed, 0);
    QString downIni = goodIni;
    downIni.replace(s_sandbox->gatewayUrl().toString(),
                    QStringLiteral("http://127.0.0.1:%1/gateway.do").arg(closed));
    downIni.replace(QStringLiteral("timeout_ms=3000"), QStringLiteral("timeout_ms=200"));
    downIni.replace(QStringLiteral("code_lifetime_ms=3000"),
                    QStringLiteral("code_lifetime_ms=300"));
    ASSERT_TRUE(pos::test::writeFile(m_dir.filePath(QStringLiteral("pos.ini")), downIni.toUtf8()));
    const PosctlRun down =
        sale({pos::demo::demoBarcode(0)}, QStringLiteral("--code"), alipayCode("1234"));
    EXPECT_RUN(down, kPaymentPending);
    const QString payment = paymentOf(down);
    ASSERT_FALSE(payment.isEmpty()) << qPrintable(down.out);

    const PosctlRun pending = posctl({QStringLiteral("pending")});
    EXPECT_RUN(pending, kOk);
    EXPECT_TRUE(pending.out.contains(QStringLiteral("attempt %1 unknown alipay 2.00").arg(payment)))
        << qPrintable(pending.out);
    const PosctlRun stillDown =
        posctl({QStringLiteral("recover"), QStringLiteral("--wait"), QStringLiteral("1")});
    EXPECT_RUN(stillDown, kPaymentPending);
    EXPECT_TRUE(stillDown.out.contains(QStringLiteral("still pending")))
        << qPrintable(stillDown.out);

    // The network is back: recovery asks, finds no trade, cancels to close the door.
    ASSERT_TRUE(pos::test::writeFile(m_dir.filePath(QStringLiteral("pos.ini")), goodIni.toUtf8()));
    const PosctlRun recovered =
        posctl({QStringLiteral("recover"), QStringLiteral("--wait"), QStringLiteral("20")});
    EXPECT_RUN(recovered, kOk);
    EXPECT_TRUE(recovered.out.contains(QStringLiteral("nothing pending")))
        << qPrintable(recovered.out);
    const PosctlRun query = posctl({QStringLiteral("query"), QStringLiteral("--payment"), payment});
    EXPECT_RUN(query, kOk);
    EXPECT_TRUE(query.out.contains(QStringLiteral("state     closed"))) << qPrintable(query.out);
    EXPECT_TRUE(query.out.contains(QStringLiteral("channel: failed"))) << qPrintable(query.out);
    const PosctlRun none = posctl({QStringLiteral("pending")});
    EXPECT_TRUE(none.out.contains(QStringLiteral("nothing pending"))) << qPrintable(none.out);
}

TEST_F(PosctlTest, QueryShowsTheStoredStateAndTheChannelsAnswer)
{
    const PosctlRun paid =
        sale({pos::demo::demoBarcode(2)}, QStringLiteral("--code"), alipayCode("0003"));
    EXPECT_RUN(paid, kOk);
    const QString payment = paymentOf(paid);
    const PosctlRun query = posctl({QStringLiteral("query"), QStringLiteral("--payment"), payment});
    EXPECT_RUN(query, kOk);
    EXPECT_TRUE(query.out.contains(QStringLiteral("state     succeeded"))) << qPrintable(query.out);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("channel: success trade_no \\d{22}"))
                    .match(query.out)
                    .hasMatch())
        << qPrintable(query.out);
    EXPECT_FALSE(query.out.contains(alipayCode("0003"))) << "the payment code is printed in full";
    const PosctlRun unknown =
        posctl({QStringLiteral("query"), QStringLiteral("--payment"), QStringLiteral("NOSUCHA1")});
    EXPECT_RUN(unknown, kBadInput);
}

// POST `json` to the sandbox's /admin/faults (waits in the event loop); the HTTP status.
int setFaults(const QUrl &url, const QByteArray &json)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.post(request, json);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

TEST_F(PosctlTest, QrWhosePrecreateNeverArrivedIsClosedWhenItsLifetimeEnds)
{
    // The precreate meets a 503: no trade exists, so query and close both answer "no such
    // trade". Once the QR's lifetime is over nobody can pay it: the attempt is closed instead of
    // being retried for ever (found by the crash harness with --faults).
    const QString ini = QString::fromUtf8(fileBytes(m_dir.filePath(QStringLiteral("pos.ini"))));
    ASSERT_TRUE(pos::test::writeFile(m_dir.filePath(QStringLiteral("pos.ini")),
                                     (ini + QStringLiteral("qr_lifetime_ms=1000\n")).toUtf8()));
    ASSERT_EQ(setFaults(s_sandbox->process().url(QStringLiteral("/admin/faults")),
                        QByteArrayLiteral(R"({"http_5xx_next":1})")),
              200);
    const PosctlRun run =
        sale({pos::demo::demoBarcode(2)}, QStringLiteral("--qr"), QStringLiteral("alipay"));
    EXPECT_RUN(run, kPaymentFailed);
    EXPECT_TRUE(run.out.contains(QStringLiteral(" closed"))) << qPrintable(run.out);
    const PosctlRun pending = posctl({QStringLiteral("pending")});
    EXPECT_RUN(pending, kOk);
    EXPECT_TRUE(pending.out.contains(QStringLiteral("nothing pending"))) << qPrintable(pending.out);
}

TEST_F(PosctlTest, ShiftCashCountAndDayEndCloseFromTheCommandLine)
{
    const QStringList cashier{QStringLiteral("--cashier"), QStringLiteral("1001"),
                              QStringLiteral("--pin"), QStringLiteral("1234")};
    const QStringList supervisor{QStringLiteral("--supervisor"), QStringLiteral("2001"),
                                 QStringLiteral("--supervisor-pin"), QStringLiteral("2468")};
    // EXPECT_RUN names its run several times: every command runs once, into a variable.
    const PosctlRun opened =
        posctl(QStringList{QStringLiteral("shift"), QStringLiteral("open")} + cashier +
               QStringList{QStringLiteral("--float"), QStringLiteral("500")});
    EXPECT_RUN(opened, kOk);
    const PosctlRun sold =
        sale({QStringLiteral("6901234500011")}, QStringLiteral("--cash"), QStringLiteral("10"));
    EXPECT_RUN(sold, kOk); // water ¥2.00
    const PosctlRun paidIn =
        posctl(QStringList{QStringLiteral("shift"), QStringLiteral("pay-in")} + cashier +
               QStringList{QStringLiteral("--amount"), QStringLiteral("50"),
                           QStringLiteral("--reason"), QStringLiteral("float top-up")});
    EXPECT_RUN(paidIn, kOk);

    const PosctlRun x = posctl({QStringLiteral("x")});
    EXPECT_RUN(x, kOk);
    EXPECT_TRUE(x.out.contains(QStringLiteral("2.00"))) << qPrintable(x.out);
    EXPECT_TRUE(x.out.contains(QStringLiteral("552.00"))) << "expected cash: " << qPrintable(x.out);

    // Expected 500 + 2 + 50 = 552.00; counted 551.00: short by one yuan.
    const QStringList close =
        QStringList{QStringLiteral("shift"), QStringLiteral("close")} + cashier +
        QStringList{QStringLiteral("--count"), QStringLiteral("100=5,50=1,1=1")};
    const PosctlRun withoutReason = posctl(close);
    EXPECT_RUN(withoutReason, kRefused); // a difference needs a reason
    const PosctlRun withoutSignOff =
        posctl(close + QStringList{QStringLiteral("--reason"), QStringLiteral("coin lost")});
    EXPECT_RUN(withoutSignOff, kAuthFailed); // and a supervisor's sign-off
    const PosctlRun closed = posctl(
        close + QStringList{QStringLiteral("--reason"), QStringLiteral("coin lost")} + supervisor);
    EXPECT_RUN(closed, kOk);
    EXPECT_TRUE(closed.out.contains(QStringLiteral("expected 552.00"))) << qPrintable(closed.out);
    EXPECT_TRUE(closed.out.contains(QStringLiteral("-1.00"))) << qPrintable(closed.out);

    const PosctlRun byCashier = posctl(
        QStringList{QStringLiteral("z"), QStringLiteral("--supervisor"), QStringLiteral("1001"),
                    QStringLiteral("--supervisor-pin"), QStringLiteral("1234")});
    EXPECT_RUN(byCashier, kAuthFailed); // a cashier cannot close the day
    const PosctlRun z = posctl(QStringList{QStringLiteral("z")} + supervisor);
    EXPECT_RUN(z, kOk);
    static const QRegularExpression closedLine(QStringLiteral("^Z 1 closed \\S+ (\\S+)$"),
                                               QRegularExpression::MultilineOption);
    const auto match = closedLine.match(z.out);
    ASSERT_TRUE(match.hasMatch()) << qPrintable(z.out);
    const QString date = match.captured(1);
    const PosctlRun again = posctl(QStringList{QStringLiteral("z")} + supervisor);
    EXPECT_RUN(again, kRefused); // a day closes once

    const QString csv = m_dir.filePath(QStringLiteral("z.csv"));
    const QString pdf = m_dir.filePath(QStringLiteral("z.pdf"));
    const PosctlRun shown =
        posctl({QStringLiteral("z"), QStringLiteral("--show"), QStringLiteral("--date"), date,
                QStringLiteral("--csv"), csv, QStringLiteral("--pdf"), pdf});
    EXPECT_RUN(shown, kOk);
    EXPECT_TRUE(QFile::exists(csv));
    EXPECT_GT(QFileInfo(pdf).size(), 1000);
    const PosctlRun history = posctl({QStringLiteral("z-history")});
    EXPECT_RUN(history, kOk);
    EXPECT_TRUE(history.out.startsWith(QStringLiteral("Z 1 ") + date)) << qPrintable(history.out);
}

} // namespace
