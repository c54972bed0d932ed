#include "printer/PrinterStatus.h"
#include "printer/PrinterStatusReader.h"

#include <gtest/gtest.h>

using namespace pos::devices;

namespace {
PrinterStatus afterReply(StatusQuery query, quint8 byte, bool drawerOpenWhenHigh = true)
{
    PrinterStatus status;
    EXPECT_TRUE(status.applyReply(query, byte, drawerOpenWhenHigh)) << int(byte);
    return status;
}

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int v : values) {
        out.append(char(v));
    }
    return out;
}
} // namespace

TEST(PrinterStatus, QueriesAreDleEotN)
{
    EXPECT_EQ(PrinterStatus::queryBytes(StatusQuery::Printer), bytes({0x10, 0x04, 0x01}));
    EXPECT_EQ(PrinterStatus::queryBytes(StatusQuery::OfflineCause), bytes({0x10, 0x04, 0x02}));
    EXPECT_EQ(PrinterStatus::queryBytes(StatusQuery::PaperSensor), bytes({0x10, 0x04, 0x04}));
}

TEST(PrinterStatus, PrinterReplyGivesDrawerPinAndOffline)
{
    const PrinterStatus idle = afterReply(StatusQuery::Printer, 0x12);
    EXPECT_TRUE(idle.online);
    EXPECT_FALSE(idle.drawerOpen);
    EXPECT_TRUE(idle.canPrint());

    const PrinterStatus drawer = afterReply(StatusQuery::Printer, 0x16); // bit 2
    EXPECT_TRUE(drawer.drawerOpen);
    EXPECT_TRUE(drawer.online);
    EXPECT_TRUE(drawer.canPrint()) << "an open drawer does not stop printing";

    const PrinterStatus offline = afterReply(StatusQuery::Printer, 0x1A); // bit 3
    EXPECT_FALSE(offline.online);
    EXPECT_FALSE(offline.drawerOpen);
    EXPECT_FALSE(offline.canPrint());
    EXPECT_EQ(offline.describe(), QStringLiteral("Offline"));

    // A drawer wired the other way round reads LOW when open.
    EXPECT_TRUE(afterReply(StatusQuery::Printer, 0x12, false).drawerOpen);
    EXPECT_FALSE(afterReply(StatusQuery::Printer, 0x16, false).drawerOpen);
}

TEST(PrinterStatus, OfflineCauseReplyGivesCoverFeedPaperEndAndError)
{
    const PrinterStatus none = afterReply(StatusQuery::OfflineCause, 0x12);
    EXPECT_FALSE(none.coverOpen || none.feedButton || none.paperOut || none.error);

    const PrinterStatus cover = afterReply(StatusQuery::OfflineCause, 0x16); // bit 2
    EXPECT_TRUE(cover.coverOpen);
    EXPECT_FALSE(cover.canPrint());
    EXPECT_EQ(cover.describe(), QStringLiteral("Cover open"));

    const PrinterStatus feed = afterReply(StatusQuery::OfflineCause, 0x1A); // bit 3
    EXPECT_TRUE(feed.feedButton);
    EXPECT_FALSE(feed.coverOpen || feed.paperOut || feed.error);

    const PrinterStatus paperEnd = afterReply(StatusQuery::OfflineCause, 0x32); // bit 5
    EXPECT_TRUE(paperEnd.paperOut);
    EXPECT_FALSE(paperEnd.canPrint());
    EXPECT_EQ(paperEnd.describe(), QStringLiteral("Paper out"));

    const PrinterStatus error = afterReply(StatusQuery::OfflineCause, 0x52); // bit 6
    EXPECT_TRUE(error.error);
    EXPECT_FALSE(error.canPrint());
    EXPECT_EQ(error.describe(), QStringLiteral("Printer error"));
}

TEST(PrinterStatus, PaperSensorReplyGivesNearEndAndEnd)
{
    const PrinterStatus full = afterReply(StatusQuery::PaperSensor, 0x12);
    EXPECT_FALSE(full.paperNearEnd || full.paperOut);

    for (int nearEnd : {0x16, 0x1A, 0x1E}) { // bits 2-3, either or both
        const PrinterStatus status = afterReply(StatusQuery::PaperSensor, quint8(nearEnd));
        EXPECT_TRUE(status.paperNearEnd) << nearEnd;
        EXPECT_FALSE(status.paperOut) << nearEnd;
        EXPECT_TRUE(status.canPrint()) << "a nearly empty roll still prints";
        EXPECT_EQ(status.describe(), QStringLiteral("Paper near end"));
    }
    for (int end : {0x32, 0x52, 0x72}) { // bits 5-6
        const PrinterStatus status = afterReply(StatusQuery::PaperSensor, quint8(end));
        EXPECT_TRUE(status.paperOut) << end;
        EXPECT_FALSE(status.canPrint());
    }
}

TEST(PrinterStatus, OnlyBytesOfTheReplyPatternAreAccepted)
{
    int accepted = 0;
    for (int b = 0; b < 256; ++b) {
        const bool pattern =
            (b & 0x80) == 0 && (b & 0x10) != 0 && (b & 0x02) != 0 && (b & 0x01) == 0; // 0xx1xx10
        for (StatusQuery query :
             {StatusQuery::Printer, StatusQuery::OfflineCause, StatusQuery::PaperSensor}) {
            PrinterStatus status = PrinterStatus::unreachable();
            const PrinterStatus before = status;
            const bool ok = status.applyReply(query, quint8(b));
            EXPECT_EQ(ok, pattern) << b;
            if (!ok) {
                EXPECT_EQ(status, before) << "a rejected byte changed the status: " << b;
            }
        }
        accepted += pattern ? 1 : 0;
    }
    EXPECT_EQ(accepted, 16);
    PrinterStatus status;
    for (int hostile : {0x00, 0xFF, 0x10, 0x13, 0x92, 0x02, 0x7F, 0x32 | 0x80}) {
        EXPECT_FALSE(status.applyReply(StatusQuery::OfflineCause, quint8(hostile))) << hostile;
    }
    EXPECT_TRUE(status.canPrint());
}

TEST(PrinterStatus, DescribeNamesTheMostPressingCondition)
{
    EXPECT_EQ(PrinterStatus().describe(), QStringLiteral("Ready"));
    EXPECT_TRUE(PrinterStatus().canPrint());
    EXPECT_EQ(PrinterStatus::unreachable().describe(), QStringLiteral("Printer not responding"));
    EXPECT_FALSE(PrinterStatus::unreachable().canPrint());

    PrinterStatus both;
    both.online = false;
    both.paperOut = true;
    both.paperNearEnd = true;
    EXPECT_EQ(both.describe(), QStringLiteral("Paper out"));
    both.coverOpen = true;
    EXPECT_EQ(both.describe(), QStringLiteral("Cover open"));
}

TEST(PrinterStatus, AutomaticStatusBackFrameIsDecoded)
{
    PrinterStatus status;
    // Drawer pin high, offline, cover open | cutter error | roll end | reserved.
    EXPECT_TRUE(status.applyAutomaticStatus(bytes({0x3C, 0x08, 0x0C, 0x00})));
    EXPECT_TRUE(status.drawerOpen);
    EXPECT_FALSE(status.online);
    EXPECT_TRUE(status.coverOpen);
    EXPECT_TRUE(status.error);
    EXPECT_TRUE(status.paperOut);
    EXPECT_FALSE(status.paperNearEnd);

    PrinterStatus untouched;
    EXPECT_FALSE(untouched.applyAutomaticStatus(bytes({0x12, 0x00, 0x00, 0x00}))); // a reply
    EXPECT_FALSE(untouched.applyAutomaticStatus(bytes({0x10, 0x10, 0x00, 0x00}))); // bit 4 set
    EXPECT_FALSE(untouched.applyAutomaticStatus(bytes({0x10, 0x00, 0x00})));       // short
    EXPECT_EQ(untouched, PrinterStatus());
}

TEST(PrinterStatusReader, MatchesSplitAndJoinedRepliesInQueryOrder)
{
    PrinterStatusReader reader;
    const QByteArray sent =
        reader.ask({StatusQuery::Printer, StatusQuery::OfflineCause, StatusQuery::PaperSensor});
    EXPECT_EQ(sent, bytes({0x10, 0x04, 0x01, 0x10, 0x04, 0x02, 0x10, 0x04, 0x04}));
    EXPECT_TRUE(reader.waiting());

    reader.feed(QByteArray()); // nothing yet
    reader.feed(bytes({0x16}));
    EXPECT_TRUE(reader.waiting());
    reader.feed(bytes({0x12, 0x1E})); // joined
    EXPECT_FALSE(reader.waiting());
    EXPECT_TRUE(reader.status().drawerOpen);
    EXPECT_FALSE(reader.status().coverOpen);
    EXPECT_TRUE(reader.status().paperNearEnd);
    EXPECT_EQ(reader.rejectedBytes(), 0);

    // The same byte means different things depending on the question it answers.
    reader.ask({StatusQuery::OfflineCause, StatusQuery::Printer});
    reader.feed(bytes({0x16, 0x12}));
    EXPECT_TRUE(reader.status().coverOpen);
    EXPECT_FALSE(reader.status().drawerOpen);
}

TEST(PrinterStatusReader, GarbageIsCountedAndNeverTakenForAReply)
{
    PrinterStatusReader reader;
    reader.ask({StatusQuery::OfflineCause});
    reader.feed(bytes({0xFF, 0x00, 0x41, 0x80, 0x13}));
    EXPECT_TRUE(reader.waiting()) << "garbage answered a query";
    EXPECT_EQ(reader.rejectedBytes(), 5);
    EXPECT_EQ(reader.status(), PrinterStatus());
    reader.feed(bytes({0x32}));
    EXPECT_FALSE(reader.waiting());
    EXPECT_TRUE(reader.status().paperOut);

    // A reply nobody asked for is dropped, and so is a late reply after cancel().
    reader.feed(bytes({0x12}));
    EXPECT_EQ(reader.rejectedBytes(), 6);
    reader.ask({StatusQuery::OfflineCause});
    reader.cancel();
    EXPECT_FALSE(reader.waiting());
    reader.feed(bytes({0x12}));
    EXPECT_TRUE(reader.status().paperOut);
    EXPECT_EQ(reader.rejectedBytes(), 7);
}

TEST(PrinterStatusReader, AutomaticStatusFramesInterleaveWithReplies)
{
    PrinterStatusReader reader;
    reader.ask({StatusQuery::Printer});
    // A full frame (drawer open) split over two reads, then the reply to the query.
    reader.feed(bytes({0x14, 0x00}));
    reader.feed(bytes({0x00, 0x00, 0x1A}));
    EXPECT_EQ(reader.automaticFrames(), 1);
    EXPECT_FALSE(reader.waiting());
    EXPECT_FALSE(reader.status().online);     // from the reply
    EXPECT_FALSE(reader.status().drawerOpen); // the reply came last and says pin 3 is low

    // A frame cut short by a reply: the partial frame is dropped, the reply still counts.
    reader.ask({StatusQuery::PaperSensor});
    reader.feed(bytes({0x10, 0x00, 0x72}));
    EXPECT_EQ(reader.rejectedBytes(), 2);
    EXPECT_FALSE(reader.waiting());
    EXPECT_TRUE(reader.status().paperOut);
}
