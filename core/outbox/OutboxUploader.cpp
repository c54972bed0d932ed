#include "outbox/OutboxUploader.h"

#include "outbox/OutboxRepository.h"
#include "outbox/UploadSignature.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcOutbox, "pos.outbox")

namespace pos::outbox {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QUrl uploadUrl(const QUrl &base, const QString &terminalId)
{
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    path += QStringLiteral("/api/v1/terminals/%1/outbox")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(terminalId)));
    url.setPath(path, QUrl::StrictMode);
    return url;
}

QByteArray bodyOf(const OutboxItem &item)
{
    const QJsonObject body{
        {QStringLiteral("terminal_id"), item.terminalId},
        {QStringLiteral("seq"), item.seq},
        {QStringLiteral("kind"), item.kind},
        {QStringLiteral("key"), item.key},
        {QStringLiteral("payload"), QJsonDocument::fromJson(item.payload).object()},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

OutboxUploader::OutboxUploader(storage::Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &OutboxUploader::pump);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_timedOut = true;
            m_reply->abort(); // finishes the reply: onFinished settles it
        }
    });
}

OutboxUploader::~OutboxUploader()
{
    stop();
}

void OutboxUploader::start(const UploadSettings &settings)
{
    stop();
    m_settings = settings;
    if (m_settings.baseUrl.isEmpty() || !m_settings.baseUrl.isValid()) {
        qCInfo(lcOutbox) << "no head office configured: the outbox keeps its items";
        return;
    }
    m_running = true;
    qCInfo(lcOutbox).noquote() << "uploading to" << m_settings.baseUrl.toString()
                               << (m_settings.secret.isEmpty() ? "(unsigned)" : "(signed)");
    wakeIn(0);
}

void OutboxUploader::stop()
{
    m_running = false;
    m_wake.stop();
    abandonReply();
}

void OutboxUploader::abandonReply()
{
    m_deadline.stop();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void OutboxUploader::kick()
{
    if (auto due = OutboxRepository(m_database).makeAllDue(); !due) {
        qCWarning(lcOutbox).noquote() << "cannot make the outbox due:" << due.error().message;
    }
    if (m_running && !isSending()) {
        wakeIn(0);
    }
}

Result<OutboxCounts> OutboxUploader::counts() const
{
    return OutboxRepository(m_database).counts();
}

Result<OutboxItemState> OutboxUploader::stateOf(const QString &kind, const QString &itemKey) const
{
    return OutboxRepository(m_database).stateOf(kind, itemKey);
}

Status OutboxUploader::retryRejected(qint64 seq)
{
    auto retried = OutboxRepository(m_database).retryRejected(seq);
    if (!retried) {
        return retried;
    }
    qCInfo(lcOutbox) << "rejected item" << seq << "put back in the queue";
    noteCounts(true);
    if (m_running && !isSending()) {
        wakeIn(0);
    }
    return retried;
}

void OutboxUploader::wakeIn(qint64 delayMs)
{
    m_wake.start(int(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max())));
}

void OutboxUploader::pump()
{
    if (!m_running || isSending()) {
        return;
    }
    auto next = OutboxRepository(m_database).nextWaiting();
    if (!next) {
        qCWarning(lcOutbox).noquote() << "cannot read the outbox:" << next.error().message;
        wakeIn(m_settings.retryBaseMs);
        return;
    }
    noteCounts(false);
    if (!next->has_value()) {
        wakeIn(m_settings.idlePollMs);
        return;
    }
    const qint64 wait = (*next)->nextTryAtMs - nowMs();
    if (wait > 0) {
        wakeIn(std::min<qint64>(wait, m_settings.idlePollMs));
        return;
    }
    send(next->value());
}

void OutboxUploader::send(const OutboxItem &item)
{
    const QByteArray body = bodyOf(item);
    QNetworkRequest request(uploadUrl(m_settings.baseUrl, item.terminalId));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Idempotency-Key"),
                         QStringLiteral("%1:%2").arg(item.terminalId).arg(item.seq).toUtf8());
    if (!m_settings.secret.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("X-Pos-Signature"),
                             uploadSignature(m_settings.secret, body));
    }
    // A redirect is an answer that does not confirm: it is retried, never followed with the body.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    m_item = item;
    m_received.clear();
    m_tooLarge = false;
    m_timedOut = false;
    qCDebug(lcOutbox).noquote() << "sending" << item.seq << item.kind << item.key << "attempt"
                                << item.attempts + 1;
    m_reply = m_network.post(request, body);
    connect(m_reply.data(), &QNetworkReply::readyRead, this, &OutboxUploader::onReadyRead);
    connect(m_reply.data(), &QNetworkReply::finished, this, &OutboxUploader::onFinished);
    m_deadline.start(m_settings.timeoutMs);
}

void OutboxUploader::onReadyRead()
{
    if (!m_reply || m_tooLarge) {
        return;
    }
    m_received += m_reply->read(kMaxReplyBytes + 1 - m_received.size());
    if (m_received.size() > kMaxReplyBytes) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void OutboxUploader::onFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply) {
        return;
    }
    m_deadline.stop();
    onReadyRead();
    m_reply.clear();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_tooLarge) {
        settle({UploadVerdict::Outcome::Failed,
                QStringLiteral("head office replied with more than %1 bytes").arg(kMaxReplyBytes)});
    } else if (m_timedOut) {
        settle(
            {UploadVerdict::Outcome::Failed,
             QStringLiteral("no reply from head office within %1 ms").arg(m_settings.timeoutMs)});
    } else if (status == 0) {
        settle({UploadVerdict::Outcome::Failed, reply->errorString()});
    } else {
        settle(judgeUploadReply(status, m_received, m_item.seq));
    }
}

qint64 OutboxUploader::backoffMs(int attempts) const
{
    qint64 delay = std::max(1, m_settings.retryBaseMs);
    for (int i = 1; i < attempts && delay < m_settings.retryMaxMs; ++i) {
        delay *= 2;
    }
    return std::min<qint64>(delay, m_settings.retryMaxMs);
}

void OutboxUploader::settle(const UploadVerdict &verdict)
{
    OutboxRepository outbox(m_database);
    const qint64 seq = m_item.seq;
    Status stored = success();
    switch (verdict.outcome) {
    case UploadVerdict::Outcome::Sent:
        stored = outbox.markSent(seq, nowMs());
        qCInfo(lcOutbox).noquote() << "sent" << seq << m_item.kind << m_item.key;
        break;
    case UploadVerdict::Outcome::Rejected:
        stored = outbox.markRejected(seq, verdict.error, nowMs());
        qCWarning(lcOutbox).noquote()
            << "head office rejected" << seq << m_item.kind << m_item.key << ":" << verdict.error;
        break;
    case UploadVerdict::Outcome::Failed: {
        const qint64 delay = backoffMs(m_item.attempts + 1);
        stored = outbox.markFailed(seq, verdict.error, nowMs() + delay);
        qCInfo(lcOutbox).noquote()
            << "upload of" << seq << "failed:" << verdict.error << "- next try in" << delay << "ms";
        break;
    }
    }
    if (!stored) {
        // Nothing is lost: the item stays as it was and is looked at again.
        qCWarning(lcOutbox).noquote()
            << "cannot record the upload of" << seq << ":" << stored.error().message;
        wakeIn(std::max(1, m_settings.retryBaseMs));
        return;
    }
    if (verdict.outcome == UploadVerdict::Outcome::Sent) {
        emit itemSent(seq);
    } else if (verdict.outcome == UploadVerdict::Outcome::Rejected) {
        emit itemRejected(seq, verdict.error);
    }
    noteCounts(true);
    if (m_running) {
        wakeIn(0);
    }
}

void OutboxUploader::noteCounts(bool changed)
{
    auto counts = OutboxRepository(m_database).counts();
    if (!counts) {
        return;
    }
    if (!changed && m_lastCounts == counts.value()) {
        return;
    }
    m_lastCounts = counts.value();
    emit stateChanged();
}

} // namespace pos::outbox
