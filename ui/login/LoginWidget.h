#pragma once

#include "domain/Cashier.h"
#include "security/CashierAuthenticator.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pos::storage {
class Database;
}

namespace pos::ui {

// Cashier code + PIN. Wrong PINs and lockouts show the core's message; nothing else changes.
class LoginWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LoginWidget(storage::Database &database, QWidget *parent = nullptr);

    void reset();
    QLineEdit *codeField() const { return m_code; }
    QLineEdit *pinField() const { return m_pin; }
    QLabel *errorLabel() const { return m_error; }
    bool isChecking() const { return m_checking; }

signals:
    void loggedIn(const pos::Cashier &cashier);

private:
    void attemptLogin();
    void finishLogin(const security::CashierAuthenticator::Ticket &ticket, bool pinMatches);
    void showError(const Error &error);

    storage::Database &m_database;
    QLineEdit *m_code;
    QLineEdit *m_pin;
    QPushButton *m_login;
    QLabel *m_error;
    bool m_checking = false;
};

} // namespace pos::ui
