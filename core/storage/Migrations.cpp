#include "storage/Migrations.h"

#include "storage/OutboxMigration.h"
#include "storage/SettlementMigration.h"

namespace pos::storage {

namespace {

QStringList migration1()
{
    return {
        QStringLiteral(R"(CREATE TABLE products (
            sku TEXT PRIMARY KEY,
            barcode TEXT NOT NULL UNIQUE,
            name_zh TEXT NOT NULL,
            name_en TEXT NOT NULL,
            price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
            currency TEXT NOT NULL,
            unit TEXT NOT NULL CHECK (unit IN ('piece', 'kg'))))"),
        QStringLiteral(R"(CREATE TABLE cashiers (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('cashier', 'supervisor', 'admin')),
            pin_salt BLOB NOT NULL,
            pin_hash BLOB NOT NULL,
            pin_iterations INTEGER NOT NULL,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE orders (
            id TEXT PRIMARY KEY,
            terminal_id TEXT NOT NULL,
            cashier_id INTEGER REFERENCES cashiers(id),
            status TEXT NOT NULL CHECK (status IN ('open', 'paid', 'cancelled')),
            currency TEXT NOT NULL,
            subtotal_minor INTEGER NOT NULL,
            discount_minor INTEGER NOT NULL,
            total_minor INTEGER NOT NULL CHECK (total_minor >= 0),
            business_date TEXT NOT NULL,
            created_at_ms INTEGER NOT NULL,
            paid_at_ms INTEGER))"),
        QStringLiteral(R"(CREATE TABLE order_lines (
            order_id TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
            line_no INTEGER NOT NULL,
            sku TEXT NOT NULL,
            barcode TEXT NOT NULL,
            name_zh TEXT NOT NULL,
            name_en TEXT NOT NULL,
            unit TEXT NOT NULL,
            unit_price_minor INTEGER NOT NULL,
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            discount_minor INTEGER NOT NULL,
            net_minor INTEGER NOT NULL,
            voided INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (order_id, line_no)))"),
        QStringLiteral(R"(CREATE TABLE payment_attempts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            order_id TEXT NOT NULL REFERENCES orders(id),
            out_trade_no TEXT NOT NULL UNIQUE,
            channel TEXT NOT NULL,
            method TEXT NOT NULL,
            amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
            currency TEXT NOT NULL,
            tendered_minor INTEGER NOT NULL DEFAULT 0,
            state TEXT NOT NULL,
            masked_code TEXT NOT NULL DEFAULT '',
            channel_trade_no TEXT NOT NULL DEFAULT '',
            last_reason TEXT NOT NULL DEFAULT '',
            created_at_ms INTEGER NOT NULL,
            updated_at_ms INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX payment_attempts_by_order ON payment_attempts(order_id)"),
        QStringLiteral("CREATE INDEX payment_attempts_by_state ON payment_attempts(state)"),
        QStringLiteral(R"(CREATE TABLE attempt_events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            attempt_id INTEGER NOT NULL REFERENCES payment_attempts(id),
            from_state TEXT NOT NULL,
            to_state TEXT NOT NULL,
            reason TEXT NOT NULL,
            at_ms INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at_ms INTEGER NOT NULL,
            cashier_id INTEGER,
            action TEXT NOT NULL,
            detail TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE counters (
            name TEXT PRIMARY KEY,
            value INTEGER NOT NULL))"),
    };
}

// C-scan-B: the QR content a channel returned for an attempt, shown to the customer.
QStringList migration2()
{
    return {
        QStringLiteral("ALTER TABLE payment_attempts ADD COLUMN qr_code TEXT NOT NULL DEFAULT ''"),
    };
}

// Refunds (with the cumulative cap enforced by the database itself, so no path and no second
// process can refund more than was paid), verified notifications (deduplicated), and the
// durable "give this money back" mark on attempts.
QStringList migration3()
{
    return {
        QStringLiteral("ALTER TABLE payment_attempts ADD COLUMN cancel_requested INTEGER NOT NULL "
                       "DEFAULT 0"),
        QStringLiteral(R"(CREATE TABLE refunds (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            out_request_no TEXT NOT NULL UNIQUE,
            attempt_id INTEGER NOT NULL REFERENCES payment_attempts(id),
            order_id TEXT NOT NULL,
            out_trade_no TEXT NOT NULL,
            channel TEXT NOT NULL,
            amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
            currency TEXT NOT NULL,
            state TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('requested', 'automatic')),
            reason TEXT NOT NULL,
            requested_by TEXT NOT NULL,
            approved_by TEXT NOT NULL,
            channel_refund_no TEXT NOT NULL DEFAULT '',
            manual_reference TEXT NOT NULL DEFAULT '',
            last_reason TEXT NOT NULL DEFAULT '',
            created_at_ms INTEGER NOT NULL,
            updated_at_ms INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX refunds_by_attempt ON refunds(attempt_id)"),
        QStringLiteral("CREATE INDEX refunds_by_state ON refunds(state)"),
        QStringLiteral(R"(CREATE TRIGGER refunds_within_paid BEFORE INSERT ON refunds
            WHEN NEW.amount_minor + COALESCE((SELECT SUM(amount_minor) FROM refunds
                                              WHERE attempt_id = NEW.attempt_id
                                                AND state <> 'failed'), 0)
                 > (SELECT amount_minor FROM payment_attempts WHERE id = NEW.attempt_id
                                                               AND state = 'succeeded')
              OR NOT EXISTS (SELECT 1 FROM payment_attempts WHERE id = NEW.attempt_id
                                                              AND state = 'succeeded')
            BEGIN SELECT RAISE(ABORT, 'refund exceeds what was paid'); END)"),
        QStringLiteral(R"(CREATE TABLE refund_events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            refund_id INTEGER NOT NULL REFERENCES refunds(id),
            from_state TEXT NOT NULL,
            to_state TEXT NOT NULL,
            reason TEXT NOT NULL,
            at_ms INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE notifications (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            channel TEXT NOT NULL,
            dedup_key TEXT NOT NULL,
            event TEXT NOT NULL,
            out_trade_no TEXT NOT NULL DEFAULT '',
            out_request_no TEXT NOT NULL DEFAULT '',
            verdict TEXT NOT NULL CHECK (verdict IN ('accepted', 'rejected')),
            detail TEXT NOT NULL,
            via TEXT NOT NULL,
            received_at_ms INTEGER NOT NULL))"),
        QStringLiteral(
            "CREATE UNIQUE INDEX notifications_once ON notifications(channel, dedup_key) "
            "WHERE verdict = 'accepted'"),
    };
}

// The print spooler's durable queue (a job is committed before any byte goes to the printer and
// leaves it only as printed or, by a supervisor, abandoned) and the cash drawer's open/close log.
QStringList migration4()
{
    return {
        QStringLiteral(R"(CREATE TABLE print_jobs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL CHECK (kind IN ('receipt', 'copy', 'drawer', 'test', 'qr',
                                               'report')),
            order_id TEXT,
            bytes BLOB NOT NULL,
            preview TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'queued'
                CHECK (state IN ('queued', 'printed', 'abandoned')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            created_at_ms INTEGER NOT NULL,
            printed_at_ms INTEGER))"),
        QStringLiteral("CREATE INDEX print_jobs_by_state ON print_jobs(state)"),
        QStringLiteral("CREATE INDEX print_jobs_by_order ON print_jobs(order_id)"),
        QStringLiteral(R"(CREATE TABLE drawer_events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            cashier_id INTEGER,
            order_id TEXT,
            reason TEXT NOT NULL,
            opened_at_ms INTEGER NOT NULL,
            closed_at_ms INTEGER))"),
        QStringLiteral("CREATE INDEX drawer_events_by_opened ON drawer_events(opened_at_ms)"),
    };
}

// The settlement ledger and Z reports (issue 6): see SettlementMigration.cpp.
QStringList migration5()
{
    return settlementMigration();
}

// Shifts, cash movements and cash counts (issue 6). The database itself keeps one open shift per
// terminal (a second process cannot open another) and makes closed shifts, their counts and all
// pay-ins/pay-outs final: the day-end report is built on them.
QStringList migration6()
{
    return {
        QStringLiteral(R"(CREATE TABLE shifts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            terminal_id TEXT NOT NULL CHECK (terminal_id <> ''),
            cashier_id INTEGER NOT NULL REFERENCES cashiers(id),
            business_date TEXT NOT NULL,
            currency TEXT NOT NULL,
            opened_at_ms INTEGER NOT NULL,
            opening_float_minor INTEGER NOT NULL CHECK (opening_float_minor >= 0),
            opened_from_shift INTEGER REFERENCES shifts(id),
            blind INTEGER NOT NULL DEFAULT 0 CHECK (blind IN (0, 1)),
            counted_minor INTEGER CHECK (counted_minor >= 0),
            closed_at_ms INTEGER,
            cash_sales_minor INTEGER,
            cash_refunds_minor INTEGER,
            pay_ins_minor INTEGER,
            pay_outs_minor INTEGER,
            expected_minor INTEGER,
            over_short_minor INTEGER,
            reason TEXT NOT NULL DEFAULT '',
            signed_off_by INTEGER REFERENCES cashiers(id),
            CHECK (closed_at_ms IS NULL OR closed_at_ms >= opened_at_ms),
            CHECK (closed_at_ms IS NULL OR (counted_minor IS NOT NULL
                   AND expected_minor = opening_float_minor + cash_sales_minor
                       - cash_refunds_minor + pay_ins_minor - pay_outs_minor
                   AND over_short_minor = counted_minor - expected_minor))))"),
        QStringLiteral("CREATE UNIQUE INDEX shifts_one_open_per_terminal ON shifts(terminal_id) "
                       "WHERE closed_at_ms IS NULL"),
        QStringLiteral("CREATE UNIQUE INDEX shifts_handed_over_once ON shifts(opened_from_shift) "
                       "WHERE opened_from_shift IS NOT NULL"),
        QStringLiteral(
            "CREATE INDEX shifts_by_day ON shifts(terminal_id, business_date, cashier_id)"),
        QStringLiteral(R"(CREATE TRIGGER shifts_closed_are_final BEFORE UPDATE ON shifts
            WHEN OLD.closed_at_ms IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'a closed shift cannot change'); END)"),
        QStringLiteral(R"(CREATE TRIGGER shifts_never_deleted BEFORE DELETE ON shifts
            BEGIN SELECT RAISE(ABORT, 'shifts are never deleted'); END)"),
        QStringLiteral(R"(CREATE TABLE cash_movements (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            shift_id INTEGER NOT NULL REFERENCES shifts(id),
            kind TEXT NOT NULL CHECK (kind IN ('pay_in', 'pay_out')),
            amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
            reason TEXT NOT NULL CHECK (trim(reason) <> ''),
            cashier_id INTEGER NOT NULL REFERENCES cashiers(id),
            at_ms INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX cash_movements_by_shift ON cash_movements(shift_id)"),
        QStringLiteral(R"(CREATE TRIGGER cash_movements_open_shift BEFORE INSERT ON cash_movements
            WHEN (SELECT closed_at_ms FROM shifts WHERE id = NEW.shift_id) IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'the shift is closed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER cash_movements_no_update BEFORE UPDATE ON cash_movements
            BEGIN SELECT RAISE(ABORT, 'cash movements are append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER cash_movements_no_delete BEFORE DELETE ON cash_movements
            BEGIN SELECT RAISE(ABORT, 'cash movements are append-only'); END)"),
        QStringLiteral(R"(CREATE TABLE cash_counts (
            shift_id INTEGER NOT NULL REFERENCES shifts(id),
            denomination_minor INTEGER NOT NULL CHECK (denomination_minor > 0),
            quantity INTEGER NOT NULL CHECK (quantity >= 0),
            PRIMARY KEY (shift_id, denomination_minor)))"),
        QStringLiteral(R"(CREATE TRIGGER cash_counts_open_shift_insert BEFORE INSERT ON cash_counts
            WHEN (SELECT closed_at_ms FROM shifts WHERE id = NEW.shift_id) IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'the shift is closed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER cash_counts_open_shift_update BEFORE UPDATE ON cash_counts
            WHEN (SELECT closed_at_ms FROM shifts WHERE id = OLD.shift_id) IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'the shift is closed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER cash_counts_open_shift_delete BEFORE DELETE ON cash_counts
            WHEN (SELECT closed_at_ms FROM shifts WHERE id = OLD.shift_id) IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'the shift is closed'); END)"),
    };
}

// The outbox for head office (issue 7): see OutboxMigration.cpp.
QStringList migration7()
{
    return outboxMigration();
}

} // namespace

const std::vector<QStringList> &allMigrations()
{
    static const std::vector<QStringList> migrations{migration1(), migration2(), migration3(),
                                                     migration4(), migration5(), migration6(),
                                                     migration7()};
    return migrations;
}

} // namespace pos::storage
