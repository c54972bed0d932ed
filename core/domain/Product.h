#pragma once

#include "money/Money.h"

#include <QString>

namespace pos {

enum class SaleUnit
{
    Piece,    // quantity counts pieces; price is per piece
    Kilogram, // quantity is in grams; price is per kilogram
};

struct Product
{
    QString sku;
    QString barcode; // EAN-13 form
    QString nameZh;
    QString nameEn;
    Money price; // per piece, or per kilogram for weighed goods
    SaleUnit unit = SaleUnit::Piece;

    bool isWeighed() const { return unit == SaleUnit::Kilogram; }
    QString displayName(const QString &language) const
    {
        return language.startsWith(QLatin1String("zh")) ? nameZh : nameEn;
    }
};

} // namespace pos
