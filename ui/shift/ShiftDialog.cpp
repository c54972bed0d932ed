#include "shift/ShiftDialog.h"

#include "approval/SupervisorApproval.h"
#include "shell/MoneyText.h"
#include "shift/CashCountWidget.h"
#include "shift/ShiftFiguresView.h"
#include "shift/ShiftText.h"
#include "storage/CashierRepository.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <functional>

namespace pos::ui {

namespace {
QLabel *pageTitle(QWidget *parent, const QString &text = {})
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSize(font.pointSize() + 3);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

// No button of this dialog is a default button: Enter belongs to the field it is typed in.
QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *made = new QPushButton(text, parent);
    made->setObjectName(name);
    made->setAutoDefault(false);
    made->setMinimumHeight(36);
    return made;
}

QString timeText(qint64 epochMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(epochMs), QLocale::ShortFormat);
}

settlement::Denominations denominationsOf(const QString &currency)
{
    auto known = settlement::Denominations::forCurrency(currency);
    return known ? known.value() : settlement::Denominations::cny();
}

void shortcut(QDialog *dialog, QKeyCombination keys, const std::function<void()> &action)
{
    QObject::connect(new QShortcut(QKeySequence(keys), dialog), &QShortcut::activated, dialog,
                     action);
}
} // namespace

ShiftDialog::ShiftDialog(settlement::ShiftService &shifts, storage::Database &database,
                         const QString &terminalId, const QDate &businessDate,
                         const Cashier &cashier, bool blindCount, QWidget *parent)
    : QDialog(parent), m_shifts(shifts), m_database(database), m_terminalId(terminalId),
      m_businessDate(businessDate), m_cashier(cashier), m_blindCount(blindCount),
      m_pages(new QStackedWidget(this)), m_float(new QLineEdit(this)),
      m_openButton(button(tr("Open shift (Enter)"), QStringLiteral("openShiftButton"), this)),
      m_overviewTitle(pageTitle(this)),
      m_figures(new ShiftFiguresView(QStringLiteral("shiftFigures"), this)),
      m_blindNote(new QLabel(this)),
      m_payInButton(button(tr("Pay in (Ctrl+I)"), QStringLiteral("payInButton"), this)),
      m_payOutButton(button(tr("Pay out (Ctrl+U)"), QStringLiteral("payOutButton"), this)),
      m_closeShiftButton(
          button(tr("Close shift (Ctrl+E)"), QStringLiteral("closeShiftButton"), this)),
      m_handOverButton(button(tr("Hand over (Ctrl+H)"), QStringLiteral("handOverButton"), this)),
      m_movementTitle(pageTitle(this)), m_amount(new QLineEdit(this)),
      m_movementReason(new QLineEdit(this)),
      m_movementButton(button(QString(), QStringLiteral("movementButton"), this)),
      m_countTitle(pageTitle(this)), m_countHint(new QLabel(this)),
      m_count(new CashCountWidget(denominationsOf(shifts.policy().currency), this)),
      m_closeReasonLabel(new QLabel(tr("Reason for the over/short"), this)),
      m_closeReason(new QLineEdit(this)),
      m_submitButton(button(QString(), QStringLiteral("submitCountButton"), this)),
      m_approval(new SupervisorApproval(database, this)),
      m_nextCashier(new SupervisorApproval(database, this)), m_resultTitle(pageTitle(this)),
      m_resultFigures(new ShiftFiguresView(QStringLiteral("resultFigures"), this)),
      m_resultNote(new QLabel(this)),
      m_doneButton(button(tr("Done (Enter)"), QStringLiteral("doneButton"), this)),
      m_otherInfo(new QLabel(this)),
      m_supervisorClose(button(tr("Supervisor: close this shift (Ctrl+E)"),
                               QStringLiteral("supervisorCloseButton"), this)),
      m_message(new QLabel(this)),
      m_back(button(tr("Close (Esc)"), QStringLiteral("shiftBack"), this))
{
    setObjectName(QStringLiteral("shiftDialog"));
    setWindowTitle(tr("Shift"));
    resize(760, 640);
    m_approval->setObjectName(QStringLiteral("shiftApproval"));
    m_approval->approveButton()->setAutoDefault(false);
    m_nextCashier->setObjectName(QStringLiteral("nextCashierApproval"));
    m_nextCashier->approveButton()->setAutoDefault(false);

    m_pages->insertWidget(kOpen, buildOpenPage());
    m_pages->insertWidget(kOverview, buildOverviewPage());
    m_pages->insertWidget(kMovement, buildMovementPage());
    m_pages->insertWidget(kCount, buildCountPage());
    m_pages->insertWidget(kApproval, m_approval);
    m_pages->insertWidget(kNextCashier, m_nextCashier);
    m_pages->insertWidget(kResult, buildResultPage());
    m_pages->insertWidget(kOtherShift, buildOtherShiftPage());

    m_message->setObjectName(QStringLiteral("shiftMessage"));
    m_message->setWordWrap(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_back, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(bottom);

    connect(m_back, &QPushButton::clicked, this, &ShiftDialog::reject);
    connect(m_approval, &SupervisorApproval::approved, this, &ShiftDialog::onApproved);
    connect(m_nextCashier, &SupervisorApproval::approved, this, &ShiftDialog::onNextCashier);
    shortcut(this, Qt::CTRL | Qt::Key_I, [this] { startPayIn(); });
    shortcut(this, Qt::CTRL | Qt::Key_U, [this] { startPayOut(); });
    shortcut(this, Qt::CTRL | Qt::Key_H, [this] { startHandOver(); });
    shortcut(this, Qt::CTRL | Qt::Key_E, [this] {
        if (page() == kOtherShift) {
            m_supervisorClose->click();
        } else {
            startClose();
        }
    });
    shortcut(this, Qt::CTRL | Qt::Key_Return, [this] { submitCount(); });
    shortcut(this, Qt::CTRL | Qt::Key_Enter, [this] { submitCount(); });
    refresh();
}

QWidget *ShiftDialog::buildOpenPage()
{
    auto *page = new QWidget(m_pages);
    m_float->setObjectName(QStringLiteral("openingFloat"));
    m_float->setText(Money::zero(m_shifts.policy().currency).toDecimalString());
    QFont big = m_float->font();
    big.setPointSize(big.pointSize() + 6);
    m_float->setFont(big);
    auto *form = new QFormLayout;
    form->addRow(tr("Opening float (cash put in the drawer)"), m_float);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(pageTitle(page, tr("Open a shift")));
    layout->addWidget(new QLabel(tr("Cashier: %1").arg(m_cashier.name), page));
    layout->addLayout(form);
    layout->addWidget(m_openButton, 0, Qt::AlignRight);
    layout->addStretch();
    connect(m_float, &QLineEdit::returnPressed, this, &ShiftDialog::openShift);
    connect(m_openButton, &QPushButton::clicked, this, &ShiftDialog::openShift);
    return page;
}

QWidget *ShiftDialog::buildOverviewPage()
{
    auto *page = new QWidget(m_pages);
    m_overviewTitle->setObjectName(QStringLiteral("shiftTitle"));
    m_blindNote->setObjectName(QStringLiteral("blindNote"));
    m_blindNote->setWordWrap(true);
    m_blindNote->setStyleSheet(QStringLiteral("color: #e65100; font-weight: bold;"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *action :
         {m_payInButton, m_payOutButton, m_closeShiftButton, m_handOverButton}) {
        buttons->addWidget(action);
    }
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_overviewTitle);
    layout->addWidget(m_figures);
    layout->addWidget(m_blindNote);
    layout->addStretch();
    layout->addLayout(buttons);
    connect(m_payInButton, &QPushButton::clicked, this, &ShiftDialog::startPayIn);
    connect(m_payOutButton, &QPushButton::clicked, this, &ShiftDialog::startPayOut);
    connect(m_closeShiftButton, &QPushButton::clicked, this, &ShiftDialog::startClose);
    connect(m_handOverButton, &QPushButton::clicked, this, &ShiftDialog::startHandOver);
    return page;
}

QWidget *ShiftDialog::buildMovementPage()
{
    auto *page = new QWidget(m_pages);
    m_movementTitle->setObjectName(QStringLiteral("movementTitle"));
    m_amount->setObjectName(QStringLiteral("movementAmount"));
    QFont big = m_amount->font();
    big.setPointSize(big.pointSize() + 6);
    m_amount->setFont(big);
    m_movementReason->setObjectName(QStringLiteral("movementReason"));
    m_movementReason->setPlaceholderText(tr("e.g. change from the safe, cash to the bank"));
    auto *form = new QFormLayout;
    form->addRow(tr("Amount"), m_amount);
    form->addRow(tr("Reason"), m_movementReason);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_movementTitle);
    layout->addLayout(form);
    layout->addWidget(m_movementButton, 0, Qt::AlignRight);
    layout->addStretch();
    connect(m_amount, &QLineEdit::returnPressed, m_movementReason, qOverload<>(&QWidget::setFocus));
    connect(m_movementReason, &QLineEdit::returnPressed, this, &ShiftDialog::moveCash);
    connect(m_movementButton, &QPushButton::clicked, this, &ShiftDialog::moveCash);
    return page;
}

QWidget *ShiftDialog::buildCountPage()
{
    auto *page = new QWidget(m_pages);
    m_countTitle->setObjectName(QStringLiteral("countTitle"));
    m_countHint->setObjectName(QStringLiteral("countHint"));
    m_countHint->setWordWrap(true);
    m_closeReason->setObjectName(QStringLiteral("closeReason"));
    m_closeReason->setPlaceholderText(tr("Why is the drawer over or short?"));
    auto *reason = new QHBoxLayout;
    reason->addWidget(m_closeReasonLabel);
    reason->addWidget(m_closeReason, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_countTitle);
    layout->addWidget(m_countHint);
    layout->addWidget(m_count, 1);
    layout->addLayout(reason);
    layout->addWidget(m_submitButton, 0, Qt::AlignRight);
    connect(m_count, &CashCountWidget::countEntered, m_submitButton,
            qOverload<>(&QWidget::setFocus));
    connect(m_closeReason, &QLineEdit::returnPressed, this, &ShiftDialog::submitCount);
    connect(m_submitButton, &QPushButton::clicked, this, &ShiftDialog::submitCount);
    return page;
}

QWidget *ShiftDialog::buildResultPage()
{
    auto *page = new QWidget(m_pages);
    m_resultTitle->setObjectName(QStringLiteral("resultTitle"));
    m_resultNote->setObjectName(QStringLiteral("resultNote"));
    m_resultNote->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_resultTitle);
    layout->addWidget(m_resultFigures);
    layout->addWidget(m_resultNote);
    layout->addStretch();
    layout->addWidget(m_doneButton, 0, Qt::AlignRight);
    connect(m_doneButton, &QPushButton::clicked, this, &QDialog::accept);
    return page;
}

QWidget *ShiftDialog::buildOtherShiftPage()
{
    auto *page = new QWidget(m_pages);
    m_otherInfo->setObjectName(QStringLiteral("otherShiftInfo"));
    m_otherInfo->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(pageTitle(page, tr("Another cashier's shift is open")));
    layout->addWidget(m_otherInfo);
    layout->addWidget(m_supervisorClose, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_supervisorClose, &QPushButton::clicked, this, [this] {
        if (this->page() != kOtherShift || !m_shift) {
            return;
        }
        m_approvalFor = Approval::TakeOver;
        m_approval->setPrompt(tr("A supervisor closes the shift of %1 with a count of the drawer.")
                                  .arg(cashierName(m_shift->cashierId)));
        showMessage({}, false);
        showPage(kApproval);
    });
    return page;
}

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
    if (auto cashiers = storage::CashierRepository(m_database).all(); cashiers) {
        for (const Cashier &cashier : cashiers.value()) {
            if (cashier.id == cashierId) {
                return QStringLiteral("%1 (%2)").arg(cashier.name, cashier.code);
            }
        }
    }
    return tr("cashier %1").arg(cashierId);
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
