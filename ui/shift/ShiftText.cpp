#include "shift/ShiftText.h"

#include "shell/MoneyText.h"
#include "shell/StateText.h"

#include <QCoreApplication>

namespace pos::ui {

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("pos::ui::ShiftText", text);
}
} // namespace

QString shiftErrorText(const Error &error)
{
    struct Known
    {
        const char *code;
        const char *headline;
    };
    static constexpr Known kKnown[] = {
        {"shift.reason_required", QT_TRANSLATE_NOOP("pos::ui::ShiftText", "A reason is needed.")},
        {"shift.signoff_required",
         QT_TRANSLATE_NOOP("pos::ui::ShiftText", "A supervisor must sign off the over/short.")},
        {"shift.count_submitted",
         QT_TRANSLATE_NOOP("pos::ui::ShiftText",
                           "The blind count was already submitted and cannot be redone.")},
        {"shift.blind_count",
         QT_TRANSLATE_NOOP("pos::ui::ShiftText",
                           "Blind count under way: the expected cash stays hidden.")},
        {"shift.payout_exceeds_drawer",
         QT_TRANSLATE_NOOP("pos::ui::ShiftText", "More than the cash the drawer should hold.")},
        {"shift.bad_amount", QT_TRANSLATE_NOOP("pos::ui::ShiftText", "Not an allowed amount.")},
        {"shift.already_open",
         QT_TRANSLATE_NOOP("pos::ui::ShiftText", "A shift is already open on this terminal.")},
        {"shift.not_open", QT_TRANSLATE_NOOP("pos::ui::ShiftText", "This shift is closed.")},
        {"shift.not_allowed",
         QT_TRANSLATE_NOOP("pos::ui::ShiftText", "Not allowed for this person.")},
        {"shift.counting",
         QT_TRANSLATE_NOOP("pos::ui::ShiftText",
                           "The drawer is being counted: no cash moves in or out now.")},
        {"shift.same_cashier",
         QT_TRANSLATE_NOOP("pos::ui::ShiftText", "The next cashier must be someone else.")},
        {"shift.no_cashier",
         QT_TRANSLATE_NOOP("pos::ui::ShiftText", "A signed-in cashier is needed.")},
        {"shift.reason_too_long",
         QT_TRANSLATE_NOOP("pos::ui::ShiftText", "The reason is too long.")},
    };
    for (const Known &known : kKnown) {
        if (error.code == QLatin1String(known.code)) {
            return QStringLiteral("%1 (%2)").arg(translated(known.headline), error.message);
        }
    }
    return errorText(error);
}

QString denominationText(qint64 minor, const QString &currency)
{
    if (currency == QLatin1String("CNY")) {
        if (minor >= 100 && minor % 100 == 0) {
            return QStringLiteral("¥%1").arg(minor / 100);
        }
        if (minor >= 10 && minor % 10 == 0) {
            return QStringLiteral("%1角").arg(minor / 10);
        }
        if (minor > 0 && minor < 10) {
            return QStringLiteral("%1分").arg(minor);
        }
    }
    return moneyText(Money::fromMinor(minor, currency));
}

QString denominationFormText(settlement::DenominationForm form)
{
    switch (form) {
    case settlement::DenominationForm::Bill:
        return translated(QT_TRANSLATE_NOOP("pos::ui::ShiftText", "note"));
    case settlement::DenominationForm::Coin:
        return translated(QT_TRANSLATE_NOOP("pos::ui::ShiftText", "coin"));
    case settlement::DenominationForm::BillOrCoin:
        return translated(QT_TRANSLATE_NOOP("pos::ui::ShiftText", "note or coin"));
    }
    return {};
}

QString overShortText(qint64 overShortMinor, const QString &currency)
{
    // The sign is shown apart from the amount: "−¥0.01" reads better than "¥-0.01".
    const QString amount = moneyText(
        Money::fromMinor(overShortMinor < 0 ? -overShortMinor : overShortMinor, currency));
    if (overShortMinor > 0) {
        return translated(QT_TRANSLATE_NOOP("pos::ui::ShiftText", "Over / 长款 +%1")).arg(amount);
    }
    if (overShortMinor < 0) {
        return translated(QT_TRANSLATE_NOOP("pos::ui::ShiftText", "Short / 短款 −%1")).arg(amount);
    }
    return translated(QT_TRANSLATE_NOOP("pos::ui::ShiftText", "Exact / 无差额 %1")).arg(amount);
}

} // namespace pos::ui
