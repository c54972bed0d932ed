#include "storage/SettlementMigration.h"

namespace pos::storage {

// The settlement ledger is an append-only table every report adds up. Triggers on orders,
// order lines, payment attempts and refunds fill it, so every writer (terminal, posctl,
// recovery) books the same way. An entry goes to the business day it belongs to unless that day
// already has a Z report: then it goes to the terminal's open day as a correction of the closed
// one. Z reports are numbered without gaps per terminal and, like the ledger, never change.
namespace {

// Milliseconds since the epoch now, for rows that carry no time of their own.
const QString kNowMs =
    QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)");
// The date modifier that applies the cut-off hour: date(instant, 'localtime', <this>).
const QString kCutoff =
    QStringLiteral("'-' || COALESCE((SELECT cutoff_hour FROM settlement_settings), 0) || ' hours'");
const QString kBook = QStringLiteral(
    "INSERT INTO settlement_booking (terminal_id, own_date, cashier_id, kind, channel, method, "
    "count, amount_minor, order_id, reference, at_ms) ");

QStringList tables()
{
    return {
        QStringLiteral(R"(CREATE TABLE settlement_settings (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            cutoff_hour INTEGER NOT NULL CHECK (cutoff_hour BETWEEN 0 AND 23)))"),
        // The runtime writes the configured hour on every start; 4 is the configuration's default.
        QStringLiteral("INSERT INTO settlement_settings (id, cutoff_hour) VALUES (1, 4)"),
        // One line of a report: what its ledger rows add up to (sales per clock hour, tenders
        // per channel and method, refunds per channel, …); hour is −1 except for sales.
        QStringLiteral(R"(CREATE TABLE settlement_lines (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            channel TEXT NOT NULL,
            method TEXT NOT NULL,
            hour INTEGER NOT NULL,
            UNIQUE (kind, channel, method, hour)))"),
        // count is +1, or −1 for a reversal, so reports count rows. line_id names the row's
        // report line: reports group by that one small integer, in the order of an index that
        // holds it, and look the few lines up afterwards.
        QStringLiteral(R"(CREATE TABLE settlement_ledger (
            id INTEGER PRIMARY KEY,
            terminal_id TEXT NOT NULL,
            business_date TEXT NOT NULL,
            cashier_id INTEGER,
            kind TEXT NOT NULL CHECK (kind IN ('sale', 'discount', 'void', 'line_void', 'tender',
                                               'tender_reversed', 'refund')),
            channel TEXT NOT NULL DEFAULT '',
            method TEXT NOT NULL DEFAULT '',
            count INTEGER NOT NULL
                CHECK (count = CASE kind WHEN 'tender_reversed' THEN -1 ELSE 1 END),
            amount_minor INTEGER NOT NULL,
            order_id TEXT NOT NULL,
            reference TEXT NOT NULL DEFAULT '',
            correction_of TEXT,
            at_ms INTEGER NOT NULL,
            hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
            line_id INTEGER NOT NULL REFERENCES settlement_lines(id)))"),
        QStringLiteral("CREATE INDEX settlement_ledger_by_line ON settlement_ledger(terminal_id, "
                       "business_date, line_id, amount_minor)"),
        QStringLiteral("CREATE INDEX settlement_ledger_by_cashier_line ON settlement_ledger("
                       "terminal_id, business_date, cashier_id, line_id, amount_minor)"),
        QStringLiteral("CREATE INDEX settlement_ledger_by_channel ON settlement_ledger("
                       "terminal_id, business_date, kind, channel, amount_minor)"),
        QStringLiteral("CREATE INDEX settlement_ledger_by_cashier_time ON settlement_ledger("
                       "terminal_id, cashier_id, at_ms)"),
        QStringLiteral("CREATE INDEX settlement_ledger_by_order ON settlement_ledger(order_id, "
                       "kind, reference)"),
        QStringLiteral("CREATE INDEX settlement_ledger_corrections ON settlement_ledger("
                       "terminal_id, business_date) WHERE correction_of IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE z_reports (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            terminal_id TEXT NOT NULL,
            business_date TEXT NOT NULL,
            z_number INTEGER NOT NULL CHECK (z_number > 0),
            closed_at_ms INTEGER NOT NULL,
            closed_by TEXT NOT NULL,
            report_json TEXT NOT NULL,
            UNIQUE (terminal_id, business_date),
            UNIQUE (terminal_id, z_number)))"),
        QStringLiteral(R"(CREATE TABLE z_carry_overs (
            out_trade_no TEXT PRIMARY KEY,
            terminal_id TEXT NOT NULL,
            business_date TEXT NOT NULL,
            supervisor TEXT NOT NULL,
            at_ms INTEGER NOT NULL))"),
    };
}

QStringList guards()
{
    const auto immutable = [](const QString &table, const QString &what) {
        return QStringList{
            QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 BEGIN SELECT "
                           "RAISE(ABORT, '%2'); END")
                .arg(table, what),
            QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 BEGIN SELECT "
                           "RAISE(ABORT, '%2'); END")
                .arg(table, what)};
    };
    return QStringList{
               QStringLiteral(R"(CREATE TRIGGER z_reports_numbered BEFORE INSERT ON z_reports
            WHEN NEW.z_number <> COALESCE((SELECT MAX(z_number) FROM z_reports
                                           WHERE terminal_id = NEW.terminal_id), 0) + 1
            BEGIN SELECT RAISE(ABORT, 'Z numbers run 1, 2, 3 ... per terminal'); END)"),
               QStringLiteral(R"(CREATE TRIGGER settlement_ledger_line_matches BEFORE INSERT
            ON settlement_ledger
            WHEN NOT EXISTS (SELECT 1 FROM settlement_lines WHERE id = NEW.line_id
                                AND kind = NEW.kind AND channel = NEW.channel
                                AND method = NEW.method
                                AND hour = CASE NEW.kind WHEN 'sale' THEN NEW.hour ELSE -1 END)
            BEGIN SELECT RAISE(ABORT, 'ledger row does not match its report line'); END)"),
               QStringLiteral(R"(CREATE TRIGGER settlement_ledger_closed_day BEFORE INSERT
            ON settlement_ledger
            WHEN EXISTS (SELECT 1 FROM z_reports WHERE terminal_id = NEW.terminal_id
                                                   AND business_date = NEW.business_date)
            BEGIN SELECT RAISE(ABORT, 'business day already closed by a Z report'); END)"),
           }
           << immutable(QStringLiteral("settlement_ledger"),
                        QStringLiteral("the settlement ledger is append-only"))
           << immutable(QStringLiteral("settlement_lines"),
                        QStringLiteral("report lines are append-only"))
           << immutable(QStringLiteral("z_reports"), QStringLiteral("a Z report cannot be changed"))
           << immutable(QStringLiteral("z_carry_overs"),
                        QStringLiteral("a carry-over cannot be changed"));
}

// The booking triggers insert into this view; its INSTEAD OF trigger adds the report line if it
// is new and picks the day: the entry's own, or when that is closed, the open day (the entry's
// time less the cut-off, and after the terminal's last Z).
QStringList booking()
{
    const QString hour = QStringLiteral(
        "CAST(strftime('%H', NEW.at_ms / 1000, 'unixepoch', 'localtime') AS INTEGER)");
    const QString lineHour =
        QStringLiteral("CASE NEW.kind WHEN 'sale' THEN %1 ELSE -1 END").arg(hour);
    return {
        QStringLiteral(
            "CREATE VIEW settlement_booking AS SELECT terminal_id, business_date AS own_date, "
            "cashier_id, kind, channel, method, count, amount_minor, order_id, reference, at_ms "
            "FROM settlement_ledger WHERE 0"),
        QStringLiteral(
            "CREATE TRIGGER settlement_booking_insert INSTEAD OF INSERT ON settlement_booking "
            "BEGIN INSERT INTO settlement_lines (kind, channel, method, hour) SELECT NEW.kind, "
            "NEW.channel, NEW.method, %2 WHERE NOT EXISTS (SELECT 1 FROM settlement_lines WHERE "
            "kind = NEW.kind AND channel = NEW.channel AND method = NEW.method AND hour = %2); "
            "INSERT INTO settlement_ledger (terminal_id, business_date, cashier_id, kind, "
            "channel, method, count, amount_minor, order_id, reference, correction_of, at_ms, "
            "hour, line_id) SELECT NEW.terminal_id, CASE WHEN c.closed THEN MAX(date(NEW.at_ms / "
            "1000, 'unixepoch', 'localtime', %1), date(c.last, '+1 day')) ELSE NEW.own_date END, "
            "NEW.cashier_id, NEW.kind, NEW.channel, NEW.method, NEW.count, NEW.amount_minor, "
            "NEW.order_id, NEW.reference, CASE WHEN c.closed THEN NEW.own_date END, NEW.at_ms, "
            "%3, (SELECT id FROM settlement_lines WHERE kind = NEW.kind AND channel = NEW.channel "
            "AND method = NEW.method AND hour = %2) FROM (SELECT EXISTS (SELECT 1 FROM z_reports "
            "WHERE terminal_id = NEW.terminal_id AND business_date = NEW.own_date) AS closed, "
            "(SELECT MAX(business_date) FROM z_reports WHERE terminal_id = NEW.terminal_id) AS "
            "last) c; END")
            .arg(kCutoff, lineHour, hour),
    };
}

// Sales (and their discounts, lines' and order's, as one more entry), cancelled orders, voided
// lines. Orders are stored open and then flip; one stored already paid would book its sale
// before its lines exist, without their discounts.
QStringList orderTriggers()
{
    const QString sale =
        kBook +
        QStringLiteral("VALUES (NEW.terminal_id, NEW.business_date, NEW.cashier_id, "
                       "'sale', '', '', 1, NEW.total_minor, NEW.id, '', "
                       "COALESCE(NEW.paid_at_ms, %1));")
            .arg(kNowMs) +
        kBook +
        QStringLiteral("SELECT NEW.terminal_id, NEW.business_date, NEW.cashier_id, 'discount', "
                       "'', '', 1, d.minor, NEW.id, '', COALESCE(NEW.paid_at_ms, %1) FROM "
                       "(SELECT NEW.discount_minor + COALESCE((SELECT SUM(discount_minor) FROM "
                       "order_lines WHERE order_id = NEW.id AND voided = 0), 0) AS minor) d "
                       "WHERE d.minor > 0;")
            .arg(kNowMs);
    const QString orderVoid =
        kBook + QStringLiteral("VALUES (NEW.terminal_id, NEW.business_date, NEW.cashier_id, "
                               "'void', '', '', 1, NEW.total_minor, NEW.id, '', %1);")
                    .arg(kNowMs);
    // A voided line's stored net is zero; what was voided is its gross less its discount
    // (weighed goods: price per kg × grams / 1000, half up, as the order computes it). Lines
    // are rewritten on every save, so a voided line is booked once per line number.
    const QString lineVoid =
        kBook + QStringLiteral(
                    "SELECT o.terminal_id, o.business_date, o.cashier_id, 'line_void', '', '', 1, "
                    "CASE NEW.unit WHEN 'kg' THEN (NEW.unit_price_minor * NEW.quantity + 500) / "
                    "1000 ELSE NEW.unit_price_minor * NEW.quantity END - NEW.discount_minor, "
                    "o.id, CAST(NEW.line_no AS TEXT), %1 FROM orders o WHERE o.id = "
                    "NEW.order_id AND NOT EXISTS (SELECT 1 FROM settlement_ledger l WHERE "
                    "l.order_id = NEW.order_id AND l.kind = 'line_void' AND l.reference = "
                    "CAST(NEW.line_no AS TEXT));")
                    .arg(kNowMs);
    return {
        QStringLiteral("CREATE TRIGGER orders_book_sale AFTER UPDATE OF status ON orders WHEN "
                       "NEW.status = 'paid' AND OLD.status <> 'paid' BEGIN %1 END")
            .arg(sale),
        QStringLiteral("CREATE TRIGGER orders_book_sale_inserted AFTER INSERT ON orders WHEN "
                       "NEW.status = 'paid' BEGIN %1 END")
            .arg(sale),
        QStringLiteral("CREATE TRIGGER orders_book_void AFTER UPDATE OF status ON orders WHEN "
                       "NEW.status = 'cancelled' AND OLD.status <> 'cancelled' BEGIN %1 END")
            .arg(orderVoid),
        QStringLiteral("CREATE TRIGGER orders_book_void_inserted AFTER INSERT ON orders WHEN "
                       "NEW.status = 'cancelled' BEGIN %1 END")
            .arg(orderVoid),
        QStringLiteral("CREATE TRIGGER order_lines_book_void AFTER UPDATE OF voided ON "
                       "order_lines WHEN OLD.voided = 0 AND NEW.voided = 1 BEGIN %1 END")
            .arg(lineVoid),
        QStringLiteral("CREATE TRIGGER order_lines_book_void_inserted AFTER INSERT ON "
                       "order_lines WHEN NEW.voided = 1 BEGIN %1 END")
            .arg(lineVoid),
    };
}

// Money: tenders taken and reversed, refunds done (by the channel or by hand).
QStringList moneyTriggers()
{
    // %1: kind, %2: count, %3: signed amount, %4: when.
    const QString tender =
        kBook + QStringLiteral("SELECT o.terminal_id, o.business_date, o.cashier_id, %1, "
                               "NEW.channel, NEW.method, %2, %3, NEW.order_id, NEW.out_trade_no, "
                               "%4 FROM orders o WHERE o.id = NEW.order_id;");
    const QString changedAt =
        QStringLiteral("CASE WHEN NEW.updated_at_ms <> OLD.updated_at_ms THEN NEW.updated_at_ms "
                       "ELSE %1 END")
            .arg(kNowMs);
    // A refund belongs to the business day it was asked for, and to the cashier who asked.
    const QString refund =
        kBook +
        QStringLiteral("SELECT o.terminal_id, date(NEW.created_at_ms / 1000, 'unixepoch', "
                       "'localtime', %1), (SELECT id FROM cashiers WHERE code = NEW.requested_by), "
                       "'refund', NEW.channel, COALESCE((SELECT method FROM payment_attempts WHERE "
                       "id = NEW.attempt_id), ''), 1, -NEW.amount_minor, NEW.order_id, "
                       "NEW.out_request_no, %2 FROM orders o WHERE o.id = NEW.order_id;");
    const QString done = QStringLiteral("('succeeded', 'by_hand_done')");
    const QString taken = tender.arg(QStringLiteral("'tender'"), QStringLiteral("1"),
                                     QStringLiteral("NEW.amount_minor"), QStringLiteral("%1"));
    return {
        QStringLiteral("CREATE TRIGGER payment_attempts_book_tender AFTER UPDATE OF state ON "
                       "payment_attempts WHEN NEW.state = 'succeeded' AND OLD.state <> "
                       "'succeeded' BEGIN %1 END")
            .arg(taken.arg(changedAt)),
        QStringLiteral("CREATE TRIGGER payment_attempts_book_tender_inserted AFTER INSERT ON "
                       "payment_attempts WHEN NEW.state = 'succeeded' BEGIN %1 END")
            .arg(taken.arg(QStringLiteral("NEW.updated_at_ms"))),
        QStringLiteral("CREATE TRIGGER payment_attempts_book_reversal AFTER UPDATE OF state ON "
                       "payment_attempts WHEN OLD.state = 'succeeded' AND NEW.state <> "
                       "'succeeded' BEGIN %1 END")
            .arg(tender.arg(QStringLiteral("'tender_reversed'"), QStringLiteral("-1"),
                            QStringLiteral("-NEW.amount_minor"), changedAt)),
        QStringLiteral("CREATE TRIGGER refunds_book AFTER UPDATE OF state ON refunds WHEN "
                       "NEW.state IN %1 AND OLD.state NOT IN %1 BEGIN %2 END")
            .arg(done, refund.arg(kCutoff, changedAt)),
        QStringLiteral("CREATE TRIGGER refunds_book_inserted AFTER INSERT ON refunds WHEN "
                       "NEW.state IN %1 BEGIN %2 END")
            .arg(done, refund.arg(kCutoff, QStringLiteral("NEW.updated_at_ms"))),
    };
}

} // namespace

QStringList settlementMigration()
{
    return tables() + guards() + booking() + orderTriggers() + moneyTriggers();
}

} // namespace pos::storage
