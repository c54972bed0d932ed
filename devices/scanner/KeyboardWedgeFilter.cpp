#include "scanner/KeyboardWedgeFilter.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLoggingCategory>

#include <algorithm>

namespace pos::devices {

namespace {
Q_LOGGING_CATEGORY(lcWedge, "pos.devices.scanner")

// A release whose press was held is expected for this long; older expectations are dropped
// (the window lost focus before the key came up).
constexpr qint64 kReleaseMemoryMs = 3000;

bool isModifierKey(int key)
{
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Meta:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
        return true;
    default:
        return false;
    }
}

bool hasCommandModifier(Qt::KeyboardModifiers modifiers)
{
    return (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) != 0;
}

// A key a scanner could have sent as part of a code: one printable character, no command
// modifier (Shift for capitals and the keypad are fine).
bool isCodeCharacter(const QKeyEvent *event)
{
    const QString text = event->text();
    return text.size() == 1 && text[0].isPrint() && !hasCommandModifier(event->modifiers());
}
} // namespace

KeyboardWedgeFilter::KeyboardWedgeFilter(WedgeSettings settings, QObject *parent)
    : ScannerSource(parent), m_detector(settings)
{
    m_elapsed.start();
    m_clock = [this] { return m_elapsed.elapsed(); };
    m_focusProvider = [] { return QGuiApplication::focusObject(); };
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &KeyboardWedgeFilter::checkIdle);
}

void KeyboardWedgeFilter::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void KeyboardWedgeFilter::setFocusProvider(FocusProvider provider)
{
    m_focusProvider = std::move(provider);
}

void KeyboardWedgeFilter::setEnabled(bool enabled)
{
    if (!enabled) {
        m_idleTimer.stop();
        replay(m_detector.flush());
    }
    m_enabled = enabled;
}

bool KeyboardWedgeFilter::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((type != QEvent::KeyPress && type != QEvent::KeyRelease) || !m_enabled || m_replaying ||
        watched == nullptr || !watched->isWindowType()) {
        return false;
    }
    auto *key = static_cast<QKeyEvent *>(event);
    const qint64 now = m_clock();
    if (type == QEvent::KeyRelease) {
        return !key->isAutoRepeat() && takeExpectedRelease(key->key(), now);
    }
    return handlePress(watched, key, now);
}

bool KeyboardWedgeFilter::handlePress(QObject *watched, QKeyEvent *event, qint64 now)
{
    if (isModifierKey(event->key())) {
        return false; // Shift around capitals must not break a burst
    }
    if (isSuffix(event) && !event->isAutoRepeat()) {
        const WedgeDecisions decisions = m_detector.feedSuffix(now);
        m_idleTimer.stop();
        if (!decisions.empty() && decisions.front().kind == WedgeDecision::Kind::Scan) {
            const QString code = decisions.front().text;
            m_held.clear();
            expectRelease(event->key(), now);
            qCDebug(lcWedge) << "scan of" << code.size() << "characters";
            emit scanned(code, sourceName());
            return true;
        }
        replay(decisions);
        return false; // a person's Enter goes where it was going
    }
    if (isCodeCharacter(event) && !event->isAutoRepeat()) {
        replay(m_detector.feed(event->text().at(0), now));
        hold(watched, event, now);
        armTimer(now);
        return true;
    }
    m_idleTimer.stop();
    replay(m_detector.flush());
    return false;
}

bool KeyboardWedgeFilter::isSuffix(const QKeyEvent *event) const
{
    if (hasCommandModifier(event->modifiers())) {
        return false;
    }
    switch (m_detector.settings().suffix) {
    case WedgeSettings::Suffix::Enter:
        return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    case WedgeSettings::Suffix::Tab:
        return event->key() == Qt::Key_Tab;
    }
    return false;
}

void KeyboardWedgeFilter::hold(QObject *watched, const QKeyEvent *event, qint64 now)
{
    QObject *target = m_focusProvider ? m_focusProvider() : nullptr;
    m_held.push_back(HeldKey{event->key(), event->modifiers(), event->nativeScanCode(),
                             event->nativeVirtualKey(), event->nativeModifiers(), event->text(),
                             QPointer<QObject>(target != nullptr ? target : watched)});
    expectRelease(event->key(), now);
}

void KeyboardWedgeFilter::checkIdle()
{
    const qint64 now = m_clock();
    replay(m_detector.flushIfIdle(now));
    if (m_detector.isHolding()) {
        armTimer(now);
    }
}

void KeyboardWedgeFilter::armTimer(qint64 now)
{
    const qint64 wait = std::max<qint64>(m_detector.idleDeadlineMs() - now, 0) + 1;
    m_idleTimer.start(static_cast<int>(std::min<qint64>(wait, 60000)));
}

void KeyboardWedgeFilter::replay(const WedgeDecisions &decisions)
{
    for (const WedgeDecision &decision : decisions) {
        if (decision.kind != WedgeDecision::Kind::Typed) {
            continue;
        }
        // The detector holds one character per held key, in the same order.
        for (qsizetype i = 0; i < decision.text.size() && !m_held.empty(); ++i) {
            const HeldKey held = m_held.front();
            m_held.pop_front();
            replayKey(held);
        }
    }
}

void KeyboardWedgeFilter::replayKey(const HeldKey &held)
{
    QObject *target = held.target.data();
    if (target == nullptr) {
        target = m_focusProvider ? m_focusProvider() : nullptr;
    }
    if (target == nullptr) {
        qCWarning(lcWedge) << "a typed key was dropped: nothing has focus";
        return;
    }
    QKeyEvent press(QEvent::KeyPress, held.key, held.modifiers, held.nativeScanCode,
                    held.nativeVirtualKey, held.nativeModifiers, held.text);
    QKeyEvent release(QEvent::KeyRelease, held.key, held.modifiers, held.nativeScanCode,
                      held.nativeVirtualKey, held.nativeModifiers, held.text);
    const QPointer<QObject> guard(target);
    m_replaying = true; // our own replays pass the filter
    QCoreApplication::sendEvent(target, &press);
    if (guard) {
        QCoreApplication::sendEvent(target, &release);
    }
    m_replaying = false;
}

void KeyboardWedgeFilter::expectRelease(int key, qint64 now)
{
    std::erase_if(m_pendingReleases, [now](const PendingRelease &p) {
        return now - p.pressedAtMs > kReleaseMemoryMs;
    });
    m_pendingReleases.push_back(PendingRelease{key, now});
}

bool KeyboardWedgeFilter::takeExpectedRelease(int key, qint64 now)
{
    const auto it = std::find_if(m_pendingReleases.begin(), m_pendingReleases.end(),
                                 [key, now](const PendingRelease &p) {
                                     return p.key == key && now - p.pressedAtMs <= kReleaseMemoryMs;
                                 });
    if (it == m_pendingReleases.end()) {
        return false;
    }
    m_pendingReleases.erase(it);
    return true;
}

} // namespace pos::devices
