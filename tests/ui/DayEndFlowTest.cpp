// The supervisor's day-end screen (F8) on the real window: the supervisor gate, the X report
// on screen with its charts, an unresolved attempt blocking the Z close until carried over, the
// close printed at once, the Z history, and the exports read back.
#include "TerminalFixture.h"

#include "core/SettlementWriter.h"

#include "approval/SupervisorApproval.h"
#include "dayend/DayEndDialog.h"
#include "dayend/DayReportCharts.h"
#include "dayend/DayReportPanel.h"
#include "dayend/ZHistoryPanel.h"
#include "settlement/DayReportCsv.h"
#include "settlement/ReportService.h"
#include "shell/MoneyText.h"
#include "storage/PrintJobRepository.h"

#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QLabel>
#include <QPieSeries>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>

using namespace pos;

namespace {

class DayEndFlowTest : public test::TerminalFixture
{
protected:
    QDate today() const
    {
        return m_runtime->sale().calendar().businessDate(QDateTime::currentDateTime());
    }

    ui::DayEndDialog *openDayEnd()
    {
        pressOnWindow(Qt::Key_F8);
        ui::DayEndDialog *dialog = m_window->dayEndDialog();
        EXPECT_NE(dialog, nullptr);
        return dialog;
    }

    static void approve(ui::DayEndDialog *dialog, const QString &code, const QString &pin)
    {
        ui::SupervisorApproval *approval = dialog->approval();
        approval->codeField()->setText(code);
        approval->pinField()->setText(pin);
        QTest::mouseClick(approval->approveButton(), Qt::LeftButton);
        ASSERT_TRUE(test::waitUntil([approval] { return !approval->isChecking(); }));
    }

    static void waitIdle(ui::DayEndDialog *dialog)
    {
        ASSERT_TRUE(test::waitUntil([dialog] { return !dialog->isBusy(); }));
    }

    int reportJobs()
    {
        auto jobs = storage::PrintJobRepository(m_runtime->database()).recent(100);
        EXPECT_TRUE(jobs.ok());
        int reports = 0;
        for (const storage::PrintJob &job : jobs.value()) {
            reports += job.kind == storage::PrintJobKind::Report ? 1 : 0;
        }
        return reports;
    }
};

TEST_F(DayEndFlowTest, ACashierNeedsASupervisorAndTheXReportShowsTheDayWithItsCharts)
{
    startTerminal(false);
    login(QStringLiteral("1001"), QStringLiteral("1234"));
    const QString first = sellWaterForCash();
    const QString second = sellWaterForCash();
    ASSERT_FALSE(first.isEmpty());
    ASSERT_NE(first, second);

    ui::DayEndDialog *dialog = openDayEnd();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->supervisorConfirmed());
    approve(dialog, QStringLiteral("1002"), QStringLiteral("5678")); // a cashier: refused
    EXPECT_FALSE(dialog->supervisorConfirmed());
    EXPECT_TRUE(dialog->approval()->errorLabel()->text().contains(QStringLiteral("supervisor")))
        << dialog->approval()->errorLabel()->text().toStdString();

    QSignalSpy loaded(dialog, &ui::DayEndDialog::dayLoaded);
    approve(dialog, QStringLiteral("2001"), QStringLiteral("2468"));
    ASSERT_TRUE(dialog->supervisorConfirmed());
    ASSERT_TRUE(loaded.wait(10000) || loaded.size() > 0);
    waitIdle(dialog);

    // What the screen shows is what the core computes.
    auto expected = settlement::ReportService(m_runtime->database())
                        .xReport(m_runtime->config().identity.terminalId, today());
    ASSERT_TRUE(expected.ok());
    ASSERT_EQ(expected->salesCount, 2);
    ASSERT_TRUE(dialog->shownDay().has_value());
    EXPECT_FALSE(dialog->shownDay()->closed);
    EXPECT_EQ(dialog->shownDay()->report.salesAmount, expected->salesAmount);
    ui::DayReportPanel *panel = dialog->reportPanel();
    EXPECT_TRUE(panel->figure(QStringLiteral("sales"))
                    ->text()
                    .contains(ui::moneyText(expected->salesAmount)))
        << panel->figure(QStringLiteral("sales"))->text().toStdString();
    EXPECT_TRUE(panel->stateLabel()->text().contains(QStringLiteral("X report")));
    EXPECT_TRUE(
        panel->reportText()->toPlainText().contains(expected->salesAmount.toDecimalString()));

    // Charts: one bar per hour with sales, one slice per tender, amounts as in the report.
    QBarSeries *hours = panel->charts()->hourSeries();
    ASSERT_EQ(hours->count(), 1);
    ASSERT_EQ(hours->barSets().first()->count(), int(expected->byHour.size()));
    qint64 plottedFen = 0;
    for (int i = 0; i < hours->barSets().first()->count(); ++i) {
        plottedFen += qRound64(hours->barSets().first()->at(i) * 100);
    }
    EXPECT_EQ(plottedFen, expected->salesAmount.minor());
    QPieSeries *tenders = panel->charts()->tenderSeries();
    ASSERT_EQ(tenders->count(), 1);
    EXPECT_EQ(qRound64(tenders->sum() * 100), expected->salesAmount.minor());

    // The cashier's own view adds up to the terminal's here (one cashier sold everything).
    ASSERT_EQ(panel->scopeBox()->count(), 2);
    panel->scopeBox()->setCurrentIndex(1);
    ASSERT_TRUE(test::waitUntil([dialog] {
        return !dialog->isBusy() && dialog->shownDay() && dialog->shownDay()->report.cashierId;
    }));
    EXPECT_EQ(dialog->shownDay()->report.salesAmount, expected->salesAmount);
    EXPECT_FALSE(dialog->closeDayButton()->isEnabled()); // a day closes for the whole terminal
    dialog->resize(1024, 700);
    saveScreenshot(dialog, QStringLiteral("day-end-x-report.png"));
}

TEST_F(DayEndFlowTest, AnUnknownAttemptBlocksTheCloseUntilCarriedOverThenZIsPrintedAndKept)
{
    startTerminal(false);
    const QString terminal = m_runtime->config().identity.terminalId;
    const QDate day = today();
    test::SettlementWriter writer(m_runtime->database());
    const qint64 atMs = QDateTime::currentMSecsSinceEpoch();
    writer.openOrder(QStringLiteral("ORD-U1"), terminal, 0, day, atMs,
                     {{false, 1800, 1, 0, false}});
    writer.addAttempt(QStringLiteral("ORD-U1"), QStringLiteral("ORD-U1-A1"),
                      QStringLiteral("wechat"), QStringLiteral("payment_code"), 1800,
                      QStringLiteral("unknown"), atMs);
    login(QStringLiteral("2001"), QStringLiteral("2468"));
    sellWaterForCash();

    ui::DayEndDialog *dialog = openDayEnd();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->supervisorConfirmed()); // a supervisor at the counter goes straight in
    ASSERT_TRUE(test::waitUntil([dialog] { return !dialog->isBusy() && dialog->shownDay(); }));
    ui::DayReportPanel *panel = dialog->reportPanel();
    ASSERT_EQ(panel->unresolvedTable()->rowCount(), 1);
    EXPECT_EQ(panel->unresolvedTable()->item(0, 0)->text(), QStringLiteral("ORD-U1-A1"));

    // Closing is refused while the attempt may have taken money.
    QSignalSpy failed(dialog, &ui::DayEndDialog::failed);
    QTest::mouseClick(dialog->closeDayButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog->confirmCloseButton()->isVisible());
    QTest::mouseClick(dialog->confirmCloseButton(), Qt::LeftButton);
    ASSERT_TRUE(failed.wait(10000) || failed.size() > 0);
    EXPECT_EQ(failed.first().first().toString(), QStringLiteral("z.unresolved"));
    EXPECT_TRUE(dialog->messageLabel()->text().contains(QStringLiteral("ORD-U1-A1")))
        << dialog->messageLabel()->text().toStdString();
    EXPECT_EQ(reportJobs(), 0);

    // Carried over by the supervisor, the day closes with Z 1, printed at once.
    panel->unresolvedTable()->selectRow(0);
    ASSERT_TRUE(panel->carryOverButton()->isEnabled());
    QTest::mouseClick(panel->carryOverButton(), Qt::LeftButton);
    ASSERT_TRUE(test::waitUntil([panel, dialog] {
        return !dialog->isBusy() && panel->unresolvedTable()->rowCount() == 1 &&
               panel->unresolvedTable()->item(0, 5)->text().contains(QStringLiteral("2001"));
    }));
    QSignalSpy closed(dialog, &ui::DayEndDialog::dayClosed);
    QTest::mouseClick(dialog->closeDayButton(), Qt::LeftButton);
    QTest::mouseClick(dialog->confirmCloseButton(), Qt::LeftButton);
    ASSERT_TRUE(closed.wait(10000) || closed.size() > 0);
    EXPECT_EQ(closed.first().first().toLongLong(), 1);
    EXPECT_EQ(reportJobs(), 1);
    ASSERT_TRUE(test::waitUntil([dialog] {
        return !dialog->isBusy() && dialog->shownDay() && dialog->shownDay()->closed;
    }));
    EXPECT_FALSE(dialog->closeDayButton()->isEnabled());
    EXPECT_TRUE(panel->stateLabel()->text().contains(QStringLiteral("Z report No. 1")));

    // History lists it; opening it shows the stored snapshot, printed again as a reprint.
    ui::ZHistoryPanel *history = dialog->historyPanel();
    ASSERT_TRUE(test::waitUntil([history] { return history->table()->rowCount() == 1; }));
    EXPECT_EQ(history->table()->item(0, 0)->text(), QStringLiteral("1"));
    // No head office in this test: the Z waits in the outbox, and the screen says so.
    EXPECT_EQ(history->table()->item(0, 8)->text(), QStringLiteral("waiting"));
    dialog->tabs()->setCurrentWidget(history);
    history->table()->selectRow(0);
    QTest::mouseClick(history->openButton(), Qt::LeftButton);
    EXPECT_EQ(dialog->tabs()->currentWidget(), panel);
    waitIdle(dialog);
    auto stored = settlement::ReportService(m_runtime->database()).zReport(terminal, day);
    ASSERT_TRUE(stored.ok());
    ASSERT_TRUE(dialog->shownDay().has_value());
    EXPECT_EQ(dialog->shownDay()->report, stored.value());
    QTest::mouseClick(dialog->printButton(), Qt::LeftButton);
    EXPECT_EQ(reportJobs(), 2);

    // Exports: the CSV reads back to the stored Z, the PDF is a PDF.
    const QString csvPath = m_data.filePath(QStringLiteral("z1.csv"));
    const QString pdfPath = m_data.filePath(QStringLiteral("z1.pdf"));
    QStringList suggested;
    dialog->setFileChooser([&](QWidget *, const QString &name, const QString &) {
        suggested << name;
        return name.endsWith(QStringLiteral(".csv")) ? csvPath : pdfPath;
    });
    QTest::mouseClick(dialog->csvButton(), Qt::LeftButton);
    auto reread = settlement::fromCsv(test::readFile(csvPath));
    ASSERT_TRUE(reread.ok()) << reread.error().message.toStdString();
    EXPECT_EQ(reread.value(), stored.value());
    QSignalSpy exported(dialog, &ui::DayEndDialog::exported);
    QTest::mouseClick(dialog->pdfButton(), Qt::LeftButton);
    ASSERT_TRUE(exported.wait(20000) || exported.size() > 0);
    EXPECT_TRUE(test::readFile(pdfPath).startsWith("%PDF"));
    ASSERT_EQ(suggested.size(), 2);
    EXPECT_EQ(suggested[0],
              QStringLiteral("%1-%2-Z1.csv").arg(terminal, day.toString(Qt::ISODate)));
    dialog->resize(1024, 700);
    saveScreenshot(dialog, QStringLiteral("day-end-z-closed.png"));
}

TEST_F(DayEndFlowTest, AnExportThatCannotBeWrittenSaysSoAndKeepsTheScreen)
{
    startTerminal(false);
    login(QStringLiteral("2001"), QStringLiteral("2468"));
    ui::DayEndDialog *dialog = openDayEnd();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(test::waitUntil([dialog] { return !dialog->isBusy() && dialog->shownDay(); }));
    const QString missingFolder = m_data.filePath(QStringLiteral("no/such/folder/report"));
    dialog->setFileChooser([&](QWidget *, const QString &name, const QString &) {
        return missingFolder + name.right(4);
    });
    QTest::mouseClick(dialog->csvButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog->messageLabel()->text().contains(QStringLiteral("CSV not written")))
        << dialog->messageLabel()->text().toStdString();
    QTest::mouseClick(dialog->pdfButton(), Qt::LeftButton);
    ASSERT_TRUE(test::waitUntil([dialog] {
        return !dialog->isBusy() &&
               dialog->messageLabel()->text().contains(QStringLiteral("PDF not written"));
    })) << dialog->messageLabel()->text().toStdString();
    EXPECT_TRUE(dialog->isVisible());
}

} // namespace
