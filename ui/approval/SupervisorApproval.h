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

// Supervisor code + PIN. The PIN hash is checked on a worker thread (the counter never freezes);
// wrong PINs count towards the lockout like a login. It only authenticates: whether the person
// may approve what is asked is decided by the core service that receives the approver.
class SupervisorApproval : public QWidget
{
    Q_OBJECT
public:
    explicit SupervisorApproval(storage::Database &database, QWidget *parent = nullptr);

    void setPrompt(const QString &text);
    // For other sign-ins that only authenticate (the next cashier at a hand-over).
    void setWording(const QString &title, const QString &codeLabel, const QString &buttonText);
    void reset();
    void showError(const QString &text);
    bool isChecking() const { return m_checking; }
    QLineEdit *codeField() const { return m_code; }
    QLineEdit *pinField() const { return m_pin; }
    QPushButton *approveButton() const { return m_approve; }
    QLabel *errorLabel() const { return m_error; }

signals:
    void approved(const pos::Cashier &approver);

private:
    void check();
    void finish(const security::CashierAuthenticator::Ticket &ticket, bool pinMatches);

    storage::Database &m_database;
    QLabel *m_title = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLabel *m_prompt;
    QLineEdit *m_code;
    QLineEdit *m_pin;
    QPushButton *m_approve;
    QLabel *m_error;
    bool m_checking = false;
};

} // namespace pos::ui
