#pragma once

#include "dayend/DayEndTasks.h"
#include "domain/Cashier.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QWidget;

namespace pos::storage {
class Database;
}
namespace pos::devices {
class PrintSpooler;
}

namespace pos::ui {

class DayReportPanel;
class SupervisorApproval;
class ZHistoryPanel;

struct DayEndContext
{
    QString databasePath; // the terminal's SQLite file: reports run on their own connection
    QString terminalId;
    QDate currentBusinessDate;
};

// The supervisor's day-end screen (日结): the X report of any day and scope on screen with its
// charts, carry-over of unresolved attempts, the Z close (printed at once), the Z history, and
// print / PDF / CSV of whatever is shown (a closed day's stored Z: a reprint). A cashier gets a
// supervisor prompt first. Reports are computed off the GUI thread; a bar shows the work.
class DayEndDialog : public QDialog
{
    Q_OBJECT

public:
    // Where to save an export: a path, or empty to cancel. Default: a save-file dialog.
    using FileChooser =
        std::function<QString(QWidget *parent, const QString &suggested, const QString &filter)>;

    DayEndDialog(storage::Database &database, devices::PrintSpooler &printer, DayEndContext context,
                 const Cashier &current, QWidget *parent = nullptr);

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    bool isBusy() const { return m_busy > 0; }
    const std::optional<LoadedDay> &shownDay() const { return m_shown; }
    bool supervisorConfirmed() const { return m_supervisor.has_value(); }

    SupervisorApproval *approval() const { return m_approval; }
    QTabWidget *tabs() const { return m_tabs; }
    DayReportPanel *reportPanel() const { return m_panel; }
    ZHistoryPanel *historyPanel() const { return m_history; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *csvButton() const { return m_csv; }
    QPushButton *closeDayButton() const { return m_closeDay; }
    QPushButton *confirmCloseButton() const { return m_confirmClose; }
    QLabel *messageLabel() const { return m_message; }

public slots:
    void reload();
    // Reads the Z history again (also when an upload to head office moved on).
    void reloadHistory();

signals:
    void dayLoaded();
    void historyLoaded();
    void dayClosed(qint64 zNumber);
    void exported(const QString &path);
    void failed(const QString &message);

private:
    QWidget *makeMainPage();
    QWidget *makeActions();
    void onApproved(const Cashier &approver);
    void enterMainPage();
    void openClosedDay(const QDate &date);
    void askCloseDay();
    void closeDay();
    void carryOver(const QString &outTradeNo);
    void printShown();
    void printReport(const settlement::DayReport &report);
    void exportPdf();
    void exportCsv();
    QString suggestedName(const QString &suffix) const;
    void beginWork();
    void endWork();
    void showMessage(const QString &text, bool problem);
    void updateActions();

    storage::Database &m_database;
    devices::PrintSpooler &m_printer;
    DayEndContext m_context;
    std::optional<Cashier> m_supervisor;
    FileChooser m_chooseFile;
    std::optional<LoadedDay> m_shown;
    int m_busy = 0;

    QStackedWidget *m_pages;
    SupervisorApproval *m_approval;
    QTabWidget *m_tabs = nullptr;
    DayReportPanel *m_panel = nullptr;
    ZHistoryPanel *m_history = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_closeDay = nullptr;
    QWidget *m_confirmBar = nullptr;
    QLabel *m_confirmText = nullptr;
    QPushButton *m_confirmClose = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace pos::ui
