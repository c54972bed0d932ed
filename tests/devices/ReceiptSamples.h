#pragma once

#include "printer/ReceiptData.h"

namespace pos::test {

// A receipt with everything a layout must cope with: long Chinese and English names, a line
// discount, an order discount, two tenders with a long trade number, change and a copy mark.
devices::ReceiptData sampleReceipt();

// Width as a printer counts it, written independently of TextColumns: CJK ideographs,
// CJK punctuation and fullwidth forms take two columns.
int printedWidth(const QString &text);

} // namespace pos::test
