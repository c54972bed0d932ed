#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QSocketNotifier;

namespace pos::test {

// A pseudo-terminal pair standing in for a serial device: the class under test opens the
// slave (through a symlink, so a test can "unplug" and "replug" it under the same name) and
// the test plays the device on the master. Bytes the class sends are collected from the
// master as they arrive in the event loop.
class PseudoTerminal
{
public:
    PseudoTerminal();
    ~PseudoTerminal();
    PseudoTerminal(const PseudoTerminal &) = delete;
    PseudoTerminal &operator=(const PseudoTerminal &) = delete;

    bool isOpen() const { return m_master >= 0; }
    QString slavePath() const { return m_slavePath; }

    // Points `link` at this terminal's slave, replacing what was there.
    bool linkAs(const QString &link) const;

    // Plays the device: bytes to whoever opened the slave. True when all were written.
    bool send(const QByteArray &bytes);
    QByteArray received() const { return m_received; }
    // Bytes sent but not yet read by the slave's reader (the class under test).
    int unreadBySlave() const;
    void stopReading(); // the device stops draining: writes towards it back up

    // The device goes away: both ends close, the slave's reader gets a hang-up.
    void hangUp();

private:
    int m_master = -1;
    int m_slave = -1; // kept open so the master never sees a hang-up between tests' opens
    QString m_slavePath;
    QByteArray m_received;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace pos::test
