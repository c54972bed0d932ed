#include "notify/NotificationSender.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcSimNotify, "pos.sim.notify")

namespace pos::sim {

namespace {
constexpr int kRequestTimeoutMs = 5000;
}

NotificationSender::NotificationSender(QObject *parent) : QObject(parent) {}

QList<int> NotificationSender::scaled(const QList<int> &delaysMs, double scale)
{
    QList<int> out;
    for (int delay : delaysMs) {
        out << std::max(1, int(std::lround(delay * scale)));
    }
    return out;
}

void NotificationSender::send(const Delivery &delivery)
{
    ++m_pending;
    QTimer::singleShot(delivery.initialDelayMs, this, [this, delivery] { attempt(delivery, 1); });
}

void NotificationSender::attempt(Delivery delivery, int attemptNumber)
{
    QNetworkRequest request(delivery.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, delivery.contentType);
    for (const auto &[name, value] : delivery.headers) {
        request.setRawHeader(name, value);
    }
    request.setTransferTimeout(kRequestTimeoutMs);
    QNetworkReply *reply = m_network.post(request, delivery.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, delivery, attemptNumber] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        const bool acknowledged =
            reply->error() == QNetworkReply::NoError && delivery.isAcknowledged(status, body);
        qCInfo(lcSimNotify) << "notification" << delivery.id << "try" << attemptNumber << "status"
                            << status << (acknowledged ? "acknowledged" : "not acknowledged");
        if (acknowledged) {
            for (int copy = 0; copy < delivery.duplicates; ++copy) {
                Delivery duplicate = delivery;
                duplicate.duplicates = 0;
                duplicate.retryDelaysMs.clear();
                duplicate.isAcknowledged = [](int, const QByteArray &) { return true; };
                ++m_pending;
                QTimer::singleShot(0, this, [this, duplicate] { attempt(duplicate, 1); });
            }
            --m_pending;
            emit delivered(delivery.id, attemptNumber);
            return;
        }
        if (attemptNumber > delivery.retryDelaysMs.size()) {
            --m_pending;
            emit gaveUp(delivery.id, attemptNumber);
            return;
        }
        QTimer::singleShot(
            delivery.retryDelaysMs.at(attemptNumber - 1), this,
            [this, delivery, attemptNumber] { attempt(delivery, attemptNumber + 1); });
    });
}

} // namespace pos::sim
