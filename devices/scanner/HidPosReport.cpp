#include "scanner/HidPosReport.h"

#include <QCoreApplication>

namespace pos::devices {

namespace {
constexpr qsizetype kHeaderSize = 4; // length byte + three AIM bytes
constexpr qsizetype kFlagSize = 1;
} // namespace

Result<HidPosReport> parseHidPosReport(QByteArrayView report)
{
    if (report.size() < kHeaderSize + kFlagSize + 1) {
        return Result<HidPosReport>::failure(
            QStringLiteral("hidpos.short_report"),
            QCoreApplication::translate("HidPosReport", "scanner report too short (%1 bytes)")
                .arg(report.size()));
    }
    const auto length = static_cast<unsigned char>(report[0]);
    if (length == 0) {
        return Result<HidPosReport>::failure(
            QStringLiteral("hidpos.empty_report"),
            QCoreApplication::translate("HidPosReport", "scanner report holds no data"));
    }
    const qsizetype room = report.size() - kHeaderSize - kFlagSize;
    if (length > room) {
        return Result<HidPosReport>::failure(
            QStringLiteral("hidpos.bad_length"),
            QCoreApplication::translate("HidPosReport",
                                        "scanner report claims %1 data bytes but has room for %2")
                .arg(length)
                .arg(room));
    }
    HidPosReport parsed;
    parsed.symbology = report.sliced(1, 3).toByteArray();
    parsed.data = report.sliced(kHeaderSize, length).toByteArray();
    parsed.moreFollows = report.back() != 0;
    return parsed;
}

HidPosCodeAssembler::Outcome HidPosCodeAssembler::feed(QByteArrayView report)
{
    const Result<HidPosReport> parsed = parseHidPosReport(report);
    if (!parsed) {
        const bool wasDiscarding = m_discarding;
        reset();
        if (wasDiscarding) {
            return {}; // the over-long code was reported already
        }
        return reject(parsed.error().message, false);
    }
    if (m_discarding) {
        m_discarding = parsed->moreFollows;
        return {};
    }
    if (m_pending.isEmpty()) {
        m_symbology = parsed->symbology;
    }
    m_pending += parsed->data;
    if (m_pending.size() > m_limits.maxLength) {
        return reject(QCoreApplication::translate("HidPosReport",
                                                  "scanned code too long (more than %1 characters)")
                          .arg(m_limits.maxLength),
                      parsed->moreFollows);
    }
    if (parsed->moreFollows) {
        return {};
    }
    const Result<QString> code = decodeScannedCode(m_pending, m_limits);
    Outcome outcome;
    if (code) {
        outcome.kind = Outcome::Kind::Code;
        outcome.code = code.value();
        outcome.symbology = m_symbology;
    } else {
        outcome.kind = Outcome::Kind::Rejected;
        outcome.reason = code.error().message;
    }
    reset();
    return outcome;
}

HidPosCodeAssembler::Outcome HidPosCodeAssembler::reject(const QString &reason, bool moreFollows)
{
    reset();
    m_discarding = moreFollows;
    Outcome outcome;
    outcome.kind = Outcome::Kind::Rejected;
    outcome.reason = reason;
    return outcome;
}

void HidPosCodeAssembler::reset()
{
    m_pending.clear();
    m_symbology.clear();
    m_discarding = false;
}

} // namespace pos::devices
