#include "shell/SettlementScreens.h"

#include "dayend/DayEndDialog.h"
#include "manager/DeviceManager.h"
#include "outbox/OutboxUploader.h"
#include "printer/PrintSpooler.h"
#include "report/ShiftSlipLayout.h"
#include "runtime/TerminalRuntime.h"
#include "settlement/ShiftService.h"
#include "shell/CashierLabel.h"
#include "shift/ShiftDialog.h"

#include <QDateTime>
#include <QLabel>

namespace pos::ui {

SettlementScreens::SettlementScreens(runtime::TerminalRuntime &runtime,
                                     devices::DeviceManager &devices, QWidget *window)
    : QObject(window), m_runtime(runtime), m_devices(devices), m_window(window),
      m_shifts(
          std::make_unique<settlement::ShiftService>(runtime.database(), runtime.shiftPolicy())),
      m_shiftStatus(new QLabel(window))
{
    m_shiftStatus->setObjectName(QStringLiteral("shiftStatus"));
    refreshShiftState();
}

SettlementScreens::~SettlementScreens() = default;

ShiftDialog *SettlementScreens::shiftDialog() const
{
    return m_shiftDialog.data();
}

DayEndDialog *SettlementScreens::dayEndDialog() const
{
    return m_dayEnd.data();
}

bool SettlementScreens::hasOpenDialog() const
{
    return m_shiftDialog || m_dayEnd;
}

QDate SettlementScreens::businessDate() const
{
    return m_runtime.sale().calendar().businessDate(QDateTime::currentDateTime());
}

void SettlementScreens::openShift()
{
    const Cashier cashier = m_runtime.sale().cashier();
    if (hasOpenDialog() || cashier.id == 0) {
        return;
    }
    m_shiftDialog = new ShiftDialog(*m_shifts, m_runtime.database(),
                                    m_runtime.config().identity.terminalId, businessDate(), cashier,
                                    m_runtime.config().settlement.blindCount, m_window);
    m_shiftDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_shiftDialog, &ShiftDialog::cashMoved, this,
            [this](qint64, bool payIn, const Money &) {
                emit drawerNeeded(payIn ? QStringLiteral("pay-in") : QStringLiteral("pay-out"));
            });
    connect(m_shiftDialog, &ShiftDialog::shiftClosed, this,
            [this](const settlement::ShiftClosing &closing) { printSlip(closing, 0); });
    connect(m_shiftDialog, &ShiftDialog::handedOver, this,
            [this](const settlement::ShiftHandOver &handOver) {
                printSlip(handOver.closed, handOver.next.cashierId);
                m_logoutWhenShiftDialogCloses = true;
            });
    connect(m_shiftDialog, &QDialog::finished, this, [this] {
        refreshShiftState();
        if (m_logoutWhenShiftDialogCloses) {
            m_logoutWhenShiftDialogCloses = false;
            emit logoutRequested();
        }
    });
    m_shiftDialog->open();
}

void SettlementScreens::openDayEnd()
{
    if (hasOpenDialog()) {
        return;
    }
    const DayEndContext context{m_runtime.database().path(), m_runtime.config().identity.terminalId,
                                businessDate()};
    m_dayEnd = new DayEndDialog(m_runtime.database(), m_devices.printer(), context,
                                m_runtime.sale().cashier(), m_window);
    m_dayEnd->setAttribute(Qt::WA_DeleteOnClose);
    // The Z went into the outbox with the close: send it now rather than at the next poll.
    connect(m_dayEnd, &DayEndDialog::dayClosed, &m_runtime.outbox(), &outbox::OutboxUploader::kick);
    connect(&m_runtime.outbox(), &outbox::OutboxUploader::itemSent, m_dayEnd,
            &DayEndDialog::reloadHistory);
    connect(&m_runtime.outbox(), &outbox::OutboxUploader::itemRejected, m_dayEnd,
            &DayEndDialog::reloadHistory);
    m_dayEnd->open();
}

QString SettlementScreens::nameOf(qint64 cashierId) const
{
    return cashierLabel(m_runtime.database(), cashierId)
        .value_or(QStringLiteral("#%1").arg(cashierId));
}

void SettlementScreens::printSlip(const settlement::ShiftClosing &closing, qint64 nextCashierId)
{
    const devices::ShiftSlipLayout::Names names{
        nameOf(closing.shift.cashierId),
        closing.shift.signedOffBy == 0 ? QString() : nameOf(closing.shift.signedOffBy),
        nextCashierId == 0 ? QString() : nameOf(nextCashierId)};
    devices::PrintSpooler &printer = m_devices.printer();
    const QDateTime now = QDateTime::currentDateTime();
    auto queued = printer.printDocument(
        storage::PrintJobKind::Report, QString(),
        devices::ShiftSlipLayout::toEscPos(closing, names, now, printer.columns()),
        devices::ShiftSlipLayout::renderText(closing, names, now, printer.columns()));
    if (!queued) {
        emit problem(tr("The shift slip was not printed: %1").arg(queued.error().message));
    }
}

QString SettlementScreens::refreshShiftState()
{
    auto open = m_shifts->openShiftOn(m_runtime.config().identity.terminalId);
    const Cashier cashier = m_runtime.sale().cashier();
    if (!open) {
        m_shiftStatus->setText(tr("Shift: unreadable"));
        m_shiftStatus->setStyleSheet(QStringLiteral("color: #b00020;"));
        return open.error().message;
    }
    if (!open.value()) {
        m_shiftStatus->setText(tr("No shift open (F7)"));
        m_shiftStatus->setStyleSheet(QStringLiteral("color: #b00020;"));
        return cashier.id == 0
                   ? QString()
                   : tr("No shift is open on this terminal: F7 opens one with the float.");
    }
    const settlement::Shift &shift = *open.value();
    const QString owner = nameOf(shift.cashierId);
    m_shiftStatus->setText(tr("Shift %1: %2 since %3")
                               .arg(shift.id)
                               .arg(owner, QDateTime::fromMSecsSinceEpoch(shift.openedAtMs)
                                               .toString(QStringLiteral("HH:mm"))));
    const bool someoneElse = cashier.id != 0 && cashier.id != shift.cashierId;
    m_shiftStatus->setStyleSheet(someoneElse ? QStringLiteral("color: #b00020;") : QString());
    return someoneElse ? tr("The shift of %1 is still open on this terminal: hand it over or "
                            "have a supervisor close it (F7).")
                             .arg(owner)
                       : QString();
}

} // namespace pos::ui
