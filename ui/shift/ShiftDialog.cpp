#include "shift/ShiftDialog.h"

#include "approval/SupervisorApproval.h"
#include "shell/CashierLabel.h"
#include "shell/MoneyText.h"
#include "shift/CashCountWidget.h"
#include "shift/ShiftFiguresView.h"
#include "shift/ShiftText.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>

namespace pos::ui {

namespace {
QString timeText(qint64 epochMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(epochMs), QLocale::ShortFormat);
}
} // namespace

ShiftDialog::Page ShiftDialog::page() const
{
    return Page(m_pages->currentIndex());
}

void ShiftDialog::showPage(Page page)
{
    m_pages->setCurrentIndex(page);
    const bool leaves = page == kOpen || page == kOverview || page == kOtherShift;
    m_back->setText(leaves ? tr("Close (Esc)") : tr("Back (Esc)"));
    m_back->setVisible(page != kResult);
    switch (page) {
    case kOpen:
        m_float->setFocus();
        m_float->selectAll();
        break;
    case kOverview:
        m_payInButton->setFocus();
        break;
    case kMovement:
        m_amount->setFocus();
        break;
    case kCount:
        if (m_closeReason->isVisible()) {
            m_closeReason->setFocus();
        } else {
            m_count->focusFirstRow();
        }
        break;
    case kApproval:
        m_approval->reset();
        break;
    case kNextCashier:
        m_nextCashier->reset();
        break;
    case kResult:
        m_doneButton->setFocus();
        break;
    case kOtherShift:
        m_supervisorClose->setFocus();
        break;
    }
}

void ShiftDialog::showMessage(const QString &text, bool isError)
{
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
    m_message->setText(text);
}

void ShiftDialog::showError(const Error &error)
{
    showMessage(shiftErrorText(error), true);
}

QString ShiftDialog::cashierName(qint64 cashierId) const
{
    return cashierLabel(m_database, cashierId).value_or(tr("cashier %1").arg(cashierId));
}

void ShiftDialog::refresh()
{
    auto open = m_shifts.openShiftOn(m_terminalId);
    if (!open) {
        showError(open.error());
        return;
    }
    m_shift = open.value();
    if (!m_shift) {
        showPage(kOpen);
        return;
    }
    if (m_shift->cashierId == m_cashier.id) {
        refreshOverview();
        showPage(kOverview);
        return;
    }
    m_otherInfo->setText(
        tr("%1 has had shift %2 open on this terminal since %3. Only one shift can be open at a "
           "time: a supervisor closes it with a count of the drawer before you open yours.")
            .arg(cashierName(m_shift->cashierId))
            .arg(m_shift->id)
            .arg(timeText(m_shift->openedAtMs)));
    showPage(kOtherShift);
}

void ShiftDialog::refreshOverview()
{
    if (!m_shift) {
        return;
    }
    m_overviewTitle->setText(
        tr("Shift %1 · %2 · open since %3")
            .arg(m_shift->id)
            .arg(cashierName(m_shift->cashierId), timeText(m_shift->openedAtMs)));
    auto cash = m_shifts.expectedCash(m_shift->id);
    if (!cash) {
        if (cash.error().code != QLatin1String("shift.blind_count")) {
            showError(cash.error());
            return;
        }
        m_figures->displayFloatOnly(m_shift->openingFloat);
        m_blindNote->setText(tr("Blind count under way: the figures and the expected cash are "
                                "shown once the count is submitted."));
        m_blindNote->show();
        return;
    }
    const bool hideExpected = m_blindCount && !m_shift->counted;
    m_figures->display(cash.value(), !hideExpected);
    m_blindNote->setText(
        tr("Blind count: the expected cash is shown once the count is submitted."));
    m_blindNote->setVisible(hideExpected);
}

void ShiftDialog::openShift()
{
    if (page() != kOpen) {
        return;
    }
    auto amount = Money::parse(m_float->text(), m_shifts.policy().currency);
    if (!amount) {
        showMessage(tr("'%1' is not an amount. Type e.g. 200 or 200.00.").arg(m_float->text()),
                    true);
        m_float->setFocus();
        m_float->selectAll();
        return;
    }
    auto opened = m_shifts.openShift(m_terminalId, m_cashier, m_businessDate, amount.value());
    if (!opened) {
        showError(opened.error());
        return;
    }
    m_shift = opened.value();
    emit shiftOpened(opened.value());
    accept();
}

void ShiftDialog::startPayIn()
{
    if (page() != kOverview) {
        return;
    }
    m_payIn = true;
    m_movementTitle->setText(tr("Pay in: cash put into the drawer"));
    m_movementButton->setText(tr("Pay in (Enter)"));
    m_amount->clear();
    m_movementReason->clear();
    showMessage({}, false);
    showPage(kMovement);
}

void ShiftDialog::startPayOut()
{
    if (page() != kOverview) {
        return;
    }
    m_payIn = false;
    m_movementTitle->setText(tr("Pay out: cash taken out of the drawer"));
    m_movementButton->setText(tr("Pay out (Enter)"));
    m_amount->clear();
    m_movementReason->clear();
    showMessage({}, false);
    showPage(kMovement);
}

void ShiftDialog::moveCash()
{
    if (page() != kMovement || !m_shift) {
        return;
    }
    auto amount = Money::parse(m_amount->text(), m_shifts.policy().currency);
    if (!amount) {
        showMessage(tr("'%1' is not an amount. Type e.g. 50 or 12.50.").arg(m_amount->text()),
                    true);
        m_amount->setFocus();
        m_amount->selectAll();
        return;
    }
    auto moved =
        m_payIn ? m_shifts.payIn(m_shift->id, amount.value(), m_movementReason->text(), m_cashier)
                : m_shifts.payOut(m_shift->id, amount.value(), m_movementReason->text(), m_cashier);
    if (!moved) {
        showError(moved.error());
        const bool aboutReason = moved.error().code.startsWith(QLatin1String("shift.reason"));
        QLineEdit *field = aboutReason ? m_movementReason : m_amount;
        field->setFocus();
        field->selectAll();
        return;
    }
    refreshOverview();
    showPage(kOverview);
    showMessage(m_payIn
                    ? tr("Paid in %1: put it in the drawer.").arg(moneyText(amount.value()))
                    : tr("Paid out %1: take it from the drawer.").arg(moneyText(amount.value())),
                false);
    emit cashMoved(moved.value(), m_payIn, amount.value());
}

void ShiftDialog::startClose()
{
    if (page() != kOverview || !m_shift) {
        return;
    }
    if (auto started = startCount(Purpose::Close, m_cashier); !started) {
        showError(started.error());
    }
}

void ShiftDialog::startHandOver()
{
    if (page() != kOverview || !m_shift) {
        return;
    }
    if (auto started = startCount(Purpose::HandOver, m_cashier); !started) {
        showError(started.error());
    }
}

Status ShiftDialog::startCount(Purpose purpose, const Cashier &actor)
{
    if (auto allowed = m_shifts.mayClose(m_shift->id, actor); !allowed) {
        return allowed;
    }
    if (m_blindCount) {
        if (auto begun = m_shifts.beginBlindCount(m_shift->id); !begun) {
            return begun;
        }
    }
    if (auto current = m_shifts.shift(m_shift->id); current) {
        m_shift = current.value();
    }
    m_purpose = purpose;
    m_signOff.reset();
    m_next.reset();
    m_count->setReadOnly(false);
    m_count->clear();
    m_closeReason->clear();
    m_closeReasonLabel->hide();
    m_closeReason->hide();
    const QString name = cashierName(m_shift->cashierId);
    m_countTitle->setText(purpose == Purpose::Close
                              ? tr("Close the shift of %1: count the drawer").arg(name)
                              : tr("Hand over the shift of %1: count the drawer").arg(name));
    m_submitButton->setText(purpose == Purpose::Close
                                ? tr("Submit count (Ctrl+Enter)")
                                : tr("Submit count, then next cashier (Ctrl+Enter)"));
    if (m_shift->blind && m_shift->counted) {
        m_countHint->setText(tr("The blind count of this shift was already submitted (%1): enter "
                                "the same count again.")
                                 .arg(moneyText(m_shift->counted.value())));
    } else if (m_shift->blind) {
        m_countHint->setText(tr("Blind count: count every bill and coin without looking at any "
                                "figure. The expected cash is shown once you submit, and the "
                                "submitted count is final."));
    } else {
        m_countHint->setText(
            tr("Count every bill and coin in the drawer. Enter or Tab moves to the next row."));
    }
    showMessage({}, false);
    showPage(kCount);
    return success();
}

void ShiftDialog::submitCount()
{
    if (page() != kCount || !m_shift) {
        return;
    }
    if (m_purpose == Purpose::HandOver && !m_next) {
        m_nextCashier->setPrompt(
            tr("Next cashier: code and PIN. The counted %1 becomes the float of the next shift.")
                .arg(moneyText(m_count->count().total())));
        showMessage({}, false);
        showPage(kNextCashier);
        return;
    }
    sendCount();
}

void ShiftDialog::sendCount()
{
    const settlement::CashCount counted = m_count->count();
    const QString reason = m_closeReason->text();
    if (m_purpose == Purpose::Close) {
        auto closed = m_shifts.closeShift(m_shift->id, counted, reason, m_signOff);
        freezeIfSubmitted();
        if (!closed) {
            onRefused(closed.error());
            return;
        }
        showResult(closed.value(), std::nullopt);
        emit shiftClosed(closed.value());
        return;
    }
    auto handed =
        m_shifts.handOver(m_shift->id, m_next.value(), counted, m_businessDate, reason, m_signOff);
    freezeIfSubmitted();
    if (!handed) {
        onRefused(handed.error());
        return;
    }
    showResult(handed->closed, handed->next);
    emit handedOver(handed.value());
}

void ShiftDialog::freezeIfSubmitted()
{
    auto current = m_shifts.shift(m_shift->id);
    if (!current) {
        return;
    }
    m_shift = current.value();
    if (m_shift->isOpen() && m_shift->blind && m_shift->counted && !m_count->isReadOnly()) {
        m_count->setReadOnly(true);
        m_countHint->setText(tr("Count submitted (%1): it is final and can no longer be changed.")
                                 .arg(moneyText(m_shift->counted.value())));
    }
}

void ShiftDialog::onRefused(const Error &error)
{
    const QString text = shiftErrorText(error);
    if (error.code == QLatin1String("shift.reason_required") ||
        error.code == QLatin1String("shift.reason_too_long")) {
        m_closeReasonLabel->show();
        m_closeReason->show();
        if (page() != kCount) {
            showPage(kCount);
        }
        m_closeReason->setFocus();
        showMessage(text, true);
        return;
    }
    if (error.code == QLatin1String("shift.signoff_required")) {
        const bool refused = m_signOff.has_value();
        m_signOff.reset();
        m_approvalFor = Approval::SignOff;
        m_approval->setPrompt(tr("Sign off the over/short: %1\nReason: %2")
                                  .arg(error.message, m_closeReason->text().trimmed()));
        if (page() != kApproval) {
            showPage(kApproval);
        }
        if (refused) {
            m_approval->showError(text);
        }
        showMessage(text, true);
        return;
    }
    if (m_purpose == Purpose::HandOver && (error.code == QLatin1String("shift.same_cashier") ||
                                           error.code == QLatin1String("shift.no_cashier"))) {
        m_next.reset();
        if (page() != kNextCashier) {
            showPage(kNextCashier);
        }
        m_nextCashier->showError(text);
        showMessage(text, true);
        return;
    }
    if (page() != kCount) {
        showPage(kCount);
    }
    showMessage(text, true);
}

void ShiftDialog::onApproved(const Cashier &approver)
{
    if (page() != kApproval || !m_shift) {
        return;
    }
    if (m_approvalFor == Approval::TakeOver) {
        if (auto started = startCount(Purpose::Close, approver); !started) {
            m_approval->showError(shiftErrorText(started.error()));
            showError(started.error());
        }
        return;
    }
    m_signOff = approver;
    sendCount();
}

void ShiftDialog::onNextCashier(const Cashier &next)
{
    if (page() != kNextCashier || !m_shift) {
        return;
    }
    m_next = next;
    sendCount();
}

void ShiftDialog::showResult(const settlement::ShiftClosing &closing,
                             const std::optional<settlement::Shift> &next)
{
    const settlement::Shift &closed = closing.shift;
    m_resultTitle->setText(
        next ? tr("Shift %1 handed over to %2").arg(closed.id).arg(cashierName(next->cashierId))
             : tr("Shift %1 of %2 closed").arg(closed.id).arg(cashierName(closed.cashierId)));
    m_resultFigures->display(closing.cash, true);
    QStringList notes;
    if (closed.signedOffBy != 0) {
        notes << tr("Over/short signed off by %1. Reason: %2")
                     .arg(cashierName(closed.signedOffBy), closed.reason);
    }
    if (next) {
        notes << tr("Shift %1 of %2 is open with a float of %3.")
                     .arg(next->id)
                     .arg(cashierName(next->cashierId), moneyText(next->openingFloat));
    }
    m_resultNote->setText(notes.join(QLatin1Char('\n')));
    showMessage({}, false);
    showPage(kResult);
}

void ShiftDialog::reject()
{
    showMessage({}, false);
    switch (page()) {
    case kOpen:
    case kOverview:
    case kOtherShift:
        QDialog::reject();
        return;
    case kResult:
        accept();
        return;
    case kMovement:
        showPage(kOverview);
        return;
    case kCount:
        refresh(); // back to the overview, or to the other cashier's shift
        return;
    case kApproval:
        if (m_approvalFor == Approval::TakeOver) {
            showPage(kOtherShift);
        } else {
            showPage(kCount);
        }
        return;
    case kNextCashier:
        m_next.reset();
        showPage(kCount);
        return;
    }
}

void ShiftDialog::closeEvent(QCloseEvent *event)
{
    QDialog::done(QDialog::Rejected);
    event->accept();
}

void ShiftDialog::keyPressEvent(QKeyEvent *event)
{
    const bool enter = (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
                       (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (enter && page() == kResult) {
        accept();
        return;
    }
    if (enter && page() == kCount && focusWidget() == m_submitButton) {
        submitCount();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace pos::ui
