#pragma once

#include <QObject>
#include <QTimer>
#include <QUrl>

class QTcpSocket;

namespace pos::channels {

// Whether a channel's gateway answers a TCP connect, checked every `intervalMs` in the
// background: shown in the status bar so a cashier knows before scanning a code.
class ChannelReachability : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Unknown,
        Reachable,
        Unreachable
    };

    ChannelReachability(QString channelId, QUrl endpoint, int intervalMs,
                        QObject *parent = nullptr);

    void start();
    void checkNow();
    State state() const { return m_state; }
    const QString &channelId() const { return m_channelId; }

signals:
    void stateChanged(pos::channels::ChannelReachability::State state);

private:
    void setState(State state);

    QString m_channelId;
    QUrl m_endpoint;
    QTimer m_timer;
    QTcpSocket *m_socket = nullptr;
    State m_state = State::Unknown;
};

} // namespace pos::channels
