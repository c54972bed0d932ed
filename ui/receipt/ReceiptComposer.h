#pragma once

#include "common/Result.h"
#include "printer/ReceiptData.h"

namespace pos::storage {
class Database;
}
namespace pos::sale {
struct TerminalIdentity;
}

namespace pos::ui {

// Gathers a stored order, its settled tenders and who sold it into the printer's ReceiptData.
Result<devices::ReceiptData> composeReceipt(storage::Database &database, const QString &orderId,
                                            const sale::TerminalIdentity &identity,
                                            const QString &cashierName);

// "Alipay" / "支付宝" on screen, in the UI language.
QString channelDisplayName(const QString &channel);

// "支付宝 Alipay" etc.: receipts are bilingual so any customer can read them.
QString tenderLabel(const QString &channel);

} // namespace pos::ui
