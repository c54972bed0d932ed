#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace pos::devices {
class DeviceManager;
}

namespace pos::ui {

// Settings → devices (F11): the health of every device, a test print, a test scan (the next
// code is shown here and never reaches the sale), the print queue, and opening the drawer
// without a sale (a reason is required; the opening is logged with the cashier).
class DeviceSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    DeviceSettingsDialog(devices::DeviceManager &devices, qint64 cashierId,
                         QWidget *parent = nullptr);
    ~DeviceSettingsDialog() override;

    QTableWidget *healthTable() const { return m_table; }
    QListWidget *usbList() const { return m_usb; }
    QLabel *resultLabel() const { return m_result; }
    QLineEdit *drawerReasonField() const { return m_drawerReason; }
    // F6 on the sale screen: straight to opening the drawer without a sale.
    void focusDrawerReason();
    // Reads the code in a picture file, shown like a test scan.
    void scanPicture(const QString &path);

private:
    void refresh();
    void refreshUsb();
    static QString usbKindText(int kind);
    void testPrint();
    void testScan();

    void onTestScanned(const QString &code, const QString &source);
    void openDrawer();
    void showResult(const QString &text, bool isError);

    devices::DeviceManager &m_devices;
    qint64 m_cashierId;
    QTableWidget *m_table;
    QListWidget *m_usb;
    QLabel *m_queue;
    QLabel *m_result;
    QLineEdit *m_drawerReason;
};

} // namespace pos::ui
