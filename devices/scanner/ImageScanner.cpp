#include "scanner/ImageScanner.h"

#include <QLoggingCategory>
#include <QMetaObject>

namespace pos::devices {

Q_LOGGING_CATEGORY(lcImageScanner, "pos.devices.scanner.image")

ImageScanner::ImageScanner(QObject *parent) : ScannerSource(parent)
{
    m_pool.setMaxThreadCount(1);
    m_elapsed.start();
    m_clock = [this] { return m_elapsed.elapsed(); };
}

ImageScanner::~ImageScanner()
{
    // The worker posts its result to this object: it must be done before the object goes.
    m_pool.waitForDone();
}

void ImageScanner::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void ImageScanner::submitFrame(const QImage &frame)
{
    if (m_decoding) {
        m_waiting = frame;
        return;
    }
    startDecoding(frame);
}

void ImageScanner::startDecoding(QImage frame)
{
    m_decoding = true;
    m_pool.start([this, frame = std::move(frame)] {
        auto result = ImageCodeReader::read(frame);
        QMetaObject::invokeMethod(
            this, [this, result = std::move(result)] { onDecoded(result); }, Qt::QueuedConnection);
    });
}

void ImageScanner::onDecoded(const Result<QList<DecodedCode>> &result)
{
    m_decoding = false;
    if (!result) {
        qCWarning(lcImageScanner) << "frame not read:" << result.error().message;
        emit frameRejected(result.error().message);
    } else {
        const qint64 now = m_clock();
        for (const DecodedCode &code : result.value()) {
            if (isFresh(code.text, now)) {
                // Payment codes are secrets: only their format reaches the log.
                qCInfo(lcImageScanner) << "read a" << code.format << "code";
                emit scanned(code.text, sourceName());
            }
        }
        emit frameDecoded(int(result->size()));
    }
    if (m_waiting) {
        QImage next = std::move(*m_waiting);
        m_waiting.reset();
        startDecoding(std::move(next));
    }
}

bool ImageScanner::isFresh(const QString &code, qint64 now)
{
    for (auto it = m_lastSeenMs.begin(); it != m_lastSeenMs.end();) {
        it = now - it.value() >= m_dedupeWindowMs ? m_lastSeenMs.erase(it) : std::next(it);
    }
    const bool fresh = !m_lastSeenMs.contains(code);
    m_lastSeenMs.insert(code, now);
    return fresh;
}

} // namespace pos::devices
