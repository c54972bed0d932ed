#pragma once

#include "domain/PaymentAttempt.h"
#include "domain/Refund.h"

#include <QDialog>
#include <QPointer>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pos::runtime {
class TerminalRuntime;
}

namespace pos::ui {

class CloseByHandDialog;

// What is not settled yet (F9): payment attempts waiting for a channel (Pending-Statement ones
// highlighted: only the channel's statement can settle them), refunds under way, and the
// refund-by-hand tasks a supervisor closes with a reference. Refreshed whenever an attempt or
// a refund changes.
class PendingDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PendingDialog(runtime::TerminalRuntime &runtime, QWidget *parent = nullptr);

    void refresh();
    // Opens the close dialog for the selected refund-by-hand task.
    void closeSelectedTask();

    QTableWidget *attemptsTable() const { return m_attempts; }
    QTableWidget *refundsTable() const { return m_refunds; }
    QTableWidget *byHandTable() const { return m_byHand; }
    QPushButton *closeTaskButton() const { return m_closeTask; }
    CloseByHandDialog *closeTaskDialog() const;

private:
    void fillAttempts(const std::vector<PaymentAttempt> &attempts);
    void fillRefunds(const std::vector<Refund> &refunds);
    void fillByHand(const std::vector<Refund> &tasks);

    runtime::TerminalRuntime &m_runtime;
    QLabel *m_summary;
    QTableWidget *m_attempts;
    QTableWidget *m_refunds;
    QTableWidget *m_byHand;
    QPushButton *m_closeTask;
    QLabel *m_error;
    std::vector<Refund> m_tasks;
    QPointer<CloseByHandDialog> m_closeDialog;
};

} // namespace pos::ui
