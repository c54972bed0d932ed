#include "devices/PseudoTerminal.h"

#include <QFile>
#include <QSocketNotifier>

#include <array>

#include <pty.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

namespace pos::test {

PseudoTerminal::PseudoTerminal()
{
    termios raw{};
    cfmakeraw(&raw);
    std::array<char, 128> name{};
    if (openpty(&m_master, &m_slave, name.data(), &raw, nullptr) != 0) {
        m_master = m_slave = -1;
        return;
    }
    m_slavePath = QString::fromLocal8Bit(name.data());
    m_notifier = std::make_unique<QSocketNotifier>(m_master, QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [this] {
        std::array<char, 4096> buffer{};
        const ssize_t n = ::read(m_master, buffer.data(), buffer.size());
        if (n > 0) {
            m_received.append(buffer.data(), n);
        } else if (m_notifier) {
            m_notifier->setEnabled(false); // hang-up: nothing more to read
        }
    });
}

PseudoTerminal::~PseudoTerminal()
{
    hangUp();
}

bool PseudoTerminal::linkAs(const QString &link) const
{
    QFile::remove(link);
    return isOpen() && QFile::link(m_slavePath, link);
}

bool PseudoTerminal::send(const QByteArray &bytes)
{
    return isOpen() &&
           ::write(m_master, bytes.constData(), static_cast<size_t>(bytes.size())) == bytes.size();
}

int PseudoTerminal::unreadBySlave() const
{
    int pending = 0;
    return m_slave >= 0 && ::ioctl(m_slave, FIONREAD, &pending) == 0 ? pending : -1;
}

void PseudoTerminal::stopReading()
{
    if (m_notifier) {
        m_notifier->setEnabled(false);
    }
}

void PseudoTerminal::hangUp()
{
    m_notifier.reset();
    if (m_slave >= 0) {
        ::close(m_slave);
        m_slave = -1;
    }
    if (m_master >= 0) {
        ::close(m_master);
        m_master = -1;
    }
}

} // namespace pos::test
