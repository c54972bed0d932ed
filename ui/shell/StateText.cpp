#include "shell/StateText.h"

#include <QCoreApplication>

namespace pos::ui {

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("pos::ui::States", text);
}
} // namespace

QString attemptStateText(AttemptState state)
{
    switch (state) {
    case AttemptState::Created:
        return translated(QT_TRANSLATE_NOOP("pos::ui::States", "Created"));
    case AttemptState::Sent:
        return translated(QT_TRANSLATE_NOOP("pos::ui::States", "Sent"));
    case AttemptState::UserPaying:
        return translated(QT_TRANSLATE_NOOP("pos::ui::States", "Customer paying"));
    case AttemptState::Unknown:
        return translated(QT_TRANSLATE_NOOP("pos::ui::States", "Unknown: checking"));
    case AttemptState::Succeeded:
        return translated(QT_TRANSLATE_NOOP("pos::ui::States", "Paid"));
    case AttemptState::Failed:
        return translated(QT_TRANSLATE_NOOP("pos::ui::States", "Failed"));
    case AttemptState::Reversed:
        return translated(QT_TRANSLATE_NOOP("pos::ui::States", "Reversed"));
    case AttemptState::Closed:
        return translated(QT_TRANSLATE_NOOP("pos::ui::States", "Closed"));
    case AttemptState::PendingStatement:
        return translated(QT_TRANSLATE_NOOP("pos::ui::States", "Pending statement"));
    }
    return attemptStateName(state);
}

QString refundStateText(RefundState state)
{
    switch (state) {
    case RefundState::Sent:
        return translated(QT_TRANSLATE_NOOP("pos::ui::States", "Sent"));
    case RefundState::Processing:
        return translated(QT_TRANSLATE_NOOP("pos::ui::States", "Processing"));
    case RefundState::Unknown:
        return translated(QT_TRANSLATE_NOOP("pos::ui::States", "Unknown: asking again"));
    case RefundState::Succeeded:
        return translated(QT_TRANSLATE_NOOP("pos::ui::States", "Refunded"));
    case RefundState::Failed:
        return translated(QT_TRANSLATE_NOOP("pos::ui::States", "Refused"));
    case RefundState::ByHand:
        return translated(QT_TRANSLATE_NOOP("pos::ui::States", "Refund by hand"));
    case RefundState::ByHandDone:
        return translated(QT_TRANSLATE_NOOP("pos::ui::States", "Refunded by hand"));
    }
    return refundStateName(state);
}

QString paymentMethodText(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return translated(QT_TRANSLATE_NOOP("pos::ui::States", "Cash"));
    case PaymentMethod::PaymentCode:
        return translated(QT_TRANSLATE_NOOP("pos::ui::States", "Payment code"));
    case PaymentMethod::CustomerQr:
        return translated(QT_TRANSLATE_NOOP("pos::ui::States", "Customer QR"));
    case PaymentMethod::FacePay:
        return translated(QT_TRANSLATE_NOOP("pos::ui::States", "Face pay"));
    }
    return paymentMethodName(method);
}

QString errorText(const Error &error)
{
    struct Known
    {
        const char *code;
        const char *headline;
    };
    static constexpr Known kKnown[] = {
        {"refund.over_cap",
         QT_TRANSLATE_NOOP("pos::ui::States", "More than what is left to refund on this payment.")},
        {"refund.not_approved",
         QT_TRANSLATE_NOOP("pos::ui::States", "Not approved: a refund needs a supervisor.")},
        {"refund.stale_preview",
         QT_TRANSLATE_NOOP("pos::ui::States",
                           "The refunds of this payment changed meanwhile: check and confirm "
                           "again.")},
        {"refund.no_reason",
         QT_TRANSLATE_NOOP("pos::ui::States", "Say why the money is refunded.")},
        {"refund.bad_amount",
         QT_TRANSLATE_NOOP("pos::ui::States", "The refund must be an amount above zero.")},
        {"refund.not_paid",
         QT_TRANSLATE_NOOP("pos::ui::States", "Only a successful payment can be refunded.")},
        {"refund.no_reference",
         QT_TRANSLATE_NOOP("pos::ui::States",
                           "Give the reference of the refund made by hand (bank slip, transfer "
                           "number).")},
        {"refund.not_by_hand",
         QT_TRANSLATE_NOOP("pos::ui::States", "This refund is not a refund-by-hand task.")},
        {"payment.order_not_open",
         QT_TRANSLATE_NOOP("pos::ui::States", "This order is already settled.")},
        {"auth.locked",
         QT_TRANSLATE_NOOP("pos::ui::States", "This account is locked after too many wrong PINs.")},
        {"auth.wrong_pin", QT_TRANSLATE_NOOP("pos::ui::States", "Wrong code or PIN.")},
    };
    for (const Known &known : kKnown) {
        if (error.code == QLatin1String(known.code)) {
            return QStringLiteral("%1 (%2)").arg(translated(known.headline), error.message);
        }
    }
    return error.message;
}

} // namespace pos::ui
