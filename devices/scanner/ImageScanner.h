#pragma once

#include "scanner/ImageCodeReader.h"
#include "scanner/ScannerSource.h"

#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QThreadPool>

#include <functional>
#include <optional>

namespace pos::devices {

// A scanner fed with pictures: a still image (a photo of a payment code) or camera frames.
// Each frame is decoded off the GUI thread (a 1080p frame with rotations takes longer than the
// 50 ms the GUI thread may stall); every code found becomes scanned(code, "image").
//
// A code held in front of a camera shows up in frame after frame: it is reported once, then
// ignored while it keeps being seen less than dedupeWindowMs apart. Once it has been out of
// sight for the window, showing it again reports it again (a second customer, the same code).
//
// One frame is decoded at a time; frames that arrive meanwhile replace the one waiting, so a
// fast camera never queues up stale frames.
class ImageScanner : public ScannerSource
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic
    static constexpr int kDefaultDedupeWindowMs = 1500;

    explicit ImageScanner(QObject *parent = nullptr);
    ~ImageScanner() override;

    QString sourceName() const override { return QStringLiteral("image"); }

    void setClock(Clock clock);
    void setDedupeWindowMs(int ms) { m_dedupeWindowMs = ms; }
    int dedupeWindowMs() const { return m_dedupeWindowMs; }
    bool isBusy() const { return m_decoding || m_waiting.has_value(); }

public slots:
    void submitFrame(const QImage &frame);

signals:
    // Every decoded frame, after its scanned() signals: `codes` found, reported or not.
    void frameDecoded(int codes);
    // A frame that could not be read at all (empty, too large); `reason` is for people.
    void frameRejected(const QString &reason);

private:
    void startDecoding(QImage frame);
    void onDecoded(const Result<QList<DecodedCode>> &result);
    bool isFresh(const QString &code, qint64 now);

    QThreadPool m_pool;
    QElapsedTimer m_elapsed;
    Clock m_clock;
    int m_dedupeWindowMs = kDefaultDedupeWindowMs;
    bool m_decoding = false;
    std::optional<QImage> m_waiting;
    QHash<QString, qint64> m_lastSeenMs; // code → when it was last in a frame
};

} // namespace pos::devices
