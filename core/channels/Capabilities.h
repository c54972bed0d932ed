#pragma once

namespace pos::channels {

// What a channel can do. The payment service reads this and never calls what is missing
// (seed 000: many providers lack query, notification, refund or bill download).
struct Capabilities
{
    bool merchantScansCustomer = false; // B-scan-C: we scan the customer's payment code
    bool customerScansMerchant = false; // C-scan-B: the customer scans our QR
    bool facePay = false;
    bool query = false;
    bool cancel = false; // cancel/reverse a payment whatever its state
    bool close = false;  // close an unpaid trade
    bool refund = false;
    bool refundQuery = false;
    bool asyncNotify = false;
    bool billDownload = false;
    bool remote = true; // false for cash: nothing leaves the terminal
};

} // namespace pos::channels
