#include "storage/CatalogRepository.h"

#include "domain/Barcode.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace pos::storage {

namespace {
constexpr const char *kColumns = "sku, barcode, name_zh, name_en, price_minor, currency, unit";
constexpr qint64 kMaxPriceMinor = 100'000'000; // ¥1,000,000.00: anything above is a typo

Product productFrom(const QSqlQuery &query)
{
    Product product;
    product.sku = query.value(0).toString();
    product.barcode = query.value(1).toString();
    product.nameZh = query.value(2).toString();
    product.nameEn = query.value(3).toString();
    product.price = Money::fromMinor(query.value(4).toLongLong(), query.value(5).toString());
    product.unit =
        query.value(6).toString() == QLatin1String("kg") ? SaleUnit::Kilogram : SaleUnit::Piece;
    return product;
}
} // namespace

Status CatalogRepository::upsert(const Product &product)
{
    const QString code = barcode::normalized(product.barcode);
    if (!barcode::isValid(code)) {
        return Error{
            QStringLiteral("catalog.bad_barcode"),
            QStringLiteral("barcode %1 has a wrong length or check digit").arg(product.barcode)};
    }
    if (product.sku.trimmed().isEmpty() || product.nameZh.trimmed().isEmpty() ||
        product.nameEn.trimmed().isEmpty()) {
        return Error{QStringLiteral("catalog.missing_field"),
                     QStringLiteral("SKU and both names are required")};
    }
    if (product.price.isNegative() || product.price.minor() > kMaxPriceMinor) {
        return Error{QStringLiteral("catalog.bad_price"), QStringLiteral("price out of range")};
    }
    auto result = m_database.exec(
        QStringLiteral("INSERT OR REPLACE INTO products (%1) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .arg(QLatin1String(kColumns)),
        {product.sku, code, product.nameZh, product.nameEn, product.price.minor(),
         product.price.currency(),
         product.isWeighed() ? QStringLiteral("kg") : QStringLiteral("piece")});
    if (!result) {
        return result.error();
    }
    return success();
}

Result<Product> CatalogRepository::findByBarcode(const QString &barcodeText) const
{
    const QString code = barcode::normalized(barcodeText);
    if (!barcode::isValid(code)) {
        return Result<Product>::failure(
            QStringLiteral("catalog.bad_barcode"),
            QStringLiteral("'%1' is not a valid product barcode").arg(barcodeText));
    }
    auto query = m_database.exec(
        QStringLiteral("SELECT %1 FROM products WHERE barcode = ?").arg(QLatin1String(kColumns)),
        {code});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Result<Product>::failure(QStringLiteral("catalog.unknown_barcode"),
                                        QStringLiteral("no product with barcode %1").arg(code));
    }
    return productFrom(query.value());
}

Result<std::vector<Product>> CatalogRepository::search(const QString &text, int limit) const
{
    // The cashier's text is matched literally: '%' and '_' are not wildcards here ('!' escapes).
    QString needle = text.trimmed();
    needle.replace(QLatin1Char('!'), QStringLiteral("!!"))
        .replace(QLatin1Char('%'), QStringLiteral("!%"))
        .replace(QLatin1Char('_'), QStringLiteral("!_"));
    const QString pattern = QLatin1Char('%') + needle + QLatin1Char('%');
    auto query = m_database.exec(
        QStringLiteral(
            "SELECT %1 FROM products WHERE name_zh LIKE ? ESCAPE '!' OR name_en LIKE ? ESCAPE '!' "
            "OR sku = ? ORDER BY name_en LIMIT ?")
            .arg(QLatin1String(kColumns)),
        {pattern, pattern, text.trimmed(), limit});
    if (!query) {
        return query.error();
    }
    std::vector<Product> products;
    while (query->next()) {
        products.push_back(productFrom(query.value()));
    }
    return products;
}

Result<int> CatalogRepository::count() const
{
    auto query = m_database.exec(QStringLiteral("SELECT COUNT(*) FROM products"));
    if (!query) {
        return query.error();
    }
    query->next();
    return query->value(0).toInt();
}

} // namespace pos::storage
