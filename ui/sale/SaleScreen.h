#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace pos {
class Order;
}
namespace pos::sale {
class SaleService;
}

namespace pos::ui {

// Ringing up: scan or type a barcode, search by name, change quantity, void a line, see the
// total. Counter keys: Enter adds the typed barcode, F2 search, F4 quantity, Delete voids
// the selected line, F9 pending payments and refunds, F10 refund, F12 goes to payment.
class SaleScreen : public QWidget
{
    Q_OBJECT
public:
    explicit SaleScreen(sale::SaleService &sale, QWidget *parent = nullptr);

    // A code from the scanner (never typed into a field).
    void addScannedCode(const QString &code);
    void refresh();
    void showMessage(const QString &text, bool isError);

    QLineEdit *barcodeField() const { return m_barcode; }
    QTableWidget *linesTable() const { return m_lines; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void paymentRequested();
    void logoutRequested();
    void pendingRequested();
    void refundRequested();
    void shiftRequested();
    void dayEndRequested();
    // The order as shown after every change (the customer display follows it).
    void cartChanged(const pos::Order &order);

private:
    void addTypedBarcode();
    void runSearch();
    void addSearchResult();
    void changeQuantity();
    void voidSelectedLine();
    int selectedLine() const;

    sale::SaleService &m_sale;
    QLineEdit *m_barcode;
    QLineEdit *m_search;
    QListWidget *m_results;
    QTableWidget *m_lines;
    QLabel *m_total;
    QLabel *m_message;
    QLabel *m_cashier;
};

} // namespace pos::ui
