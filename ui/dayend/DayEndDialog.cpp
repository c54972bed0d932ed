#include "dayend/DayEndDialog.h"

#include "approval/SupervisorApproval.h"
#include "dayend/DayReportPanel.h"
#include "dayend/OwnConnectionTask.h"
#include "dayend/ZHistoryPanel.h"
#include "printer/PrintSpooler.h"
#include "report/DayReportLayout.h"
#include "report/DayReportPdf.h"
#include "report/ReportLabels.h"
#include "settlement/DayEndAccess.h"
#include "settlement/DayReportCsv.h"
#include "settlement/ReportService.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pos::ui {

namespace {

QString defaultChooseFile(QWidget *parent, const QString &suggested, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, QObject::tr("Export"), suggested, filter);
}

} // namespace

DayEndDialog::DayEndDialog(storage::Database &database, devices::PrintSpooler &printer,
                           DayEndContext context, const Cashier &current, QWidget *parent)
    : QDialog(parent), m_database(database), m_printer(printer), m_context(std::move(context)),
      m_chooseFile(defaultChooseFile), m_pages(new QStackedWidget(this)),
      m_approval(new SupervisorApproval(database, this))
{
    setObjectName(QStringLiteral("dayEndDialog"));
    setWindowTitle(tr("Day end (日结) – terminal %1").arg(m_context.terminalId));
    resize(1000, 680);
    m_approval->setPrompt(
        tr("The day-end screen is for supervisors. Supervisor code and PIN, please."));
    m_pages->addWidget(m_approval);
    m_pages->addWidget(makeMainPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    connect(m_approval, &SupervisorApproval::approved, this, &DayEndDialog::onApproved);

    if (settlement::requireDayEndSupervisor(current)) {
        m_supervisor = current;
        enterMainPage();
    } else {
        m_approval->codeField()->setFocus();
    }
}

QWidget *DayEndDialog::makeMainPage()
{
    auto *page = new QWidget(this);
    m_panel = new DayReportPanel(m_context.currentBusinessDate, m_printer.columns(), page);
    m_history = new ZHistoryPanel(page);
    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("dayEndTabs"));
    m_tabs->addTab(m_panel, tr("Day report (F5 refresh)"));
    m_tabs->addTab(m_history, tr("Z history"));
    m_message = new QLabel(page);
    m_message->setObjectName(QStringLiteral("dayEndMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("dayEndProgress"));
    m_progress->setRange(0, 0); // how long a report takes is not known in advance
    m_progress->setMaximumHeight(8);
    m_progress->setTextVisible(false);
    m_progress->hide();

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(makeActions());

    connect(m_panel, &DayReportPanel::reloadRequested, this, &DayEndDialog::reload);
    connect(m_panel, &DayReportPanel::carryOverRequested, this, &DayEndDialog::carryOver);
    connect(m_history, &ZHistoryPanel::openRequested, this, &DayEndDialog::openClosedDay);
    connect(new QShortcut(Qt::Key_F5, page), &QShortcut::activated, this, &DayEndDialog::reload);
    return page;
}

QWidget *DayEndDialog::makeActions()
{
    auto *box = new QWidget(this);
    m_print = new QPushButton(tr("Print (Ctrl+P)"), box);
    m_pdf = new QPushButton(tr("PDF (Ctrl+D)"), box);
    m_csv = new QPushButton(tr("CSV (Ctrl+S)"), box);
    m_closeDay = new QPushButton(tr("Close day – Z (Ctrl+Z)"), box);
    m_print->setObjectName(QStringLiteral("dayEndPrint"));
    m_pdf->setObjectName(QStringLiteral("dayEndPdf"));
    m_csv->setObjectName(QStringLiteral("dayEndCsv"));
    m_closeDay->setObjectName(QStringLiteral("dayEndClose"));
    m_print->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_csv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_closeDay->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));

    m_confirmBar = new QWidget(box);
    m_confirmText = new QLabel(m_confirmBar);
    m_confirmText->setWordWrap(true);
    m_confirmClose = new QPushButton(tr("Confirm close (Enter)"), m_confirmBar);
    m_confirmClose->setObjectName(QStringLiteral("dayEndConfirmClose"));
    auto *cancel = new QPushButton(tr("Not now"), m_confirmBar);
    auto *confirmRow = new QHBoxLayout(m_confirmBar);
    confirmRow->setContentsMargins(0, 0, 0, 0);
    confirmRow->addWidget(m_confirmText, 1);
    confirmRow->addWidget(m_confirmClose);
    confirmRow->addWidget(cancel);
    m_confirmBar->setStyleSheet(QStringLiteral("background: #fff3cd;"));
    m_confirmBar->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_csv);
    buttons->addStretch(1);
    buttons->addWidget(m_closeDay);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_confirmBar);
    layout->addLayout(buttons);

    connect(m_print, &QPushButton::clicked, this, &DayEndDialog::printShown);
    connect(m_pdf, &QPushButton::clicked, this, &DayEndDialog::exportPdf);
    connect(m_csv, &QPushButton::clicked, this, &DayEndDialog::exportCsv);
    connect(m_closeDay, &QPushButton::clicked, this, &DayEndDialog::askCloseDay);
    connect(m_confirmClose, &QPushButton::clicked, this, &DayEndDialog::closeDay);
    connect(cancel, &QPushButton::clicked, m_confirmBar, &QWidget::hide);
    updateActions();
    return box;
}

void DayEndDialog::onApproved(const Cashier &approver)
{
    if (auto allowed = settlement::requireDayEndSupervisor(approver); !allowed) {
        m_approval->showError(
            tr("%1 is not a supervisor: the day end needs a supervisor.").arg(approver.name));
        return;
    }
    m_supervisor = approver;
    enterMainPage();
}

void DayEndDialog::enterMainPage()
{
    m_pages->setCurrentIndex(1);
    reload();
    reloadHistory();
}

void DayEndDialog::reload()
{
    if (!m_supervisor) {
        return;
    }
    m_confirmBar->hide();
    beginWork();
    const QString terminal = m_context.terminalId;
    const QDate date = m_panel->date();
    const std::optional<qint64> cashier = m_panel->cashierId();
    runOnOwnConnection<LoadedDay>(
        this, m_context.databasePath,
        [terminal, date, cashier](storage::Database &database) {
            return loadDay(database, terminal, date, cashier);
        },
        [this, date, cashier](Result<LoadedDay> loaded) {
            endWork();
            if (date != m_panel->date() || cashier != m_panel->cashierId()) {
                return; // the supervisor moved on; the newer request answers
            }
            if (!loaded) {
                m_shown.reset();
                showMessage(tr("The report could not be made: %1").arg(loaded.error().message),
                            true);
            } else {
                m_shown = std::move(loaded).value();
                m_panel->showDay(*m_shown);
            }
            updateActions();
            emit dayLoaded();
        });
}

void DayEndDialog::reloadHistory()
{
    beginWork();
    const QString terminal = m_context.terminalId;
    runOnOwnConnection<std::vector<ZHistoryEntry>>(
        this, m_context.databasePath,
        [terminal](storage::Database &database) { return loadZHistory(database, terminal); },
        [this](Result<std::vector<ZHistoryEntry>> history) {
            endWork();
            if (!history) {
                showMessage(tr("The Z history could not be read: %1").arg(history.error().message),
                            true);
            } else {
                m_history->showHistory(history.value());
            }
            emit historyLoaded();
        });
}

void DayEndDialog::openClosedDay(const QDate &date)
{
    m_panel->setDate(date);
    m_panel->showAllCashiers();
    m_tabs->setCurrentWidget(m_panel);
    reload();
}

void DayEndDialog::askCloseDay()
{
    if (!m_shown || m_shown->closed || isBusy()) {
        return;
    }
    m_confirmText->setText(tr("Close business day %1 of terminal %2 with the next Z number? "
                              "The Z report cannot be changed afterwards; it is printed and "
                              "queued for head office.")
                               .arg(m_panel->date().toString(Qt::ISODate), m_context.terminalId));
    m_confirmBar->show();
    m_confirmClose->setDefault(true);
    m_confirmClose->setFocus();
}

void DayEndDialog::closeDay()
{
    m_confirmBar->hide();
    if (!m_supervisor || isBusy()) {
        return;
    }
    beginWork();
    const QString terminal = m_context.terminalId;
    const QDate date = m_panel->date();
    const Cashier supervisor = *m_supervisor;
    runOnOwnConnection<settlement::DayReport>(
        this, m_context.databasePath,
        [terminal, date, supervisor](storage::Database &database) {
            return settlement::ReportService(database).closeDay(terminal, date, supervisor);
        },
        [this](Result<settlement::DayReport> closed) {
            endWork();
            if (!closed) {
                showMessage(tr("The day is not closed: %1").arg(closed.error().message), true);
                emit failed(closed.error().code);
                return;
            }
            m_panel->showAllCashiers();
            printReport(closed.value());
            showMessage(tr("Z report No. %1 closed and sent to the printer.").arg(closed->zNumber),
                        false);
            reload();
            reloadHistory();
            emit dayClosed(closed->zNumber);
        });
}

void DayEndDialog::carryOver(const QString &outTradeNo)
{
    if (!m_supervisor || isBusy()) {
        return;
    }
    beginWork();
    const Cashier supervisor = *m_supervisor;
    runOnOwnConnection<Done>(
        this, m_context.databasePath,
        [outTradeNo, supervisor](storage::Database &database) {
            return settlement::ReportService(database).carryOver(outTradeNo, supervisor);
        },
        [this, outTradeNo](Status carried) {
            endWork();
            if (!carried) {
                showMessage(
                    tr("%1 was not carried over: %2").arg(outTradeNo, carried.error().message),
                    true);
                return;
            }
            showMessage(
                tr("%1 carried over: its result will be booked when it comes.").arg(outTradeNo),
                false);
            reload();
        });
}

void DayEndDialog::printShown()
{
    if (m_shown) {
        printReport(m_shown->report);
    }
}

void DayEndDialog::printReport(const settlement::DayReport &report)
{
    const QDateTime now = QDateTime::currentDateTime();
    auto queued = m_printer.printDocument(
        storage::PrintJobKind::Report, QString(),
        devices::DayReportLayout::toEscPos(report, now, m_printer.columns()),
        devices::DayReportLayout::renderText(report, now, m_printer.columns()));
    if (!queued) {
        showMessage(tr("Not printed: %1").arg(queued.error().message), true);
        return;
    }
    showMessage(tr("%1 sent to the printer.").arg(devices::ReportLabels::title(report)), false);
}

QString DayEndDialog::suggestedName(const QString &suffix) const
{
    const settlement::DayReport &report = m_shown->report;
    QString name = QStringLiteral("%1-%2-%3")
                       .arg(m_context.terminalId, report.businessDate.toString(Qt::ISODate),
                            report.type == settlement::DayReport::Type::Z
                                ? QStringLiteral("Z%1").arg(report.zNumber)
                                : QStringLiteral("X"));
    if (report.cashierId) {
        name += QStringLiteral("-cashier%1").arg(*report.cashierId);
    }
    return name + suffix;
}

void DayEndDialog::exportPdf()
{
    if (!m_shown || isBusy()) {
        return;
    }
    const QString path =
        m_chooseFile(this, suggestedName(QStringLiteral(".pdf")), tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    beginWork();
    const settlement::DayReport report = m_shown->report;
    runOffThread<Done>(
        this, [report, path] { return devices::DayReportPdf::writePdf(report, path); },
        [this, path](Status written) {
            endWork();
            if (!written) {
                showMessage(tr("PDF not written: %1").arg(written.error().message), true);
                return;
            }
            showMessage(tr("PDF written: %1").arg(path), false);
            emit exported(path);
        });
}

void DayEndDialog::exportCsv()
{
    if (!m_shown) {
        return;
    }
    const QString path =
        m_chooseFile(this, suggestedName(QStringLiteral(".csv")), tr("CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    const QByteArray csv = settlement::toCsv(m_shown->report);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv) != csv.size() ||
        !file.flush()) {
        showMessage(tr("CSV not written to %1: %2").arg(path, file.errorString()), true);
        return;
    }
    file.close();
    showMessage(tr("CSV written: %1").arg(path), false);
    emit exported(path);
}

void DayEndDialog::beginWork()
{
    ++m_busy;
    m_progress->show();
    updateActions();
}

void DayEndDialog::endWork()
{
    m_busy = std::max(0, m_busy - 1);
    m_progress->setVisible(m_busy > 0);
    updateActions();
}

void DayEndDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

void DayEndDialog::updateActions()
{
    const bool shown = m_shown.has_value();
    m_print->setEnabled(shown);
    m_pdf->setEnabled(shown && !isBusy());
    m_csv->setEnabled(shown);
    m_closeDay->setEnabled(shown && !m_shown->closed && !m_shown->report.cashierId && !isBusy());
}

} // namespace pos::ui
