#pragma once

#include "common/Result.h"
#include "money/Money.h"

#include <QDateTime>
#include <QString>

namespace pos {

// The life of one refund of (part of) one paid attempt.
//
//   Sent ─► Succeeded | Failed | Processing | Unknown
//   Processing ─► Succeeded | Failed | Unknown
//   Unknown ─► Succeeded | Failed | Processing        (asked again with the same out_request_no)
//   ByHand ─► ByHandDone  (a channel with no refund API: the supervisor refunds outside the
//                          terminal and closes the task with a reference)
//
// Succeeded, Failed and ByHandDone are final. Every state except Failed counts against what is
// still refundable: money that may be on its way back is never offered twice.
enum class RefundState
{
    Sent,
    Processing,
    Unknown,
    Succeeded,
    Failed,
    ByHand,
    ByHandDone
};

QString refundStateName(RefundState state);
Result<RefundState> refundStateFromName(const QString &name);
bool isFinal(RefundState state);
bool isRefundTransitionAllowed(RefundState from, RefundState to);

enum class RefundKind
{
    Requested, // asked for by a cashier, approved by a supervisor
    Automatic  // money that arrived after the sale was given up: returned by the terminal
};
QString refundKindName(RefundKind kind);
Result<RefundKind> refundKindFromName(const QString &name);

struct Refund
{
    qint64 id = 0;
    QString outRequestNo; // one per refund, reused on every retry
    qint64 attemptId = 0;
    QString orderId;
    QString outTradeNo; // the payment being refunded
    QString channel;
    Money amount;
    RefundState state = RefundState::Sent;
    RefundKind kind = RefundKind::Requested;
    QString reason;      // why the customer gets money back
    QString requestedBy; // cashier code
    QString approvedBy;  // supervisor code, or "system" for automatic refunds
    QString channelRefundNo;
    QString manualReference; // ByHandDone: the bank slip / transfer number
    QString lastReason;
    QDateTime createdAt;
    QDateTime updatedAt;

    Status transitionTo(RefundState next, const QString &why = {});
};

} // namespace pos
