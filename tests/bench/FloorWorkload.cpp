#include "FloorWorkload.h"

#include <QSqlQuery>

namespace pos::bench {

namespace {
// About the length of the string an alipay.trade.pay request signs (~300 bytes).
QByteArray requestText(int round)
{
    return QStringLiteral("app_id=2021000000000001&biz_content={\"out_trade_no\":\"FLOOR%1\","
                          "\"scene\":\"bar_code\",\"auth_code\":\"287634438256641234\","
                          "\"subject\":\"Demo Shop\",\"total_amount\":\"2.00\",\"store_id\":"
                          "\"S001\",\"terminal_id\":\"T01\",\"operator_id\":\"1001\"}&charset=utf-8"
                          "&format=JSON&method=alipay.trade.pay&sign_type=RSA2&timestamp="
                          "2026-11-25 10:00:00&version=1.0")
        .arg(round, 8, 10, QLatin1Char('0'))
        .toUtf8();
}

Status commitOne(storage::Database &database, const QString &sql, const QVariantList &bindings)
{
    storage::Transaction transaction(database);
    if (!transaction.started()) {
        return transaction.started();
    }
    if (auto done = database.exec(sql, bindings); !done) {
        return done.error();
    }
    return transaction.commit();
}
} // namespace

Status FloorWorkload::open(const QString &path)
{
    auto appKey = security::RsaKey::generate(2048);
    auto channelKey = security::RsaKey::generate(2048);
    if (!appKey || !channelKey) {
        return Error{QStringLiteral("bench.key"), QStringLiteral("cannot generate RSA keys")};
    }
    m_appKey = appKey.value();
    auto channelPublic = security::RsaKey::fromPem(channelKey->publicPem());
    if (!channelPublic) {
        return channelPublic.error();
    }
    m_channelPublicKey = channelPublic.value();
    m_answer = QByteArrayLiteral(
        "{\"code\":\"10000\",\"msg\":\"Success\",\"buyer_logon_id\":\"159****5620\","
        "\"buyer_pay_amount\":\"2.00\",\"buyer_user_id\":\"2088101117955611\",\"fund_bill_list\":"
        "[{\"amount\":\"2.00\",\"fund_channel\":\"ALIPAYACCOUNT\"}],\"gmt_payment\":\"2026-11-25 "
        "10:00:00\",\"out_trade_no\":\"FLOOR00000001\",\"total_amount\":\"2.00\",\"trade_no\":"
        "\"2026112522001411111111111111\"}");
    auto signature = channelKey->signSha256(m_answer);
    if (!signature) {
        return signature.error();
    }
    m_answerSignature = signature.value();
    if (auto opened = m_database.open(path, QStringLiteral("bench-floor")); !opened) {
        return opened;
    }
    auto created = m_database.exec(
        QStringLiteral("CREATE TABLE IF NOT EXISTS bench_floor (id INTEGER PRIMARY KEY, "
                       "out_trade_no TEXT NOT NULL UNIQUE, state TEXT NOT NULL, "
                       "signature BLOB NOT NULL, updated_ms INTEGER NOT NULL)"));
    return created ? success() : Status(created.error());
}

Status FloorWorkload::runOnce(int round)
{
    const QByteArray request = requestText(round);
    auto signature = m_appKey.signSha256(request);
    if (!signature) {
        return signature.error();
    }
    if (!m_channelPublicKey.verifySha256(m_answer, m_answerSignature)) {
        return Error{QStringLiteral("bench.verify"), QStringLiteral("signature did not verify")};
    }
    const QString outTradeNo = QStringLiteral("FLOOR%1").arg(round);
    if (auto written =
            commitOne(m_database,
                      QStringLiteral("INSERT OR REPLACE INTO bench_floor (out_trade_no, "
                                     "state, signature, updated_ms) VALUES (?, ?, ?, ?)"),
                      {outTradeNo, QStringLiteral("sent"), signature.value(), round});
        !written) {
        return written;
    }
    return commitOne(m_database,
                     QStringLiteral("UPDATE bench_floor SET state = ?, updated_ms = ? "
                                    "WHERE out_trade_no = ?"),
                     {QStringLiteral("succeeded"), round + 1, outTradeNo});
}

QString FloorWorkload::pragmas() const
{
    QStringList values;
    for (const QString &name : {QStringLiteral("journal_mode"), QStringLiteral("synchronous")}) {
        auto query = m_database.exec(QStringLiteral("PRAGMA %1").arg(name));
        values << QStringLiteral("%1=%2").arg(
            name, query && query->next() ? query->value(0).toString() : QStringLiteral("?"));
    }
    return values.join(QLatin1Char(' '));
}

} // namespace pos::bench
