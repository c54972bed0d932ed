#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QDate;
class QLabel;
class QWidget;

namespace pos::runtime {
class TerminalRuntime;
}
namespace pos::devices {
class DeviceManager;
}
namespace pos::settlement {
class ShiftService;
struct ShiftClosing;
} // namespace pos::settlement

namespace pos::ui {

class DayEndDialog;
class ShiftDialog;

// The cash and day-end side of the counter window: the shift dialog (F7) with its drawer
// openings for pay-ins and pay-outs, the supervisor's day-end screen (F8), and the shift state
// in the status bar.
class SettlementScreens : public QObject
{
    Q_OBJECT

public:
    SettlementScreens(runtime::TerminalRuntime &runtime, devices::DeviceManager &devices,
                      QWidget *window);
    ~SettlementScreens() override;

    QLabel *shiftStatus() const { return m_shiftStatus; }
    ShiftDialog *shiftDialog() const;
    DayEndDialog *dayEndDialog() const;
    bool hasOpenDialog() const;
    settlement::ShiftService &shifts() { return *m_shifts; }

    void openShift();
    void openDayEnd();
    // Reads the terminal's open shift into the status bar; returns a reminder for the signed-in
    // cashier when their drawer has no shift (empty when all is well).
    QString refreshShiftState();

signals:
    // A shift was handed over: the next cashier signs in.
    void logoutRequested();
    // Cash was paid in or out: the drawer opens, logged with this reason and no order.
    void drawerNeeded(const QString &reason);
    // Something the cashier should read on the sale screen.
    void problem(const QString &text);

private:
    QDate businessDate() const;
    QString nameOf(qint64 cashierId) const; // "张伟 Zhang Wei (1001)"
    // The 交班单 through the print queue; `nextCashierId` 0 when the shift just closed.
    void printSlip(const settlement::ShiftClosing &closing, qint64 nextCashierId);

    runtime::TerminalRuntime &m_runtime;
    devices::DeviceManager &m_devices;
    QWidget *m_window;
    std::unique_ptr<settlement::ShiftService> m_shifts;
    QLabel *m_shiftStatus;
    QPointer<ShiftDialog> m_shiftDialog;
    QPointer<DayEndDialog> m_dayEnd;
    bool m_logoutWhenShiftDialogCloses = false;
};

} // namespace pos::ui
