#include "login/LoginWidget.h"

#include "security/CashierAuthenticator.h"

#include "login/PinCheck.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace pos::ui {

LoginWidget::LoginWidget(storage::Database &database, QWidget *parent)
    : QWidget(parent), m_database(database), m_code(new QLineEdit(this)),
      m_pin(new QLineEdit(this)), m_login(new QPushButton(tr("Log in"), this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("loginWidget"));
    auto *title = new QLabel(tr("Cashier login"), this);
    QFont titleFont = title->font();
    titleFont.setPointSize(titleFont.pointSize() + 8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    m_code->setObjectName(QStringLiteral("cashierCode"));
    m_code->setPlaceholderText(tr("Cashier code"));
    m_code->setMaxLength(16);
    m_pin->setObjectName(QStringLiteral("cashierPin"));
    m_pin->setPlaceholderText(tr("PIN"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(8);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_pin));
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setDefault(true);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("PIN"), m_pin);

    auto *box = new QWidget(this);
    box->setMaximumWidth(420);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(title);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_login);
    boxLayout->addWidget(m_error);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch();

    connect(m_login, &QPushButton::clicked, this, &LoginWidget::attemptLogin);
    connect(m_pin, &QLineEdit::returnPressed, this, &LoginWidget::attemptLogin);
    connect(m_code, &QLineEdit::returnPressed, m_pin, qOverload<>(&QWidget::setFocus));
}

void LoginWidget::reset()
{
    m_code->clear();
    m_pin->clear();
    m_error->clear();
    m_code->setFocus();
}

void LoginWidget::attemptLogin()
{
    if (m_checking) {
        return;
    }
    security::CashierAuthenticator authenticator(m_database);
    auto ticket = authenticator.beginLogin(m_code->text());
    const QString pin = m_pin->text();
    m_pin->clear();
    if (!ticket) {
        showError(ticket.error());
        return;
    }
    // The PIN hash takes ~100 ms: computed on a worker so the counter never freezes.
    m_checking = true;
    m_login->setEnabled(false);
    m_error->setText(tr("Checking…"));
    checkPinOffThread(this, ticket.value(), pin,
                      [this](const security::CashierAuthenticator::Ticket &held, bool matches) {
                          m_checking = false;
                          m_login->setEnabled(true);
                          finishLogin(held, matches);
                      });
}

void LoginWidget::finishLogin(const security::CashierAuthenticator::Ticket &ticket, bool pinMatches)
{
    auto cashier = security::CashierAuthenticator(m_database).finishLogin(ticket, pinMatches);
    if (!cashier) {
        showError(cashier.error());
        return;
    }
    m_error->clear();
    emit loggedIn(cashier.value());
}

void LoginWidget::showError(const Error &error)
{
    m_error->setText(
        error.code == QLatin1String("auth.locked")
            ? tr("This account is locked after too many wrong PINs. Ask a supervisor to unlock it.")
            : tr("Wrong cashier code or PIN."));
    m_pin->setFocus();
}

} // namespace pos::ui
