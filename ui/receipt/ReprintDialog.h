#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace pos::storage {
class Database;
}
namespace pos::sale {
struct TerminalIdentity;
}
namespace pos::devices {
class PrintSpooler;
}

namespace pos::ui {

// Reprint (F5 on the sale screen): any past paid order, picked from the recent ones or typed
// by number, printed again marked "COPY 重印" through the print queue.
class ReprintDialog : public QDialog
{
    Q_OBJECT
public:
    ReprintDialog(storage::Database &database, const sale::TerminalIdentity &identity,
                  devices::PrintSpooler &printer, const QString &cashierName,
                  QWidget *parent = nullptr);

    QLineEdit *orderField() const { return m_order; }
    QListWidget *recentList() const { return m_recent; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void reprinted(const QString &orderId, qint64 jobId);

private:
    void loadRecent();
    void reprint();

    storage::Database &m_database;
    const sale::TerminalIdentity &m_identity;
    devices::PrintSpooler &m_printer;
    QString m_cashierName;
    QLineEdit *m_order;
    QListWidget *m_recent;
    QLabel *m_message;
};

} // namespace pos::ui
