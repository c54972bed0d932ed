// How the uploader judges head office's answers and signs its uploads: only a reply naming the
// item's own seq makes it sent; hostile or garbled replies never do.
#include "outbox/HeadOfficeReply.h"
#include "outbox/UploadSignature.h"

#include <gtest/gtest.h>

namespace pos {
namespace {

using outbox::judgeUploadReply;
using Outcome = outbox::UploadVerdict::Outcome;

TEST(OutboxReply, OkOrCreatedNamingTheSeqIsSent)
{
    EXPECT_EQ(judgeUploadReply(200, "{\"accepted_seq\":7}", 7).outcome, Outcome::Sent);
    EXPECT_EQ(judgeUploadReply(201, " {\"accepted_seq\": 7, \"note\": \"ok\"} ", 7).outcome,
              Outcome::Sent);
    EXPECT_TRUE(judgeUploadReply(200, "{\"accepted_seq\":7}", 7).error.isEmpty());
}

TEST(OutboxReply, ConflictNamingTheSeqMeansHeadOfficeHadItAlready)
{
    EXPECT_EQ(judgeUploadReply(409, "{\"accepted_seq\":12}", 12).outcome, Outcome::Sent);
    // A conflict about something else is not this item's delivery.
    EXPECT_EQ(judgeUploadReply(409, "{\"accepted_seq\":11}", 12).outcome, Outcome::Rejected);
    EXPECT_EQ(judgeUploadReply(409, "conflict", 12).outcome, Outcome::Rejected);
}

TEST(OutboxReply, SuccessThatDoesNotConfirmTheSeqIsAFailure)
{
    for (const QByteArray &body :
         {QByteArray("{\"accepted_seq\":8}"), QByteArray("{\"accepted_seq\":\"7\"}"),
          QByteArray("{\"accepted_seq\":7.5}"), QByteArray("{\"accepted\":true}"),
          QByteArray("[7]"), QByteArray("<html><body>Welcome to nginx</body></html>"),
          QByteArray(""), QByteArray("{\"accepted_seq\":7"), QByteArray("{\"accepted_seq\":null}"),
          QByteArray("{\"accepted_seq\":1e400}")}) {
        const auto verdict = judgeUploadReply(200, body, 7);
        EXPECT_EQ(verdict.outcome, Outcome::Failed) << body.constData();
        EXPECT_TRUE(verdict.error.contains(QStringLiteral("HTTP 200"))) << body.constData();
    }
    EXPECT_EQ(judgeUploadReply(204, "", 7).outcome, Outcome::Failed);
    EXPECT_EQ(judgeUploadReply(302, "{\"accepted_seq\":7}", 7).outcome, Outcome::Failed);
}

TEST(OutboxReply, OversizeReplyIsAFailureEvenIfItConfirms)
{
    QByteArray huge = "{\"accepted_seq\":7,\"pad\":\"";
    huge += QByteArray(outbox::kMaxReplyBytes, 'x');
    huge += "\"}";
    EXPECT_EQ(judgeUploadReply(200, huge, 7).outcome, Outcome::Failed);
}

TEST(OutboxReply, ClientErrorsAreRejectedServerErrorsRetried)
{
    const auto rejected = judgeUploadReply(400, "{\"error\":\"bad payload\"}", 7);
    EXPECT_EQ(rejected.outcome, Outcome::Rejected);
    EXPECT_TRUE(rejected.error.contains(QStringLiteral("HTTP 400")));
    EXPECT_TRUE(rejected.error.contains(QStringLiteral("bad payload")));
    EXPECT_EQ(judgeUploadReply(403, "", 7).outcome, Outcome::Rejected);
    EXPECT_EQ(judgeUploadReply(404, "", 7).outcome, Outcome::Rejected);
    EXPECT_EQ(judgeUploadReply(408, "", 7).outcome, Outcome::Failed);
    EXPECT_EQ(judgeUploadReply(429, "", 7).outcome, Outcome::Failed);
    EXPECT_EQ(judgeUploadReply(500, "{\"accepted_seq\":7}", 7).outcome, Outcome::Failed);
    EXPECT_EQ(judgeUploadReply(503, "", 7).outcome, Outcome::Failed);
}

TEST(OutboxReply, ErrorTextFromABodyIsShortAndPrintable)
{
    QByteArray body(5000, 'a');
    body.prepend("\x01\x02\x1b[31m");
    const auto verdict = judgeUploadReply(400, body, 1);
    EXPECT_LE(verdict.error.size(), 220);
    EXPECT_FALSE(verdict.error.contains(QChar(0x1b)));
    EXPECT_FALSE(verdict.error.contains(QChar(0x01)));
}

TEST(OutboxReply, SignatureIsHexHmacSha256OfTheBody)
{
    // RFC 4231 test case 2.
    EXPECT_EQ(outbox::uploadSignature("Jefe", "what do ya want for nothing?"),
              QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    EXPECT_NE(outbox::uploadSignature("Jefe", "what do ya want for nothing!"),
              outbox::uploadSignature("Jefe", "what do ya want for nothing?"));
}

} // namespace
} // namespace pos
