#pragma once

#include "scanner/ScannerSource.h"
#include "scanner/WedgeDetector.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <vector>

class QKeyEvent;

namespace pos::devices {

// Catches a keyboard-wedge scanner in the application's key stream. Install it on the
// application: qApp->installEventFilter(filter).
//
// Printable key presses are held back while they could be a scan. A fast burst of at least
// minLength keys ended by the suffix (Enter) becomes scanned(code, "keyboard-wedge") and none
// of its keys, nor the Enter, reach any widget. When a gap longer than maxInterKeyMs shows a
// person typing (the idle timer fires or a slow key arrives), the held keys are replayed, in
// order, as press + release to the object that had focus when each was pressed, and a
// person's Enter passes through after them. Releases of held presses are swallowed. Auto-
// repeat, modifier-only keys and other non-printable keys end the burst (held keys are
// replayed first) and pass through.
//
// Only key events addressed to a QWindow are examined: that is the first delivery of a real
// key press (a widget window forwards it to the focus widget afterwards). Events sent straight
// to a widget (QTest::keyClick on a widget) and the filter's own replays pass untouched.
class KeyboardWedgeFilter : public ScannerSource
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic
    using FocusProvider = std::function<QObject *()>;

    explicit KeyboardWedgeFilter(WedgeSettings settings = {}, QObject *parent = nullptr);

    QString sourceName() const override { return QStringLiteral("keyboard-wedge"); }
    const WedgeSettings &settings() const { return m_detector.settings(); }

    // Tests inject time and the replay target; defaults: QElapsedTimer and
    // QGuiApplication::focusObject() (falling back to the window the key was sent to).
    void setClock(Clock clock);
    void setFocusProvider(FocusProvider provider);

    // When disabled every key passes untouched (held keys are replayed first).
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    bool eventFilter(QObject *watched, QEvent *event) override;

public slots:
    // Replays held keys once the last one is older than maxInterKeyMs (the idle timer calls
    // it; tests with an injected clock may call it directly).
    void checkIdle();

private:
    struct HeldKey
    {
        int key;
        Qt::KeyboardModifiers modifiers;
        quint32 nativeScanCode;
        quint32 nativeVirtualKey;
        quint32 nativeModifiers;
        QString text;
        QPointer<QObject> target;
    };
    struct PendingRelease
    {
        int key;
        qint64 pressedAtMs;
    };

    bool handlePress(QObject *watched, QKeyEvent *event, qint64 now);
    bool isSuffix(const QKeyEvent *event) const;
    void hold(QObject *watched, const QKeyEvent *event, qint64 now);
    void replay(const WedgeDecisions &decisions);
    void replayKey(const HeldKey &held);
    void expectRelease(int key, qint64 now);
    bool takeExpectedRelease(int key, qint64 now);
    void armTimer(qint64 now);

    WedgeDetector m_detector;
    QElapsedTimer m_elapsed;
    Clock m_clock;
    FocusProvider m_focusProvider;
    QTimer m_idleTimer;
    std::deque<HeldKey> m_held;
    std::vector<PendingRelease> m_pendingReleases;
    bool m_enabled = true;
    bool m_replaying = false;
};

} // namespace pos::devices
