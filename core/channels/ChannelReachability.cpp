#include "channels/ChannelReachability.h"

#include <QTcpSocket>

namespace pos::channels {

namespace {
constexpr int kConnectTimeoutMs = 3000;
}

ChannelReachability::ChannelReachability(QString channelId, QUrl endpoint, int intervalMs,
                                         QObject *parent)
    : QObject(parent), m_channelId(std::move(channelId)), m_endpoint(std::move(endpoint))
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChannelReachability::checkNow);
}

void ChannelReachability::start()
{
    m_timer.start();
    checkNow();
}

void ChannelReachability::checkNow()
{
    if (m_socket) {
        return; // a check is already running
    }
    m_socket = new QTcpSocket(this);
    auto *socket = m_socket;
    auto finish = [this, socket](State state) {
        if (m_socket != socket) {
            return;
        }
        m_socket = nullptr;
        socket->abort();
        socket->deleteLater();
        setState(state);
    };
    connect(socket, &QTcpSocket::connected, this, [finish] { finish(State::Reachable); });
    connect(socket, &QTcpSocket::errorOccurred, this, [finish] { finish(State::Unreachable); });
    QTimer::singleShot(kConnectTimeoutMs, socket, [finish] { finish(State::Unreachable); });
    const int defaultPort = m_endpoint.scheme() == QLatin1String("https") ? 443 : 80;
    socket->connectToHost(m_endpoint.host(), quint16(m_endpoint.port(defaultPort)));
}

void ChannelReachability::setState(State state)
{
    if (state != m_state) {
        m_state = state;
        emit stateChanged(state);
    }
}

} // namespace pos::channels
