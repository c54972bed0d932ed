#include "usb/LibusbWorker.h"

#include "usb/LibusbDevices.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QThread>

#include <poll.h>

#include <algorithm>

namespace pos::devices {

Q_LOGGING_CATEGORY(lcLibusb, "pos.devices.usb")

namespace {
constexpr int kZeroLengthReadDelayMs = 20; // some devices answer every IN token with nothing
} // namespace

struct LibusbWorker::Transfer
{
    LibusbWorker *worker = nullptr;
    UsbHandle handle = 0;
    quint64 id = 0; // writes only
    bool isRead = false;
    UsbBackend::TransferKind kind = UsbBackend::TransferKind::Bulk;
    quint8 endpoint = 0;
    QByteArray buffer;
};

LibusbWorker::LibusbWorker(LibusbBackend::Options options) : m_options(options)
{
    m_timeoutTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &LibusbWorker::handleEvents);
    m_pollTimer.setInterval(std::max(50, m_options.pollIntervalMs));
    connect(&m_pollTimer, &QTimer::timeout, this, &LibusbWorker::enumerate);
    m_enumerateSoon.setSingleShot(true);
    m_enumerateSoon.setInterval(0);
    connect(&m_enumerateSoon, &QTimer::timeout, this, &LibusbWorker::enumerate);
}

LibusbWorker::~LibusbWorker()
{
    shutdown();
}

void LibusbWorker::start()
{
    const int rc = libusb_init(&m_context);
    if (rc != LIBUSB_SUCCESS) {
        m_context = nullptr;
        const QString error =
            tr("libusb_init failed: %1 (is /dev/bus/usb present and readable?)")
                .arg(QString::fromUtf8(libusb_strerror(static_cast<libusb_error>(rc))));
        qCWarning(lcLibusb) << error;
        emit started(false, error, false);
        return;
    }
    m_pollfdsHandleTimeouts = libusb_pollfds_handle_timeouts(m_context) != 0;
    libusb_set_pollfd_notifiers(m_context, &LibusbWorker::onPollfdAdded,
                                &LibusbWorker::onPollfdRemoved, this);
    if (const libusb_pollfd **fds = libusb_get_pollfds(m_context)) {
        for (const libusb_pollfd **fd = fds; *fd != nullptr; ++fd) {
            watch((*fd)->fd, (*fd)->events);
        }
        libusb_free_pollfds(fds);
    }

    const bool nativeHotplug = libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG) != 0;
    if (nativeHotplug && !m_options.forcePolling) {
        const int events = LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT;
        m_hotplugRegistered =
            libusb_hotplug_register_callback(m_context, events, 0, LIBUSB_HOTPLUG_MATCH_ANY,
                                             LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY,
                                             &LibusbWorker::onHotplug, this,
                                             &m_hotplugHandle) == LIBUSB_SUCCESS;
    }
    if (!m_hotplugRegistered) {
        m_pollTimer.start();
    }
    qCInfo(lcLibusb) << "libusb started;"
                     << (m_hotplugRegistered ? "native hotplug" : "polling for hotplug");
    emit started(true, QString(), m_hotplugRegistered);
    enumerate();
}

void LibusbWorker::shutdown()
{
    if (m_context == nullptr) {
        return;
    }
    m_pollTimer.stop();
    m_enumerateSoon.stop();
    std::vector<UsbHandle> handles;
    for (const auto &entry : m_open) {
        handles.push_back(entry.first);
    }
    for (const UsbHandle handle : handles) {
        close(handle);
    }
    // Cancelled transfers complete through the event loop of libusb: wait for them here.
    const QDeadlineTimer deadline(m_options.shutdownTimeoutMs);
    while (!m_open.empty() && !deadline.hasExpired()) {
        timeval tv{0, 50 * 1000};
        libusb_handle_events_timeout_completed(m_context, &tv, nullptr);
    }
    if (!m_open.empty()) {
        // Freeing a context with transfers still in flight is undefined: leak it instead.
        qCWarning(lcLibusb) << m_open.size() << "USB device(s) did not finish cancelling";
        m_context = nullptr;
        return;
    }
    if (m_hotplugRegistered) {
        libusb_hotplug_deregister_callback(m_context, m_hotplugHandle);
        m_hotplugRegistered = false;
    }
    libusb_set_pollfd_notifiers(m_context, nullptr, nullptr, nullptr);
    for (auto &entry : m_watches) {
        delete entry.second.read;
        delete entry.second.write;
    }
    m_watches.clear();
    libusb_exit(m_context);
    m_context = nullptr;
}

// --- event integration ---------------------------------------------------------------------

void LibusbWorker::onPollfdAdded(int fd, short events, void *user)
{
    auto *self = static_cast<LibusbWorker *>(user);
    if (QThread::currentThread() == self->thread()) {
        self->watch(fd, events);
    } else {
        QMetaObject::invokeMethod(
            self, [self, fd, events] { self->watch(fd, events); }, Qt::QueuedConnection);
    }
}

void LibusbWorker::onPollfdRemoved(int fd, void *user)
{
    auto *self = static_cast<LibusbWorker *>(user);
    if (QThread::currentThread() == self->thread()) {
        self->unwatch(fd);
    } else {
        QMetaObject::invokeMethod(
            self, [self, fd] { self->unwatch(fd); }, Qt::QueuedConnection);
    }
}

void LibusbWorker::watch(int fd, short events)
{
    unwatch(fd);
    Watch &w = m_watches[fd];
    // usbfs device nodes signal completed URBs as POLLOUT, libusb's own fds as POLLIN.
    if ((events & POLLIN) != 0) {
        w.read = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        connect(w.read, &QSocketNotifier::activated, this, &LibusbWorker::handleEvents);
    }
    if ((events & POLLOUT) != 0) {
        w.write = new QSocketNotifier(fd, QSocketNotifier::Write, this);
        connect(w.write, &QSocketNotifier::activated, this, &LibusbWorker::handleEvents);
    }
}

void LibusbWorker::unwatch(int fd)
{
    const auto it = m_watches.find(fd);
    if (it == m_watches.end()) {
        return;
    }
    // May run inside a notifier's own activation: disable now, delete later.
    for (QSocketNotifier *notifier : {it->second.read, it->second.write}) {
        if (notifier != nullptr) {
            notifier->setEnabled(false);
            notifier->deleteLater();
        }
    }
    m_watches.erase(it);
}

void LibusbWorker::handleEvents()
{
    if (m_context == nullptr) {
        return;
    }
    timeval zero{0, 0};
    libusb_handle_events_timeout_completed(m_context, &zero, nullptr);
    armTimeoutTimer();
}

void LibusbWorker::armTimeoutTimer()
{
    if (m_pollfdsHandleTimeouts || m_context == nullptr) {
        return;
    }
    timeval next{0, 0};
    if (libusb_get_next_timeout(m_context, &next) == 1) {
        const auto ms = static_cast<int>(next.tv_sec * 1000 + next.tv_usec / 1000);
        m_timeoutTimer.start(std::max(0, ms));
    } else {
        m_timeoutTimer.stop();
    }
}

// --- enumeration and hotplug ---------------------------------------------------------------

int LibusbWorker::onHotplug(libusb_context *, libusb_device *, libusb_hotplug_event, void *user)
{
    // No libusb call from inside the callback: enumerate (and diff) once the events are handled.
    static_cast<LibusbWorker *>(user)->m_enumerateSoon.start();
    return 0;
}

void LibusbWorker::enumerate()
{
    if (m_context == nullptr) {
        return;
    }
    libusb_device **list = nullptr;
    const ssize_t count = libusb_get_device_list(m_context, &list);
    if (count < 0) {
        qCWarning(lcLibusb) << "listing USB devices failed:"
                            << libusb_strerror(static_cast<libusb_error>(count));
        return;
    }
    QList<UsbDeviceInfo> devices;
    QHash<QString, UsbDeviceStrings> seen;
    for (ssize_t i = 0; i < count; ++i) {
        UsbDeviceInfo info = describe(list[i]);
        const QString key =
            QStringLiteral("%1-%2-%3").arg(info.bus).arg(info.address).arg(info.idString());
        if (m_strings.contains(key)) {
            seen.insert(key, m_strings.value(key));
        }
        devices.append(info);
    }
    libusb_free_device_list(list, 1);
    m_strings = seen;
    emit enumerated(devices);
}

UsbDeviceInfo LibusbWorker::describe(libusb_device *device)
{
    UsbDeviceInfo info = describeLibusbDevice(device);
    const QString key =
        QStringLiteral("%1-%2-%3").arg(info.bus).arg(info.address).arg(info.idString());
    auto cached = m_strings.constFind(key);
    if (cached == m_strings.constEnd() && info.deviceClass != LIBUSB_CLASS_HUB) {
        if (const auto strings = readLibusbStrings(device, m_options.stringTimeoutMs)) {
            cached = m_strings.insert(key, *strings); // cached only when the device could be read
        }
    }
    if (cached != m_strings.constEnd()) {
        info.manufacturer = cached->manufacturer;
        info.product = cached->product;
        info.serial = cached->serial;
    }
    return info;
}

// --- devices -------------------------------------------------------------------------------

void LibusbWorker::open(UsbHandle handle, quint8 bus, quint8 address)
{
    if (m_context == nullptr) {
        emit handleFailed(handle, {UsbError::Code::Unavailable, tr("USB is not available")});
        return;
    }
    libusb_device **list = nullptr;
    const ssize_t count = libusb_get_device_list(m_context, &list);
    libusb_device *device = nullptr;
    for (ssize_t i = 0; i < count; ++i) {
        if (libusb_get_bus_number(list[i]) == bus &&
            libusb_get_device_address(list[i]) == address) {
            device = list[i];
        }
    }
    libusb_device_handle *opened = nullptr;
    const int rc = device == nullptr ? LIBUSB_ERROR_NO_DEVICE : libusb_open(device, &opened);
    if (count >= 0) {
        libusb_free_device_list(list, 1);
    }
    if (rc != LIBUSB_SUCCESS) {
        UsbError error = libusbError(rc, bus, address);
        error.message = tr("cannot open the USB device: %1").arg(error.message);
        emit handleFailed(handle, error);
        return;
    }
    // libusb then detaches usblp/usbhid on claim and re-attaches it on release (Linux only;
    // elsewhere this reports "not supported" and there is no kernel driver to detach).
    libusb_set_auto_detach_kernel_driver(opened, 1);
    OpenDevice &entry = m_open[handle];
    entry.handle = opened;
    entry.bus = bus;
    entry.address = address;
}

void LibusbWorker::claim(UsbHandle handle, int interfaceNumber, int alternateSetting)
{
    const auto it = m_open.find(handle);
    if (it == m_open.end() || it->second.closing) {
        emit handleFailed(handle, {UsbError::Code::NotOpen, tr("the USB device is not open")});
        return;
    }
    OpenDevice &device = it->second;
    int rc = libusb_claim_interface(device.handle, interfaceNumber);
    if (rc == LIBUSB_SUCCESS) {
        device.claimed.push_back(interfaceNumber);
        if (alternateSetting != 0) {
            rc = libusb_set_interface_alt_setting(device.handle, interfaceNumber, alternateSetting);
        }
    }
    if (rc != LIBUSB_SUCCESS) {
        UsbError error = libusbError(rc, device.bus, device.address);
        error.message =
            tr("cannot claim USB interface %1: %2").arg(interfaceNumber).arg(error.message);
        emit handleFailed(handle, error);
        return;
    }
    emit interfaceClaimed(handle, interfaceNumber);
}

void LibusbWorker::bulkWrite(UsbHandle handle, quint64 id, quint8 endpoint, const QByteArray &bytes,
                             int timeoutMs)
{
    const auto it = m_open.find(handle);
    if (it == m_open.end() || it->second.closing) {
        emit writeFinished(handle, id, 0,
                           {UsbError::Code::NotOpen, tr("the USB device is not open")});
        return;
    }
    libusb_transfer *transfer = libusb_alloc_transfer(0);
    auto *tag =
        new Transfer{this, handle, id, false, UsbBackend::TransferKind::Bulk, endpoint, bytes};
    libusb_fill_bulk_transfer(transfer, it->second.handle, endpoint,
                              reinterpret_cast<unsigned char *>(tag->buffer.data()),
                              static_cast<int>(tag->buffer.size()), &LibusbWorker::onTransferDone,
                              tag, static_cast<unsigned int>(std::max(0, timeoutMs)));
    const int rc = libusb_submit_transfer(transfer);
    if (rc != LIBUSB_SUCCESS) {
        delete tag;
        libusb_free_transfer(transfer);
        emit writeFinished(handle, id, 0, libusbError(rc, it->second.bus, it->second.address));
        return;
    }
    it->second.inFlight.insert(transfer);
    armTimeoutTimer();
}

void LibusbWorker::startReading(UsbHandle handle, quint8 endpoint, UsbBackend::TransferKind kind,
                                int packetSize)
{
    submitRead(handle, endpoint, kind, packetSize);
}

void LibusbWorker::submitRead(UsbHandle handle, quint8 endpoint, UsbBackend::TransferKind kind,
                              int packetSize)
{
    const auto it = m_open.find(handle);
    if (it == m_open.end() || it->second.closing) {
        emit readFailed(handle, endpoint,
                        {UsbError::Code::NotOpen, tr("the USB device is not open")});
        return;
    }
    libusb_transfer *transfer = libusb_alloc_transfer(0);
    auto *tag = new Transfer{
        this, handle, 0, true, kind, endpoint, QByteArray(std::max(1, packetSize), '\0')};
    auto *buffer = reinterpret_cast<unsigned char *>(tag->buffer.data());
    const auto length = static_cast<int>(tag->buffer.size());
    if (kind == UsbBackend::TransferKind::Interrupt) {
        libusb_fill_interrupt_transfer(transfer, it->second.handle, endpoint, buffer, length,
                                       &LibusbWorker::onTransferDone, tag, 0);
    } else {
        libusb_fill_bulk_transfer(transfer, it->second.handle, endpoint, buffer, length,
                                  &LibusbWorker::onTransferDone, tag, 0);
    }
    const int rc = libusb_submit_transfer(transfer);
    if (rc != LIBUSB_SUCCESS) {
        delete tag;
        libusb_free_transfer(transfer);
        emit readFailed(handle, endpoint, libusbError(rc, it->second.bus, it->second.address));
        return;
    }
    it->second.inFlight.insert(transfer);
}

void LibusbWorker::onTransferDone(libusb_transfer *transfer)
{
    static_cast<Transfer *>(transfer->user_data)->worker->finishTransfer(transfer);
}

void LibusbWorker::finishTransfer(libusb_transfer *transfer)
{
    auto *tag = static_cast<Transfer *>(transfer->user_data);
    const UsbHandle handle = tag->handle;
    const auto it = m_open.find(handle);
    const bool closing = it == m_open.end() || it->second.closing;
    const UsbError error = libusbTransferError(transfer->status);

    if (!tag->isRead) {
        emit writeFinished(handle, tag->id, transfer->actual_length, error);
    } else if (transfer->status == LIBUSB_TRANSFER_COMPLETED) {
        if (transfer->actual_length > 0) {
            emit dataRead(handle, tag->endpoint,
                          QByteArray(tag->buffer.constData(), transfer->actual_length));
            if (!closing) {
                const int rc = libusb_submit_transfer(transfer);
                if (rc == LIBUSB_SUCCESS) {
                    return; // same transfer, read again
                }
                emit readFailed(handle, tag->endpoint,
                                libusbError(rc, it->second.bus, it->second.address));
            }
        } else if (!closing) {
            const quint8 endpoint = tag->endpoint;
            const auto kind = tag->kind;
            const auto size = static_cast<int>(tag->buffer.size());
            QTimer::singleShot(kZeroLengthReadDelayMs, this, [this, handle, endpoint, kind, size] {
                const auto again = m_open.find(handle);
                if (again != m_open.end() && !again->second.closing) {
                    submitRead(handle, endpoint, kind, size);
                }
            });
        }
    } else if (transfer->status != LIBUSB_TRANSFER_CANCELLED) {
        emit readFailed(handle, tag->endpoint, error);
    }

    if (it != m_open.end()) {
        it->second.inFlight.erase(transfer);
    }
    delete tag;
    libusb_free_transfer(transfer);
    if (it != m_open.end() && it->second.closing && it->second.inFlight.empty()) {
        finishClose(handle);
    }
}

void LibusbWorker::close(UsbHandle handle)
{
    const auto it = m_open.find(handle);
    if (it == m_open.end() || it->second.closing) {
        return;
    }
    it->second.closing = true;
    if (it->second.inFlight.empty()) {
        finishClose(handle);
        return;
    }
    for (libusb_transfer *transfer : it->second.inFlight) {
        libusb_cancel_transfer(transfer); // completes later as CANCELLED (or as it finished)
    }
}

void LibusbWorker::finishClose(UsbHandle handle)
{
    const auto it = m_open.find(handle);
    if (it == m_open.end()) {
        return;
    }
    for (const int iface : it->second.claimed) {
        libusb_release_interface(it->second.handle, iface); // re-attaches the kernel driver
    }
    libusb_close(it->second.handle);
    m_open.erase(it);
}

} // namespace pos::devices
