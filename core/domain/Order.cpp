#include "domain/Order.h"

namespace pos {

namespace {
Error orderError(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}
// Line amounts are bounded by the price cap and quantity cap, so this never overflows.
Money valueOrZero(const Result<Money> &result, const QString &currency)
{
    return result ? result.value() : Money::zero(currency);
}
Error discountExceedsSubtotal()
{
    return orderError(
        "order.discount_exceeds_subtotal",
        QStringLiteral("the order discount would exceed the order subtotal: lower it first"));
}
} // namespace

Money OrderLine::gross() const
{
    const Result<Money> amount =
        product.isWeighed() ? product.price.scaled(quantity, 1000) : product.price.times(quantity);
    return valueOrZero(amount, product.price.currency());
}

Money OrderLine::net() const
{
    if (voided) {
        return Money::zero(product.price.currency());
    }
    return valueOrZero(gross().minus(lineDiscount), product.price.currency());
}

Order::Order(QString id, QString currency)
    : m_id(std::move(id)), m_currency(std::move(currency)), m_orderDiscount(Money::zero(m_currency))
{
}

Status Order::checkOpen() const
{
    if (m_status != OrderStatus::Open) {
        return orderError("order.closed", QStringLiteral("the order is no longer open"));
    }
    return success();
}

Status Order::checkLine(int lineIndex) const
{
    if (auto open = checkOpen(); !open) {
        return open;
    }
    if (lineIndex < 0 || size_t(lineIndex) >= m_lines.size() || m_lines[size_t(lineIndex)].voided) {
        return orderError("order.no_such_line", QStringLiteral("no such line"));
    }
    return success();
}

static Status checkQuantity(const Product &product, qint64 quantity)
{
    const qint64 maximum = product.isWeighed() ? kMaxGrams : kMaxPieces;
    if (quantity <= 0 || quantity > maximum) {
        return Error{QStringLiteral("order.bad_quantity"),
                     QStringLiteral("quantity must be between 1 and %1").arg(maximum)};
    }
    return success();
}

Status Order::addProduct(const Product &product, qint64 quantity)
{
    if (auto open = checkOpen(); !open) {
        return open;
    }
    if (product.price.currency() != m_currency || product.price.isNegative()) {
        return orderError("order.bad_price",
                          QStringLiteral("product price is not valid for this order"));
    }
    if (auto ok = checkQuantity(product, quantity); !ok) {
        return ok;
    }
    if (!product.isWeighed() && !m_lines.empty()) {
        OrderLine &last = m_lines.back();
        if (!last.voided && last.product.sku == product.sku && last.lineDiscount.isZero()) {
            if (auto ok = checkQuantity(product, last.quantity + quantity); !ok) {
                return ok;
            }
            last.quantity += quantity;
            return success();
        }
    }
    m_lines.push_back(OrderLine{product, quantity, Money::zero(m_currency), false});
    return success();
}

Status Order::restoreLine(const OrderLine &line)
{
    if (auto open = checkOpen(); !open) {
        return open;
    }
    if (auto ok = checkQuantity(line.product, line.quantity); !ok) {
        return ok;
    }
    if (line.lineDiscount.isNegative() || line.lineDiscount > line.gross()) {
        return orderError("order.bad_discount",
                          QStringLiteral("stored line discount is out of range"));
    }
    m_lines.push_back(line);
    return success();
}

Status Order::setQuantity(int lineIndex, qint64 quantity)
{
    if (auto ok = checkLine(lineIndex); !ok) {
        return ok;
    }
    OrderLine &line = m_lines[size_t(lineIndex)];
    if (auto ok = checkQuantity(line.product, quantity); !ok) {
        return ok;
    }
    const qint64 previous = line.quantity;
    line.quantity = quantity;
    if (line.lineDiscount > line.gross()) {
        line.quantity = previous;
        return orderError("order.discount_exceeds_line",
                          QStringLiteral("the line discount would exceed the line amount"));
    }
    if (!orderDiscountFits()) {
        line.quantity = previous;
        return discountExceedsSubtotal();
    }
    return success();
}

Status Order::voidLine(int lineIndex)
{
    if (auto ok = checkLine(lineIndex); !ok) {
        return ok;
    }
    m_lines[size_t(lineIndex)].voided = true;
    if (!orderDiscountFits()) {
        m_lines[size_t(lineIndex)].voided = false;
        return discountExceedsSubtotal();
    }
    return success();
}

Status Order::setLineDiscount(int lineIndex, const Money &discount)
{
    if (auto ok = checkLine(lineIndex); !ok) {
        return ok;
    }
    OrderLine &line = m_lines[size_t(lineIndex)];
    if (discount.currency() != m_currency || discount.isNegative() || discount > line.gross()) {
        return orderError("order.bad_discount",
                          QStringLiteral("a discount must be between 0 and the line amount"));
    }
    const Money previous = line.lineDiscount;
    line.lineDiscount = discount;
    if (!orderDiscountFits()) {
        line.lineDiscount = previous;
        return discountExceedsSubtotal();
    }
    return success();
}

Status Order::setOrderDiscount(const Money &discount)
{
    if (auto open = checkOpen(); !open) {
        return open;
    }
    if (discount.currency() != m_currency || discount.isNegative() || discount > subtotal()) {
        return orderError("order.bad_discount",
                          QStringLiteral("a discount must be between 0 and the order subtotal"));
    }
    m_orderDiscount = discount;
    return success();
}

Money Order::subtotal() const
{
    Money sum = Money::zero(m_currency);
    for (const OrderLine &line : m_lines) {
        sum = valueOrZero(sum.plus(line.net()), m_currency);
    }
    return sum;
}

Money Order::total() const
{
    const Money result = valueOrZero(subtotal().minus(m_orderDiscount), m_currency);
    return result.isNegative() ? Money::zero(m_currency) : result;
}

Money Order::totalDiscount() const
{
    Money sum = m_orderDiscount;
    for (const OrderLine &line : m_lines) {
        if (!line.voided) {
            sum = valueOrZero(sum.plus(line.lineDiscount), m_currency);
        }
    }
    return sum;
}

int Order::activeLineCount() const
{
    int count = 0;
    for (const OrderLine &line : m_lines) {
        count += line.voided ? 0 : 1;
    }
    return count;
}

} // namespace pos
