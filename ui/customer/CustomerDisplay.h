#pragma once

#include "money/Money.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QScreen;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace pos {
class Order;
}

namespace pos::ui {

// The window the customer faces, on its own screen: welcome while idle, the items and total
// while the cashier rings up, the QR to scan with its amount and a live countdown, how the
// payment goes, and what was paid and the change due; then back to idle. Big type scaled to
// the window so it reads from a metre away; the fixed phrases are in English and Chinese.
//
// Paid, Failed, Cancelled and Received stay up for holdMs, then the display returns to rest:
// the cart when it has items, else idle. A new item rung up while "paid" is still showing
// belongs to the next customer and shows at once.
class CustomerDisplay : public QWidget
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Cart,
        PaymentQr,
        Status,
        Paid
    };
    Q_ENUM(State)
    enum class StatusKind
    {
        Paying,   // sent to the channel, waiting (stays until told otherwise)
        Received, // this payment went through, the order is not settled yet
        Failed,
        Cancelled
    };
    Q_ENUM(StatusKind)
    using Clock = std::function<QDateTime()>;

    static constexpr int kDefaultHoldMs = 6000;
    static constexpr int kMinModulePixels = 4;
    static constexpr int kMaxModulePixels = 64;

    explicit CustomerDisplay(const QString &shopName, QWidget *parent = nullptr);

    // Whole pixels per QR module so a symbol `symbolModules` wide (quiet zone included) fills
    // about 60% of `shorterSidePixels`, never under kMinModulePixels (phones need it) nor over
    // kMaxModulePixels.
    static int qrModulePixels(int symbolModules, int shorterSidePixels);

    // Full screen on `screen`; null (no customer screen, a demo) shows an ordinary window.
    // If that screen is unplugged the display hides rather than cover the cashier's screen.
    void placeOn(QScreen *screen);

    State state() const { return m_state; }
    StatusKind statusKind() const { return m_statusKind; }
    void setHoldMs(int ms) { m_holdMs = ms; }
    int holdMs() const { return m_holdMs; }
    // The countdown's clock (tests); the default is the system clock.
    void setClock(Clock clock);

    const QString &shownQrText() const { return m_qrText; }
    int qrModulePixelsShown() const { return m_qrModulePixels; }
    QLabel *qrLabel() const { return m_qrImage; }
    QLabel *countdownLabel() const { return m_qrCountdown; }
    QLabel *cartTotalLabel() const { return m_cartTotal; }
    QLabel *statusLabel() const { return m_statusHeadline; }
    QLabel *paidTotalLabel() const { return m_paidTotal; }
    QLabel *paidChangeLabel() const { return m_paidChange; }
    QTableWidget *cartLines() const { return m_cartLines; }

public slots:
    // The sale as it stands; shown at once while idle or showing the cart.
    void setCart(const pos::Order &order);
    void showPaymentQr(const QString &codeUrl, const pos::Money &amount,
                       const QDateTime &expiresAt);
    void showStatus(pos::ui::CustomerDisplay::StatusKind kind, const QString &detail = {});
    void showPaid(const pos::Money &total, const pos::Money &change);
    // The cart when it has items, else idle.
    void showRest();
    void refreshCountdown();

signals:
    void stateChanged(pos::ui::CustomerDisplay::State state);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct CartLine
    {
        QString name;
        QString quantity;
        Money amount;
    };

    void setState(State state);
    void render();
    void renderCart();
    void renderQr();
    void renderStatus();
    void renderPaid();
    void applyScale();
    QString stateStyleSheet(int unit) const;

    QPointer<QScreen> m_screen;
    State m_state = State::Idle;
    StatusKind m_statusKind = StatusKind::Paying;
    QString m_shopName;
    Clock m_clock;
    int m_holdMs = kDefaultHoldMs;
    QTimer *m_holdTimer;
    QTimer *m_countdownTimer;

    QList<CartLine> m_cart;
    Money m_cartAmount;
    QString m_qrText;
    Money m_qrAmount;
    QDateTime m_qrExpiresAt;
    int m_qrModulePixels = 0;
    QString m_statusDetail;
    Money m_paidAmount;
    Money m_changeAmount;

    QLabel *m_header;
    QStackedWidget *m_pages;
    QWidget *m_idlePage;
    QLabel *m_idleShop;
    QLabel *m_idleWelcome;
    QWidget *m_cartPage;
    QTableWidget *m_cartLines;
    QLabel *m_cartCount;
    QLabel *m_cartTotalCaption;
    QLabel *m_cartTotal;
    QWidget *m_qrPage;
    QLabel *m_qrAmountCaption;
    QLabel *m_qrAmountLabel;
    QLabel *m_qrImage;
    QLabel *m_qrCountdown;
    QLabel *m_qrHint;
    QWidget *m_statusPage;
    QLabel *m_statusHeadline;
    QLabel *m_statusDetailLabel;
    QWidget *m_paidPage;
    QLabel *m_paidHeadline;
    QLabel *m_paidTotalCaption;
    QLabel *m_paidTotal;
    QLabel *m_paidChangeCaption;
    QLabel *m_paidChange;
    QLabel *m_paidThanks;
};

} // namespace pos::ui
