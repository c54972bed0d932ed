#pragma once

#include <QByteArray>
#include <QString>

namespace pos::outbox {

// What head office's answer to one upload means for the item. Nothing counts as sent unless the
// reply names the item's own seq (invariant 3: a reply from outside proves nothing by itself).
struct UploadVerdict
{
    enum class Outcome
    {
        Sent,     // 200/201 (or 409: it already had it) with {"accepted_seq": <this seq>}
        Rejected, // another 4xx: kept for an operator, not retried by itself
        Failed,   // 5xx, 408, 429, an unconfirming reply, no reply: retried with backoff
    };
    Outcome outcome = Outcome::Failed;
    QString error; // for people and the outbox's last_error; empty when sent
};

// The largest reply read; a bigger one is a failure.
constexpr qint64 kMaxReplyBytes = 64 * 1024;

// The verdict on an HTTP answer (a transport failure never gets here: it is always Failed).
UploadVerdict judgeUploadReply(int httpStatus, const QByteArray &body, qint64 seq);

// At most 200 printable characters of an untrusted body, for an error message.
QString excerptOf(const QByteArray &body);

} // namespace pos::outbox
