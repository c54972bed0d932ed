#pragma once

#include "money/Money.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace pos::runtime {
class TerminalRuntime;
}

namespace pos::ui {

// Giving up a sale part-way through payment (split tender abandoned). First a confirmation that
// lists the tenders already taken or pending; after the payment service cancelled the checkout,
// what happened to each tender, live: reversed on the channel, refunded, cash to hand back, or
// still being cancelled. The panel decides nothing: it shows the stored attempts and refunds.
class CancelSalePanel : public QWidget
{
    Q_OBJECT
public:
    CancelSalePanel(runtime::TerminalRuntime &runtime, QString orderId, QWidget *parent = nullptr);

    void showConfirmation();
    void showOutcome();
    bool isShowingOutcome() const;
    // Cash refunded at the counter for this order: what the cashier hands back.
    Money cashToHandBack() const { return m_cashBack; }

    QTableWidget *tendersTable() const { return m_tenders; }
    QLabel *handBackLabel() const { return m_handBack; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *closeButton() const { return m_close; }
    QString reason() const;

signals:
    void confirmed(const QString &reason);
    void backRequested();
    void closeRequested();

private:
    void refresh();

    runtime::TerminalRuntime &m_runtime;
    QString m_orderId;
    QStackedWidget *m_buttons;
    QLabel *m_title;
    QLabel *m_explanation;
    QTableWidget *m_tenders;
    QLabel *m_handBack;
    QLineEdit *m_reason;
    QPushButton *m_confirm;
    QPushButton *m_back;
    QPushButton *m_close;
    QString m_explanationText;
    Money m_cashBack;
    bool m_outcome = false;
};

} // namespace pos::ui
