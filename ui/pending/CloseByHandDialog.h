#pragma once

#include "domain/Cashier.h"
#include "domain/Refund.h"

#include <QDialog>

class QLineEdit;

namespace pos::payments {
class RefundService;
}
namespace pos::storage {
class Database;
}

namespace pos::ui {

class SupervisorApproval;

// A supervisor closes a refund-by-hand task: the money went back outside the terminal (bank
// transfer, cash from the safe); the reference of that refund and the supervisor's code + PIN
// close it. The core checks the approver and the reference.
class CloseByHandDialog : public QDialog
{
    Q_OBJECT
public:
    CloseByHandDialog(payments::RefundService &refunds, storage::Database &database,
                      const Refund &task, QWidget *parent = nullptr);

    QLineEdit *referenceField() const { return m_reference; }
    SupervisorApproval *approval() const { return m_approval; }

private:
    void closeTask(const pos::Cashier &approver);

    payments::RefundService &m_refunds;
    QString m_outRequestNo;
    QLineEdit *m_reference;
    SupervisorApproval *m_approval;
};

} // namespace pos::ui
