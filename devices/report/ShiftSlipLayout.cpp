#include "report/ShiftSlipLayout.h"

#include "report/CashDrawerRows.h"
#include "report/ReportLabels.h"
#include "report/ReportRows.h"

namespace pos::devices {

namespace {

using L = ReportLabels;

QDateTime localTimeOf(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs);
}

ReportRows layout(const settlement::ShiftClosing &closing, const ShiftSlipLayout::Names &names,
                  const QDateTime &printedAt, int columns)
{
    const settlement::Shift &shift = closing.shift;
    ReportRows b(columns);
    b.centred(names.handedOver.isEmpty() ? ShiftSlipLayout::tr("结班 SHIFT CLOSE")
                                         : ShiftSlipLayout::tr("交班 HAND-OVER"),
              true, true);
    b.separator();
    b.pair(ShiftSlipLayout::tr("终端 Terminal"), shift.terminalId);
    b.pair(ShiftSlipLayout::tr("班次 Shift"), QString::number(shift.id));
    b.pair(ShiftSlipLayout::tr("收银员 Cashier"), names.cashier);
    b.pair(ShiftSlipLayout::tr("营业日 Business date"), shift.businessDate.toString(Qt::ISODate));
    b.pair(ShiftSlipLayout::tr("开班 Opened"), L::localTime(localTimeOf(shift.openedAtMs)));
    b.pair(ShiftSlipLayout::tr("结班 Closed"), L::localTime(localTimeOf(shift.closedAtMs)));
    if (shift.blind) {
        b.left(ShiftSlipLayout::tr("盲点 Blind count"));
    }
    b.separator();
    cashDrawerRows(b, closing.cash);
    if (!shift.reason.isEmpty()) {
        b.left(ShiftSlipLayout::tr("原因 Reason:"));
        b.left(shift.reason, 2);
    }
    if (!names.signedOff.isEmpty()) {
        b.pair(ShiftSlipLayout::tr("签核 Signed off"), names.signedOff);
    }
    if (!names.handedOver.isEmpty()) {
        b.pair(ShiftSlipLayout::tr("接班 Handed over to"), names.handedOver);
    }
    b.blank();
    b.pair(ShiftSlipLayout::tr("签名 Signature"), QStringLiteral("________"));
    b.pair(ShiftSlipLayout::tr("打印 Printed"), L::localTime(printedAt));
    return b;
}

} // namespace

QByteArray ShiftSlipLayout::toEscPos(const settlement::ShiftClosing &closing, const Names &names,
                                     const QDateTime &printedAt, int columns)
{
    return layout(closing, names, printedAt, columns).toEscPos();
}

QString ShiftSlipLayout::renderText(const settlement::ShiftClosing &closing, const Names &names,
                                    const QDateTime &printedAt, int columns)
{
    return layout(closing, names, printedAt, columns).toText();
}

} // namespace pos::devices
