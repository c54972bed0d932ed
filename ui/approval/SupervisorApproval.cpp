#include "approval/SupervisorApproval.h"

#include "shell/StateText.h"

#include "login/PinCheck.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace pos::ui {

SupervisorApproval::SupervisorApproval(storage::Database &database, QWidget *parent)
    : QWidget(parent), m_database(database), m_prompt(new QLabel(this)),
      m_code(new QLineEdit(this)), m_pin(new QLineEdit(this)),
      m_approve(new QPushButton(tr("Approve (Enter)"), this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("supervisorApproval"));
    m_title = new QLabel(tr("Supervisor approval"), this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSize(titleFont.pointSize() + 3);
    m_title->setFont(titleFont);
    m_prompt->setWordWrap(true);
    m_code->setObjectName(QStringLiteral("supervisorCode"));
    m_code->setPlaceholderText(tr("Supervisor code"));
    m_code->setMaxLength(16);
    m_pin->setObjectName(QStringLiteral("supervisorPin"));
    m_pin->setPlaceholderText(tr("PIN"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(8);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_pin));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_error->setObjectName(QStringLiteral("approvalError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);

    auto *form = new QFormLayout;
    m_codeLabel = new QLabel(tr("Supervisor code"), this);
    form->addRow(m_codeLabel, m_code);
    form->addRow(tr("PIN"), m_pin);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_prompt);
    layout->addLayout(form);
    layout->addWidget(m_approve, 0, Qt::AlignRight);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_code, &QLineEdit::returnPressed, m_pin, qOverload<>(&QWidget::setFocus));
    connect(m_pin, &QLineEdit::returnPressed, this, &SupervisorApproval::check);
    connect(m_approve, &QPushButton::clicked, this, &SupervisorApproval::check);
}

void SupervisorApproval::setWording(const QString &title, const QString &codeLabel,
                                    const QString &buttonText)
{
    m_title->setText(title);
    m_codeLabel->setText(codeLabel);
    m_code->setPlaceholderText(codeLabel);
    m_approve->setText(buttonText);
}

void SupervisorApproval::setPrompt(const QString &text)
{
    m_prompt->setText(text);
}

void SupervisorApproval::reset()
{
    m_code->clear();
    m_pin->clear();
    m_error->clear();
    m_code->setFocus();
}

void SupervisorApproval::showError(const QString &text)
{
    m_error->setText(text);
    m_pin->clear();
    m_code->setFocus();
    m_code->selectAll();
}

void SupervisorApproval::check()
{
    if (m_checking || m_code->text().trimmed().isEmpty()) {
        return;
    }
    security::CashierAuthenticator authenticator(m_database);
    auto ticket = authenticator.beginLogin(m_code->text());
    const QString pin = m_pin->text();
    m_pin->clear();
    if (!ticket) {
        showError(errorText(ticket.error()));
        return;
    }
    // PBKDF2 takes ~100 ms: on a worker, so the GUI thread never stalls.
    m_checking = true;
    m_approve->setEnabled(false);
    m_error->setText(tr("Checking…"));
    checkPinOffThread(this, ticket.value(), pin,
                      [this](const security::CashierAuthenticator::Ticket &held, bool matches) {
                          m_checking = false;
                          m_approve->setEnabled(true);
                          finish(held, matches);
                      });
}

void SupervisorApproval::finish(const security::CashierAuthenticator::Ticket &ticket,
                                bool pinMatches)
{
    auto approver = security::CashierAuthenticator(m_database).finishLogin(ticket, pinMatches);
    if (!approver) {
        showError(errorText(approver.error()));
        return;
    }
    m_error->clear();
    emit approved(approver.value());
}

} // namespace pos::ui
