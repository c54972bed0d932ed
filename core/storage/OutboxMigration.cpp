#include "storage/OutboxMigration.h"

namespace pos::storage {

// An outbox item is written in the same transaction as the record it reports (a Z report, a
// shift close) and numbered by seq, which with the terminal id is the idempotency key head office
// deduplicates on. What an item carries never changes and an item is never deleted; only its
// delivery columns move, and once sent it is final, so nothing can make it go out twice as two
// different things. Waiting: neither sent nor rejected.
QStringList outboxMigration()
{
    return {
        QStringLiteral(R"(CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            terminal_id TEXT NOT NULL CHECK (terminal_id <> ''),
            kind TEXT NOT NULL CHECK (kind <> ''),
            item_key TEXT NOT NULL CHECK (item_key <> ''),
            payload TEXT NOT NULL CHECK (json_valid(payload)),
            created_at_ms INTEGER NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
            next_try_at_ms INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            sent_at_ms INTEGER,
            rejected_at_ms INTEGER,
            CHECK (sent_at_ms IS NULL OR rejected_at_ms IS NULL),
            UNIQUE (kind, item_key)))"),
        QStringLiteral("CREATE INDEX outbox_waiting ON outbox(seq) WHERE sent_at_ms IS NULL AND "
                       "rejected_at_ms IS NULL"),
        QStringLiteral(R"(CREATE TRIGGER outbox_item_is_final BEFORE UPDATE OF seq, terminal_id,
            kind, item_key, payload, created_at_ms ON outbox
            BEGIN SELECT RAISE(ABORT, 'what an outbox item carries cannot change'); END)"),
        QStringLiteral(R"(CREATE TRIGGER outbox_sent_is_final BEFORE UPDATE ON outbox
            WHEN OLD.sent_at_ms IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'a sent outbox item cannot change'); END)"),
        QStringLiteral(R"(CREATE TRIGGER outbox_never_deleted BEFORE DELETE ON outbox
            BEGIN SELECT RAISE(ABORT, 'outbox items are never deleted'); END)"),
    };
}

} // namespace pos::storage
