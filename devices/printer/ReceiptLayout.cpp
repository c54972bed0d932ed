#include "printer/ReceiptLayout.h"

#include "printer/EscPosEncoder.h"
#include "printer/TextColumns.h"

#include <algorithm>
#include <vector>

namespace pos::devices {

namespace {
using Alignment = EscPosEncoder::Alignment;

constexpr int kAmountLineIndent = 2;
constexpr int kCutFeedLines = 4;

// One printed line with its style, or the QR code that ends the receipt.
struct Row
{
    QString text;
    Alignment alignment = Alignment::Left;
    bool bold = false;
    bool doubleWidth = false;
    bool doubleHeight = false;
    bool isQrCode = false;
};

class RowBuilder
{
public:
    explicit RowBuilder(int columns) : m_columns(std::max(columns, ReceiptLayout::kMinColumns)) {}

    void centred(const QString &text, bool bold = false, bool doubleSize = false)
    {
        const int width = doubleSize ? m_columns / 2 : m_columns;
        for (const QString &line : TextColumns::wrap(text, width)) {
            m_rows.push_back(Row{line, Alignment::Center, bold, doubleSize, doubleSize, false});
        }
    }
    void left(const QString &text, int indent = 0)
    {
        const QString pad(indent, QLatin1Char(' '));
        for (const QString &line : TextColumns::wrap(text, m_columns - indent)) {
            m_rows.push_back(Row{pad + line, Alignment::Left, false, false, false, false});
        }
    }
    void pair(const QString &label, const QString &value, bool bold = false,
              bool doubleHeight = false)
    {
        for (const QString &line : TextColumns::leftRight(label, value, m_columns)) {
            m_rows.push_back(Row{line, Alignment::Left, bold, false, doubleHeight, false});
        }
    }
    // A name wrapped to the left of an amount column; the amount sits on the first line.
    void item(const QString &name, const QString &amount)
    {
        const int amountWidth = std::max(TextColumns::displayWidth(amount), 10);
        QStringList names = TextColumns::wrap(name, m_columns - amountWidth - 1);
        for (int i = 0; i < names.size(); ++i) {
            const QString text = i == 0 ? TextColumns::padRight(names[i], m_columns - amountWidth) +
                                              TextColumns::padLeft(amount, amountWidth)
                                        : names[i];
            m_rows.push_back(Row{text, Alignment::Left, false, false, false, false});
        }
    }
    void separator() { left(QString(m_columns, QLatin1Char('-'))); }
    void blank() { m_rows.push_back(Row{}); }
    void qrCode(const QString &payload)
    {
        m_rows.push_back(Row{payload, Alignment::Center, false, false, false, true});
    }

    int columns() const { return m_columns; }
    const std::vector<Row> &rows() const { return m_rows; }

private:
    int m_columns;
    std::vector<Row> m_rows;
};

QString amount(const Money &money)
{
    return money.toDecimalString();
}
QString reduction(const Money &money)
{
    return QLatin1Char('-') + money.toDecimalString();
}

std::vector<Row> layoutRows(const ReceiptData &r, int columns)
{
    RowBuilder b(columns);
    if (!r.shopName.isEmpty()) {
        b.centred(r.shopName, true, true);
    }
    if (!r.shopAddress.isEmpty()) {
        b.centred(r.shopAddress);
    }
    if (r.isCopy) {
        b.centred(ReceiptLayout::tr("COPY 重印"), true);
    }
    b.separator();
    b.pair(ReceiptLayout::tr("单号 Order"), r.orderNumber);
    if (r.businessDate.isValid()) {
        b.pair(ReceiptLayout::tr("营业日 Date"), r.businessDate.toString(Qt::ISODate));
    }
    if (r.printedAt.isValid()) {
        b.pair(ReceiptLayout::tr("时间 Time"),
               r.printedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
    if (!r.cashierName.isEmpty()) {
        b.pair(ReceiptLayout::tr("收银员 Cashier"), r.cashierName);
    }
    if (!r.deviceId.isEmpty()) {
        b.pair(ReceiptLayout::tr("终端 Terminal"), r.deviceId);
    }
    b.separator();
    for (const ReceiptLine &line : r.lines) {
        b.item(line.name, amount(line.amount));
        b.left(ReceiptLayout::tr("%1 x %2").arg(line.quantityText, amount(line.unitPrice)),
               kAmountLineIndent);
        if (!line.discount.isZero()) {
            b.item(QString(kAmountLineIndent, QLatin1Char(' ')) +
                       ReceiptLayout::tr("优惠 Discount"),
                   reduction(line.discount));
        }
    }
    b.separator();
    b.pair(ReceiptLayout::tr("小计 Subtotal"), amount(r.subtotal));
    if (!r.discount.isZero()) {
        b.pair(ReceiptLayout::tr("优惠 Discount"), reduction(r.discount));
    }
    b.pair(ReceiptLayout::tr("合计 TOTAL"), QChar(0xFFE5) + amount(r.total), true, true);
    if (!r.tenders.empty()) {
        b.separator();
        for (const ReceiptTender &tender : r.tenders) {
            b.pair(tender.label, amount(tender.amount));
            if (!tender.maskedCode.isEmpty()) {
                b.pair(ReceiptLayout::tr("  付款码 Code"), tender.maskedCode);
            }
            if (!tender.reference.isEmpty()) {
                b.pair(ReceiptLayout::tr("  交易号 Ref"), tender.reference);
            }
        }
        if (!r.change.isZero()) {
            b.pair(ReceiptLayout::tr("找零 Change"), amount(r.change));
        }
    }
    b.separator();
    if (!r.footer.isEmpty()) {
        b.centred(r.footer);
    }
    if (!r.orderNumber.isEmpty()) {
        b.blank();
        b.qrCode(r.orderNumber);
    }
    return b.rows();
}
} // namespace

QByteArray ReceiptLayout::toEscPos(const ReceiptData &receipt, int columns)
{
    EscPosEncoder e;
    e.initialize().chineseMode(true);
    Row state; // what the printer is set to now (initialize resets to this)
    for (const Row &row : layoutRows(receipt, columns)) {
        if (row.alignment != state.alignment) {
            e.align(row.alignment);
        }
        if (row.isQrCode) {
            e.qrCode(row.text.toUtf8()).newline();
            state.alignment = row.alignment;
            continue;
        }
        if (row.bold != state.bold) {
            e.bold(row.bold);
        }
        if (row.doubleWidth != state.doubleWidth || row.doubleHeight != state.doubleHeight) {
            e.doubleSize(row.doubleWidth, row.doubleHeight);
        }
        state = row;
        e.line(row.text);
    }
    e.plainStyleFrom(state.alignment, state.bold, state.doubleWidth, state.doubleHeight)
        .cut(kCutFeedLines);
    return e.bytes();
}

QString ReceiptLayout::renderText(const ReceiptData &receipt, int columns)
{
    const int width = std::max(columns, kMinColumns);
    QStringList out;
    for (const Row &row : layoutRows(receipt, columns)) {
        const QString text = row.isQrCode ? QStringLiteral("[QR: %1]").arg(row.text) : row.text;
        for (const QString &line : TextColumns::wrap(text, width)) {
            switch (row.alignment) {
            case Alignment::Center:
                out.append(TextColumns::centred(line, width));
                break;
            case Alignment::Right:
                out.append(TextColumns::padLeft(line, width));
                break;
            case Alignment::Left:
                out.append(line);
                break;
            }
        }
    }
    out.append(QString(width, QLatin1Char('~')) /* the cut */);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace pos::devices
