// The day report as a PDF, checked the way a person would: rendered to a PNG with poppler's
// pdftoppm and read back as text with pdftotext.
#include "report/DayReportPdf.h"
#include "core/DayReportSamples.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

using pos::devices::DayReportPdf;
using pos::settlement::DayReport;
using pos::test::sampleCashierXReport;
using pos::test::sampleZReport;
using pos::test::yuanFen;

namespace {

constexpr int kToolTimeoutMs = 30000;

QString outputPath(const QString &name)
{
    QDir().mkpath(pos::test::outputDir());
    return pos::test::outputDir() + QLatin1Char('/') + name;
}

// Output of a poppler tool, empty when it failed.
QByteArray runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(tool), arguments);
    if (!process.waitForFinished(kToolTimeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        ADD_FAILURE() << tool.toStdString()
                      << " failed: " << process.readAllStandardError().constData();
        return {};
    }
    return process.readAllStandardOutput();
}

// Page 1 at 50 dpi, as the brief for this report asks for.
QImage firstPage(const QString &pdf)
{
    const QString prefix = pdf.chopped(4) + QStringLiteral("-page1");
    QFile::remove(prefix + QStringLiteral(".png"));
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"),
             QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
             QStringLiteral("-singlefile"), pdf, prefix});
    return QImage(prefix + QStringLiteral(".png"));
}

QString pageText(const QString &pdf, int page)
{
    const QString number = QString::number(page);
    return QString::fromUtf8(runTool(QStringLiteral("pdftotext"),
                                     {QStringLiteral("-f"), number, QStringLiteral("-l"), number,
                                      QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
}

int pageCount(const QString &pdf);

QString allText(const QString &pdf)
{
    QString text;
    for (int page = 1, pages = pageCount(pdf); page <= pages; ++page) {
        text += pageText(pdf, page);
    }
    return text;
}

int pageCount(const QString &pdf)
{
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {pdf}));
    for (const QString &line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("Pages:"))) {
            return line.mid(6).trimmed().toInt();
        }
    }
    return 0;
}

double share(const QImage &image, const std::function<bool(QRgb)> &wanted)
{
    qint64 hits = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            hits += wanted(image.pixel(x, y)) ? 1 : 0;
        }
    }
    return static_cast<double>(hits) / (static_cast<double>(image.width()) * image.height());
}

bool popplerMissing()
{
    return QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty() ||
           QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
           QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

#define SKIP_WITHOUT_POPPLER()                                                                     \
    if (popplerMissing()) {                                                                        \
        GTEST_SKIP() << "pdftoppm/pdftotext/pdfinfo (poppler-utils) are not installed: run "       \
                        "scripts/install-deps.sh";                                                 \
    }

} // namespace

TEST(DayReportPdf, ZReportRendersAnA4PageWithTextTablesAndBars)
{
    SKIP_WITHOUT_POPPLER();
    const QString pdf = outputPath(QStringLiteral("z-report.pdf"));
    const auto written = DayReportPdf::writePdf(sampleZReport(), pdf);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");

    const QImage page = firstPage(pdf);
    ASSERT_FALSE(page.isNull());
    EXPECT_NEAR(page.width(), 413, 2); // A4 at 50 dpi
    EXPECT_NEAR(page.height(), 585, 2);
    const double ink = share(page, [](QRgb pixel) { return qGray(pixel) < 200; });
    EXPECT_GT(ink, 0.03);
    EXPECT_LT(ink, 0.5);
    // The chart bars, in their blue.
    const double bars = share(
        page, [](QRgb pixel) { return qBlue(pixel) > 140 && qBlue(pixel) - qRed(pixel) > 60; });
    EXPECT_GT(bars, 0.002);
}

TEST(DayReportPdf, ChineseAndFiguresAreRealTextInTheDocument)
{
    SKIP_WITHOUT_POPPLER();
    const QString pdf = outputPath(QStringLiteral("z-report-text.pdf"));
    ASSERT_TRUE(DayReportPdf::writePdf(sampleZReport(), pdf).ok());
    const QString text = allText(pdf);
    for (const QString &expected :
         {QStringLiteral("Z 日结 Z REPORT No. 12"), QStringLiteral("营业日 Business date"),
          QStringLiteral("2026-11-25"), QStringLiteral("全部 All cashiers"),
          QStringLiteral("1234.50"), QStringLiteral("1226.45"),
          QStringLiteral("微信支付 WeChat Pay"), QStringLiteral("按小时销售 Sales by hour"),
          QStringLiteral("短款 SHORT"), QStringLiteral("-1.00")}) {
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << " not in:\n"
                                             << text.toStdString();
    }
}

TEST(DayReportPdf, LongListsContinueOnFurtherPages)
{
    SKIP_WITHOUT_POPPLER();
    DayReport report = sampleZReport();
    for (int i = 0; i < 120; ++i) {
        report.unresolved.push_back(
            {QStringLiteral("T0120261125%1A1").arg(i, 4, 10, QLatin1Char('0')),
             QStringLiteral("T01-20261125-%1").arg(i, 4, 10, QLatin1Char('0')),
             QStringLiteral("alipay"), QStringLiteral("unknown"), yuanFen(100 + i), true,
             QStringLiteral("S02")});
    }
    const QString pdf = outputPath(QStringLiteral("z-report-long.pdf"));
    ASSERT_TRUE(DayReportPdf::writePdf(report, pdf).ok());
    const int pages = pageCount(pdf);
    ASSERT_GE(pages, 2);
    const QString last = pageText(pdf, pages);
    EXPECT_TRUE(last.contains(QStringLiteral("更正 Corrections"))) << last.toStdString();
    // The table header is repeated on the page the list continues on.
    EXPECT_TRUE(pageText(pdf, 2).contains(QStringLiteral("商户单号 Trade no.")));
    const QString all = allText(pdf);
    EXPECT_TRUE(all.contains(QStringLiteral("T01202611250000A1")));
    EXPECT_TRUE(all.contains(QStringLiteral("T01202611250119A1")));
}

TEST(DayReportPdf, DayWithoutSalesStillRendersWithNotes)
{
    SKIP_WITHOUT_POPPLER();
    DayReport report = sampleCashierXReport();
    report.tenders.clear();
    report.byHour.clear();
    const QString pdf = outputPath(QStringLiteral("x-report-empty.pdf"));
    ASSERT_TRUE(DayReportPdf::writePdf(report, pdf).ok());
    const QString text = pageText(pdf, 1);
    EXPECT_TRUE(text.contains(QStringLiteral("无销售 No sales"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("王小明 (7)")));
    EXPECT_TRUE(text.contains(QStringLiteral("未点 not counted")));
    EXPECT_FALSE(firstPage(pdf).isNull());
}

TEST(DayReportPdf, UnwritablePathIsReportedNotIgnored)
{
    const auto written =
        DayReportPdf::writePdf(sampleZReport(), QStringLiteral("/nonexistent-dir/z-report.pdf"));
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, QStringLiteral("report_pdf.write_failed"));
}
