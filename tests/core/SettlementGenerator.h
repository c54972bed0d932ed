#pragma once

// The property test's trading: orders for several cashiers across a business-day cut-off, split
// and reversed tenders on several channels, cancelled orders, voided lines, partial refunds
// (some on a later business day), attempts left unresolved.

#include "SettlementModel.h"
#include "SettlementWriter.h"

#include "domain/BusinessCalendar.h"

#include <random>
#include <vector>

namespace pos::test {

// Seeded random trading on two terminals from 08:00 on 10 June to 04:00 on 12 June (cut-off 4),
// written through SettlementWriter, with what every report must show kept in a SettlementModel.
class SettlementGenerator
{
public:
    static constexpr int kCutoffHour = 4;
    static constexpr int kWindowSeconds = 44 * 3600;

    struct Tender
    {
        QString channel;
        QString method;
    };

    struct Part
    {
        QString outTradeNo;
        Tender tender;
        qint64 amount = 0;
    };

    struct Person
    {
        qint64 id = 0; // 0: no cashier
        QString code;
    };

    SettlementGenerator(unsigned seed, SettlementWriter &writer, std::vector<Person> cashiers)
        : m_rng(seed), m_writer(writer), m_cashiers(std::move(cashiers)),
          m_start(SettlementWriter::ms(QDate(2026, 6, 10), 8))
    {
    }

    void run(int orders)
    {
        for (int n = 1; n <= orders; ++n) {
            order(n);
        }
    }

    const SettlementModel &model() const { return m_model; }
    int ordersBeforeCutoff() const { return m_ordersBeforeCutoff; }
    int refundsOnALaterDay() const { return m_refundsOnALaterDay; }

private:
    qint64 pick(qint64 low, qint64 high)
    {
        return std::uniform_int_distribution<qint64>(low, high)(m_rng);
    }
    bool chance(int percent) { return pick(0, 99) < percent; }
    const Person &anyCashier()
    {
        return m_cashiers[size_t(pick(0, qint64(m_cashiers.size()) - 1))];
    }
    Tender anyTender()
    {
        static const std::vector<Tender> kTenders{
            {QStringLiteral("cash"), QStringLiteral("cash")},
            {QStringLiteral("alipay"), QStringLiteral("payment_code")},
            {QStringLiteral("alipay"), QStringLiteral("face_pay")},
            {QStringLiteral("wechat"), QStringLiteral("payment_code")},
            {QStringLiteral("wechat"), QStringLiteral("customer_qr")},
            {QStringLiteral("unionpay"), QStringLiteral("payment_code")}};
        return kTenders[size_t(pick(0, qint64(kTenders.size()) - 1))];
    }
    QString nextReference(const QString &orderId, QChar kind)
    {
        return QStringLiteral("%1-%2%3").arg(orderId).arg(kind).arg(++m_references);
    }

    void order(int n)
    {
        m_terminal = chance(70) ? QStringLiteral("T01") : QStringLiteral("T02");
        m_cashier = chance(5) ? 0 : anyCashier().id;
        const qint64 created = m_start + pick(0, kWindowSeconds - 1) * 1000;
        const QDateTime createdAt = QDateTime::fromMSecsSinceEpoch(created);
        m_day = m_calendar.businessDate(createdAt);
        m_ordersBeforeCutoff += createdAt.time().hour() < kCutoffHour ? 1 : 0;
        const QString id = QStringLiteral("%1-%2").arg(m_terminal).arg(n, 6, 10, QLatin1Char('0'));

        std::vector<LineSpec> lines(size_t(pick(1, 4)));
        for (LineSpec &line : lines) {
            line.weighed = chance(20);
            line.unitPriceMinor = line.weighed ? pick(500, 3000) : pick(100, 5000);
            line.quantity = line.weighed ? pick(100, 2500) : pick(1, 5);
            const qint64 gross = SettlementWriter::gross(line);
            line.discountMinor = chance(20) && gross > 5 ? pick(1, gross / 5) : 0;
            line.voided = chance(8);
        }
        qint64 subtotal = 0;
        for (const LineSpec &line : lines) {
            subtotal += line.voided ? 0 : SettlementWriter::gross(line) - line.discountMinor;
        }
        const qint64 orderDiscount = chance(15) && subtotal > 10 ? pick(1, subtotal / 10) : 0;
        qint64 total =
            m_writer.openOrder(id, m_terminal, m_cashier, m_day, created, lines, orderDiscount);
        for (LineSpec &line : lines) {
            if (line.voided) {
                bookVoid(SettlementWriter::gross(line) - line.discountMinor);
            }
        }
        for (size_t i = 0; i < lines.size(); ++i) {
            const qint64 net = SettlementWriter::gross(lines[i]) - lines[i].discountMinor;
            if (!lines[i].voided && total - net >= 0 && chance(8)) {
                m_writer.voidLine(id, int(i) + 1, net);
                lines[i].voided = true;
                total -= net;
                bookVoid(net);
            }
        }
        m_at = created;
        const qint64 outcome = pick(0, 99);
        if (total <= 0 || outcome < 8) {
            if (total > 0 && chance(30)) {
                attempt(id, anyTender(), total, QStringLiteral("failed"));
            }
            m_writer.cancel(id);
            bookVoid(total);
        } else if (outcome < 13) {
            leaveUnresolved(id, total);
        } else if (outcome < 17) {
            if (chance(50)) {
                attempt(id, anyTender(), total, QStringLiteral("failed"));
            }
        } else {
            qint64 lineDiscounts = 0;
            for (const LineSpec &line : lines) {
                lineDiscounts += line.voided ? 0 : line.discountMinor;
            }
            pay(id, total, orderDiscount + lineDiscounts);
        }
    }

    void bookVoid(qint64 minor)
    {
        m_model.book(m_terminal, m_day, m_cashier,
                     [&](SettlementModel::Day &day) { day.voids.add(1, minor); });
    }

    void bookTender(const Tender &tender, qint64 count, qint64 minor)
    {
        m_model.book(m_terminal, m_day, m_cashier, [&](SettlementModel::Day &day) {
            day.tenders[{tender.channel, tender.method}].add(count, minor);
            day.netMinor += minor;
        });
    }

    // Inserts an attempt that ends in `state` (Sent first, as the service writes ahead).
    QString attempt(const QString &orderId, const Tender &tender, qint64 amount,
                    const QString &state)
    {
        const QString outTradeNo = nextReference(orderId, QLatin1Char('A'));
        m_at += 5000;
        if (state == QLatin1String("succeeded") && chance(30)) {
            m_writer.addAttempt(orderId, outTradeNo, tender.channel, tender.method, amount, state,
                                m_at);
        } else {
            m_writer.addAttempt(orderId, outTradeNo, tender.channel, tender.method, amount,
                                QStringLiteral("sent"), m_at);
            if (state != QLatin1String("sent")) {
                m_writer.setAttemptState(outTradeNo, state, m_at + 1000);
            }
        }
        if (state == QLatin1String("succeeded")) {
            bookTender(tender, 1, amount);
        }
        return outTradeNo;
    }

    void leaveUnresolved(const QString &orderId, qint64 total)
    {
        qint64 rest = total;
        if (total > 1 && chance(50)) {
            const qint64 part = pick(1, total - 1);
            attempt(orderId, anyTender(), part, QStringLiteral("succeeded"));
            rest -= part;
        }
        static const QStringList kStates{QStringLiteral("sent"), QStringLiteral("user_paying"),
                                         QStringLiteral("unknown"),
                                         QStringLiteral("pending_statement")};
        const QString state = kStates.at(int(pick(0, kStates.size() - 1)));
        const Tender tender = anyTender();
        const QString outTradeNo = attempt(orderId, tender, rest, state);
        m_model.book(m_terminal, m_day, m_cashier, [&](SettlementModel::Day &day) {
            day.unresolved.push_back(
                {outTradeNo, orderId, tender.channel, state, Money::fromMinor(rest), false, {}});
        });
    }

    void pay(const QString &orderId, qint64 total, qint64 discount)
    {
        const qint64 parts = total < 3 ? 1 : (chance(60) ? 1 : (chance(75) ? 2 : 3));
        std::vector<Part> kept;
        qint64 left = total;
        for (qint64 i = 0; i < parts; ++i) {
            const qint64 amount = i + 1 == parts ? left : pick(1, left - (parts - i - 1));
            left -= amount;
            if (chance(10)) {
                attempt(orderId, anyTender(), amount, QStringLiteral("failed"));
            }
            if (chance(7)) {
                const Tender tender = anyTender();
                const QString reversed =
                    attempt(orderId, tender, amount, QStringLiteral("succeeded"));
                m_writer.setAttemptState(reversed, QStringLiteral("reversed"), m_at + 2000);
                bookTender(tender, -1, -amount);
            }
            const Tender tender = anyTender();
            kept.push_back(
                {attempt(orderId, tender, amount, QStringLiteral("succeeded")), tender, amount});
        }
        const qint64 paidAt = m_at + 10000;
        m_writer.markPaid(orderId, paidAt);
        const int hour = QDateTime::fromMSecsSinceEpoch(paidAt).time().hour();
        m_model.book(m_terminal, m_day, m_cashier, [&](SettlementModel::Day &day) {
            day.sales.add(1, total);
            day.discountMinor += discount;
            day.hours[hour].add(1, total);
        });
        if (chance(20)) {
            refund(orderId, kept[size_t(pick(0, qint64(kept.size()) - 1))], paidAt);
        }
    }

    // One or two refunds of a paid part, asked for up to eight hours later (maybe on the next
    // business day), by a cashier or by the system (no cashier).
    void refund(const QString &orderId, const Part &part, qint64 paidAt)
    {
        qint64 refundable = part.amount;
        const int count = chance(25) ? 2 : 1;
        for (int i = 0; i < count && refundable > 0; ++i) {
            const qint64 amount = pick(1, refundable);
            const Person requester =
                chance(15) ? Person{0, QStringLiteral("system")} : anyCashier();
            const qint64 created = paidAt + pick(0, 8 * 3600) * 1000;
            const QDate day = m_calendar.businessDate(QDateTime::fromMSecsSinceEpoch(created));
            const QString no = nextReference(orderId, QLatin1Char('R'));
            const qint64 outcome = pick(0, 99);
            QString finalState;
            if (outcome < 15) {
                m_writer.addRefund(no, part.outTradeNo, amount, requester.code,
                                   QStringLiteral("succeeded"), created);
                finalState = QStringLiteral("succeeded");
            } else if (outcome < 65) {
                m_writer.addRefund(no, part.outTradeNo, amount, requester.code,
                                   QStringLiteral("sent"), created);
                m_writer.setRefundState(no, QStringLiteral("succeeded"), created + 10000);
                finalState = QStringLiteral("succeeded");
            } else if (outcome < 75) {
                m_writer.addRefund(no, part.outTradeNo, amount, requester.code,
                                   QStringLiteral("by_hand"), created);
                m_writer.setRefundState(no, QStringLiteral("by_hand_done"), created + 60000);
                finalState = QStringLiteral("by_hand_done");
            } else if (outcome < 85) {
                m_writer.addRefund(no, part.outTradeNo, amount, requester.code,
                                   QStringLiteral("sent"), created);
                m_writer.setRefundState(no, QStringLiteral("failed"), created + 10000);
                continue; // nothing went back, nothing is committed
            } else {
                m_writer.addRefund(no, part.outTradeNo, amount, requester.code,
                                   QStringLiteral("processing"), created);
            }
            refundable -= amount;
            if (finalState.isEmpty()) {
                continue; // still on its way: not in any report yet
            }
            m_refundsOnALaterDay += day != m_day ? 1 : 0;
            m_model.book(m_terminal, day, requester.id, [&](SettlementModel::Day &d) {
                d.refunds[part.tender.channel].add(1, amount);
                d.refundTotal.add(1, amount);
                d.netMinor -= amount;
            });
        }
    }

    std::mt19937 m_rng;
    SettlementWriter &m_writer;
    std::vector<Person> m_cashiers;
    const qint64 m_start;
    const BusinessCalendar m_calendar{kCutoffHour};
    SettlementModel m_model;
    QString m_terminal;
    qint64 m_cashier = 0;
    QDate m_day;
    qint64 m_at = 0;
    int m_references = 0;
    int m_ordersBeforeCutoff = 0;
    int m_refundsOnALaterDay = 0;
};

} // namespace pos::test
