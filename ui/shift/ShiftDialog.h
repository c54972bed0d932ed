#pragma once

#include "domain/Cashier.h"
#include "money/Money.h"
#include "settlement/ShiftService.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QCloseEvent;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace pos::storage {
class Database;
}

namespace pos::ui {

class CashCountWidget;
class ShiftFiguresView;
class SupervisorApproval;

// The cashier's shift (班次, F7), showing what fits the terminal: open a shift with its float;
// the own open shift's figures with pay-in (Ctrl+I), pay-out (Ctrl+U), close (Ctrl+E) and
// hand-over (Ctrl+H); or whose shift is open instead, which a supervisor may close. Closing and
// handing over count the drawer by denomination; with a blind count the expected cash is never
// shown before the count is submitted, and the submitted count is frozen. Every rule (reasons,
// sign-off, over/short, who may act) is ShiftService's; its refusals are shown as they come.
// Esc goes back one page (closes the dialog on the first and last pages).
class ShiftDialog : public QDialog
{
    Q_OBJECT
public:
    enum Page
    {
        kOpen,
        kOverview,
        kMovement,
        kCount,
        kApproval,
        kNextCashier,
        kResult,
        kOtherShift
    };

    ShiftDialog(settlement::ShiftService &shifts, storage::Database &database,
                const QString &terminalId, const QDate &businessDate, const Cashier &cashier,
                bool blindCount, QWidget *parent = nullptr);

    Page page() const;
    std::optional<settlement::Shift> shift() const { return m_shift; }

    // What the shortcuts do (each only on the page it belongs to).
    void startPayIn();
    void startPayOut();
    void startClose();
    void startHandOver();
    void submitCount();

    QLineEdit *floatField() const { return m_float; }
    QPushButton *openButton() const { return m_openButton; }
    ShiftFiguresView *figures() const { return m_figures; }
    QLabel *blindNote() const { return m_blindNote; }
    QPushButton *payInButton() const { return m_payInButton; }
    QPushButton *payOutButton() const { return m_payOutButton; }
    QPushButton *closeShiftButton() const { return m_closeShiftButton; }
    QPushButton *handOverButton() const { return m_handOverButton; }
    QLineEdit *amountField() const { return m_amount; }
    QLineEdit *movementReasonField() const { return m_movementReason; }
    QPushButton *movementButton() const { return m_movementButton; }
    CashCountWidget *countWidget() const { return m_count; }
    QLineEdit *closeReasonField() const { return m_closeReason; }
    QPushButton *submitButton() const { return m_submitButton; }
    SupervisorApproval *approval() const { return m_approval; }
    SupervisorApproval *nextCashierApproval() const { return m_nextCashier; }
    ShiftFiguresView *resultFigures() const { return m_resultFigures; }
    QLabel *resultTitle() const { return m_resultTitle; }
    QLabel *resultNote() const { return m_resultNote; }
    QLabel *otherShiftInfo() const { return m_otherInfo; }
    QPushButton *supervisorCloseButton() const { return m_supervisorClose; }
    QPushButton *backButton() const { return m_back; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void shiftOpened(const pos::settlement::Shift &shift);
    void cashMoved(qint64 movementId, bool payIn, const pos::Money &amount);
    void shiftClosed(const pos::settlement::ShiftClosing &closing);
    void handedOver(const pos::settlement::ShiftHandOver &handOver);

protected:
    void reject() override;                       // Esc: one page back
    void closeEvent(QCloseEvent *event) override; // the window's close button: closes
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Purpose
    {
        Close,
        HandOver
    };
    enum class Approval
    {
        SignOff, // of an over/short
        TakeOver // a supervisor closes another cashier's shift
    };

    QWidget *buildOpenPage();
    QWidget *buildOverviewPage();
    QWidget *buildMovementPage();
    QWidget *buildCountPage();
    QWidget *buildResultPage();
    QWidget *buildOtherShiftPage();
    void showPage(Page page);
    void showMessage(const QString &text, bool isError);
    void showError(const Error &error);
    void refresh();
    void refreshOverview();
    void openShift();
    void moveCash();
    Status startCount(Purpose purpose, const Cashier &actor);
    void sendCount();
    void onRefused(const Error &error);
    void freezeIfSubmitted();
    void onApproved(const pos::Cashier &approver);
    void onNextCashier(const pos::Cashier &next);
    void showResult(const settlement::ShiftClosing &closing,
                    const std::optional<settlement::Shift> &next);
    QString cashierName(qint64 cashierId) const;

    settlement::ShiftService &m_shifts;
    storage::Database &m_database;
    QString m_terminalId;
    QDate m_businessDate;
    Cashier m_cashier;
    bool m_blindCount;

    std::optional<settlement::Shift> m_shift;
    bool m_payIn = true;
    Purpose m_purpose = Purpose::Close;
    Approval m_approvalFor = Approval::SignOff;
    std::optional<Cashier> m_signOff;
    std::optional<Cashier> m_next;

    QStackedWidget *m_pages;
    QLineEdit *m_float;
    QPushButton *m_openButton;
    QLabel *m_overviewTitle;
    ShiftFiguresView *m_figures;
    QLabel *m_blindNote;
    QPushButton *m_payInButton;
    QPushButton *m_payOutButton;
    QPushButton *m_closeShiftButton;
    QPushButton *m_handOverButton;
    QLabel *m_movementTitle;
    QLineEdit *m_amount;
    QLineEdit *m_movementReason;
    QPushButton *m_movementButton;
    QLabel *m_countTitle;
    QLabel *m_countHint;
    CashCountWidget *m_count;
    QLabel *m_closeReasonLabel;
    QLineEdit *m_closeReason;
    QPushButton *m_submitButton;
    SupervisorApproval *m_approval;
    SupervisorApproval *m_nextCashier;
    QLabel *m_resultTitle;
    ShiftFiguresView *m_resultFigures;
    QLabel *m_resultNote;
    QPushButton *m_doneButton;
    QLabel *m_otherInfo;
    QPushButton *m_supervisorClose;
    QLabel *m_message;
    QPushButton *m_back;
};

} // namespace pos::ui
