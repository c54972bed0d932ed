// The shift dialog's pages and their controls; what they do is in ShiftDialog.cpp.
#include "shift/ShiftDialog.h"

#include "approval/SupervisorApproval.h"
#include "shell/MoneyText.h"
#include "shell/PageTitle.h"
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
// No button of this dialog is a default button: Enter belongs to the field it is typed in.
QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *made = new QPushButton(text, parent);
    made->setObjectName(name);
    made->setAutoDefault(false);
    made->setMinimumHeight(36);
    return made;
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
      m_overviewTitle(pageTitle(QString(), this)),
      m_figures(new ShiftFiguresView(QStringLiteral("shiftFigures"), this)),
      m_blindNote(new QLabel(this)),
      m_payInButton(button(tr("Pay in (Ctrl+I)"), QStringLiteral("payInButton"), this)),
      m_payOutButton(button(tr("Pay out (Ctrl+U)"), QStringLiteral("payOutButton"), this)),
      m_closeShiftButton(
          button(tr("Close shift (Ctrl+E)"), QStringLiteral("closeShiftButton"), this)),
      m_handOverButton(button(tr("Hand over (Ctrl+H)"), QStringLiteral("handOverButton"), this)),
      m_movementTitle(pageTitle(QString(), this)), m_amount(new QLineEdit(this)),
      m_movementReason(new QLineEdit(this)),
      m_movementButton(button(QString(), QStringLiteral("movementButton"), this)),
      m_countTitle(pageTitle(QString(), this)), m_countHint(new QLabel(this)),
      m_count(new CashCountWidget(denominationsOf(shifts.policy().currency), this)),
      m_closeReasonLabel(new QLabel(tr("Reason for the over/short"), this)),
      m_closeReason(new QLineEdit(this)),
      m_submitButton(button(QString(), QStringLiteral("submitCountButton"), this)),
      m_approval(new SupervisorApproval(database, this)),
      m_nextCashier(new SupervisorApproval(database, this)),
      m_resultTitle(pageTitle(QString(), this)),
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
    m_nextCashier->setWording(tr("Next cashier"), tr("Cashier code"), tr("Sign in (Enter)"));

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
    layout->addWidget(pageTitle(tr("Open a shift"), page));
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
    layout->addWidget(pageTitle(tr("Another cashier's shift is open"), page));
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

} // namespace pos::ui
