#pragma once

#include "common/Result.h"
#include "domain/Product.h"

#include <vector>

namespace pos::storage {

class Database;

class CatalogRepository
{
public:
    explicit CatalogRepository(Database &database) : m_database(database) {}

    // Inserts or replaces by SKU after validating barcode check digit, names and price.
    Status upsert(const Product &product);
    Result<Product> findByBarcode(const QString &barcode) const;
    // Case-insensitive substring match on either name, or an exact SKU.
    Result<std::vector<Product>> search(const QString &text, int limit = 50) const;
    Result<int> count() const;

private:
    Database &m_database;
};

} // namespace pos::storage
