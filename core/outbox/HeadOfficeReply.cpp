#include "outbox/HeadOfficeReply.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace pos::outbox {

namespace {

using Outcome = UploadVerdict::Outcome;

// Only an integral JSON number equal to `seq` confirms.
bool confirms(const QByteArray &body, qint64 seq)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return false;
    }
    const QJsonValue accepted = document.object().value(QStringLiteral("accepted_seq"));
    if (!accepted.isDouble()) {
        return false;
    }
    const double value = accepted.toDouble();
    return std::isfinite(value) && std::trunc(value) == value && accepted.toInteger(-1) == seq;
}

QString describe(int httpStatus, const QByteArray &body)
{
    const QString excerpt = excerptOf(body);
    return excerpt.isEmpty() ? QStringLiteral("HTTP %1").arg(httpStatus)
                             : QStringLiteral("HTTP %1: %2").arg(httpStatus).arg(excerpt);
}

} // namespace

QString excerptOf(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(4 * 200)).simplified();
    text.removeIf([](QChar c) { return !c.isPrint(); });
    return text.left(200);
}

UploadVerdict judgeUploadReply(int httpStatus, const QByteArray &body, qint64 seq)
{
    if (body.size() > kMaxReplyBytes) {
        return {Outcome::Failed, QStringLiteral("HTTP %1: reply larger than %2 bytes")
                                     .arg(httpStatus)
                                     .arg(kMaxReplyBytes)};
    }
    if (httpStatus == 200 || httpStatus == 201 || httpStatus == 409) {
        if (confirms(body, seq)) {
            return {Outcome::Sent, QString()};
        }
        // A 409 that does not name this item: head office holds something else under its key.
        return {httpStatus == 409 ? Outcome::Rejected : Outcome::Failed,
                QStringLiteral("%1 (no accepted_seq %2)").arg(describe(httpStatus, body)).arg(seq)};
    }
    // Time-outs and throttling are head office asking to be asked again.
    if (httpStatus >= 400 && httpStatus < 500 && httpStatus != 408 && httpStatus != 429) {
        return {Outcome::Rejected, describe(httpStatus, body)};
    }
    return {Outcome::Failed, describe(httpStatus, body)};
}

} // namespace pos::outbox
