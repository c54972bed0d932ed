#include "customer/CustomerDisplay.h"

#include "display/QrCodeImage.h"
#include "domain/Order.h"
#include "shell/MoneyText.h"

#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QScreen>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pos::ui {

Q_LOGGING_CATEGORY(lcCustomerDisplay, "pos.ui.customer")

namespace {

enum CartColumn
{
    kItem,
    kQuantity,
    kAmount,
    kCartColumns
};

// The share of the shorter window side the QR (quiet zone included) should take.
constexpr int kQrSharePercent = 60;

QLabel *makeLabel(const QString &objectName, QWidget *parent,
                  Qt::Alignment alignment = Qt::AlignCenter)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAlignment(alignment);
    return label;
}

QString minutesSeconds(qint64 seconds)
{
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

int CustomerDisplay::qrModulePixels(int symbolModules, int shorterSidePixels)
{
    if (symbolModules <= 0) {
        return kMinModulePixels;
    }
    const int fit = shorterSidePixels * kQrSharePercent / 100 / symbolModules;
    return std::clamp(fit, kMinModulePixels, kMaxModulePixels);
}

CustomerDisplay::CustomerDisplay(const QString &shopName, QWidget *parent)
    : QWidget(parent, Qt::Window), m_shopName(shopName),
      m_clock([] { return QDateTime::currentDateTimeUtc(); }), m_holdTimer(new QTimer(this)),
      m_countdownTimer(new QTimer(this)),
      m_header(makeLabel(QStringLiteral("customerHeader"), this, Qt::AlignLeft | Qt::AlignVCenter)),
      m_pages(new QStackedWidget(this)), m_idlePage(new QWidget(m_pages)),
      m_idleShop(makeLabel(QStringLiteral("idleShop"), m_idlePage)),
      m_idleWelcome(makeLabel(QStringLiteral("idleWelcome"), m_idlePage)),
      m_cartPage(new QWidget(m_pages)), m_cartLines(new QTableWidget(0, kCartColumns, m_cartPage)),
      m_cartCount(
          makeLabel(QStringLiteral("cartCount"), m_cartPage, Qt::AlignLeft | Qt::AlignVCenter)),
      m_cartTotalCaption(makeLabel(QStringLiteral("cartTotalCaption"), m_cartPage,
                                   Qt::AlignRight | Qt::AlignVCenter)),
      m_cartTotal(
          makeLabel(QStringLiteral("cartTotal"), m_cartPage, Qt::AlignRight | Qt::AlignVCenter)),
      m_qrPage(new QWidget(m_pages)),
      m_qrAmountCaption(makeLabel(QStringLiteral("qrAmountCaption"), m_qrPage,
                                  Qt::AlignRight | Qt::AlignVCenter)),
      m_qrAmountLabel(
          makeLabel(QStringLiteral("qrAmount"), m_qrPage, Qt::AlignLeft | Qt::AlignVCenter)),
      m_qrImage(makeLabel(QStringLiteral("customerDisplayQr"), m_qrPage)),
      m_qrCountdown(makeLabel(QStringLiteral("qrCountdown"), m_qrPage)),
      m_qrHint(makeLabel(QStringLiteral("qrHint"), m_qrPage)), m_statusPage(new QWidget(m_pages)),
      m_statusHeadline(makeLabel(QStringLiteral("statusHeadline"), m_statusPage)),
      m_statusDetailLabel(makeLabel(QStringLiteral("statusDetail"), m_statusPage)),
      m_paidPage(new QWidget(m_pages)),
      m_paidHeadline(makeLabel(QStringLiteral("paidHeadline"), m_paidPage)),
      m_paidTotalCaption(makeLabel(QStringLiteral("paidTotalCaption"), m_paidPage,
                                   Qt::AlignLeft | Qt::AlignVCenter)),
      m_paidTotal(
          makeLabel(QStringLiteral("paidTotal"), m_paidPage, Qt::AlignRight | Qt::AlignVCenter)),
      m_paidChangeCaption(makeLabel(QStringLiteral("paidChangeCaption"), m_paidPage,
                                    Qt::AlignLeft | Qt::AlignVCenter)),
      m_paidChange(
          makeLabel(QStringLiteral("paidChange"), m_paidPage, Qt::AlignRight | Qt::AlignVCenter)),
      m_paidThanks(makeLabel(QStringLiteral("paidThanks"), m_paidPage))
{
    setObjectName(QStringLiteral("customerDisplay"));
    setAttribute(Qt::WA_StyledBackground);
    m_statusDetailLabel->setWordWrap(true);
    m_qrHint->setWordWrap(true);

    auto *idle = new QVBoxLayout(m_idlePage);
    idle->addStretch(2);
    idle->addWidget(m_idleShop);
    idle->addWidget(m_idleWelcome);
    idle->addStretch(3);

    m_cartLines->setObjectName(QStringLiteral("cartLines"));
    m_cartLines->horizontalHeader()->setSectionResizeMode(kItem, QHeaderView::Stretch);
    m_cartLines->horizontalHeader()->setSectionResizeMode(kQuantity, QHeaderView::ResizeToContents);
    m_cartLines->horizontalHeader()->setSectionResizeMode(kAmount, QHeaderView::ResizeToContents);
    m_cartLines->verticalHeader()->hide();
    m_cartLines->setShowGrid(false);
    m_cartLines->setFocusPolicy(Qt::NoFocus);
    m_cartLines->setSelectionMode(QAbstractItemView::NoSelection);
    m_cartLines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cartLines->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_cartLines->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *footerBand = new QWidget(m_cartPage);
    footerBand->setObjectName(QStringLiteral("cartFooter"));
    footerBand->setAttribute(Qt::WA_StyledBackground);
    auto *cartFooter = new QHBoxLayout(footerBand);
    cartFooter->addWidget(m_cartCount);
    cartFooter->addStretch();
    cartFooter->addWidget(m_cartTotalCaption);
    cartFooter->addWidget(m_cartTotal);
    auto *cart = new QVBoxLayout(m_cartPage);
    cart->setContentsMargins(0, 0, 0, 0);
    cart->setSpacing(0);
    cart->addWidget(m_cartLines, 1);
    cart->addWidget(footerBand);

    auto *qrAmount = new QHBoxLayout;
    qrAmount->addStretch();
    qrAmount->addWidget(m_qrAmountCaption);
    qrAmount->addWidget(m_qrAmountLabel);
    qrAmount->addStretch();
    auto *qr = new QVBoxLayout(m_qrPage);
    qr->addLayout(qrAmount);
    qr->addWidget(m_qrImage, 1);
    qr->addWidget(m_qrCountdown);
    qr->addWidget(m_qrHint);

    auto *status = new QVBoxLayout(m_statusPage);
    status->addStretch();
    status->addWidget(m_statusHeadline);
    status->addWidget(m_statusDetailLabel);
    status->addStretch();

    auto *amounts = new QGridLayout;
    amounts->addWidget(m_paidTotalCaption, 0, 0);
    amounts->addWidget(m_paidTotal, 0, 1);
    amounts->addWidget(m_paidChangeCaption, 1, 0);
    amounts->addWidget(m_paidChange, 1, 1);
    auto *amountsRow = new QHBoxLayout;
    amountsRow->addStretch();
    amountsRow->addLayout(amounts);
    amountsRow->addStretch();
    auto *paid = new QVBoxLayout(m_paidPage);
    paid->addStretch();
    paid->addWidget(m_paidHeadline);
    paid->addLayout(amountsRow);
    paid->addWidget(m_paidThanks);
    paid->addStretch();

    m_pages->addWidget(m_idlePage);
    m_pages->addWidget(m_cartPage);
    m_pages->addWidget(m_qrPage);
    m_pages->addWidget(m_statusPage);
    m_pages->addWidget(m_paidPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_pages, 1);

    m_holdTimer->setSingleShot(true);
    connect(m_holdTimer, &QTimer::timeout, this, &CustomerDisplay::showRest);
    m_countdownTimer->setInterval(1000);
    connect(m_countdownTimer, &QTimer::timeout, this, &CustomerDisplay::refreshCountdown);
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, [this](QScreen *removed) {
        if (m_screen && removed == m_screen) {
            qCWarning(lcCustomerDisplay) << "customer screen" << removed->name() << "removed";
            hide();
        }
    });

    resize(1024, 640);
    applyScale();
    render();
}

void CustomerDisplay::placeOn(QScreen *screen)
{
    m_screen = screen;
    if (!screen) {
        showNormal();
        return;
    }
    setScreen(screen);
    setGeometry(screen->geometry());
    showFullScreen();
}

void CustomerDisplay::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshCountdown();
}

void CustomerDisplay::setCart(const Order &order)
{
    m_cart.clear();
    for (const OrderLine &line : order.lines()) {
        if (!line.voided) {
            m_cart.append(
                {line.product.displayName(locale().name()), quantityText(line), line.net()});
        }
    }
    m_cartAmount = order.total();
    const bool newCustomer = m_state == State::Paid && !m_cart.isEmpty();
    if (m_state == State::Idle || m_state == State::Cart || newCustomer) {
        showRest();
    }
}

void CustomerDisplay::showPaymentQr(const QString &codeUrl, const Money &amount,
                                    const QDateTime &expiresAt)
{
    m_qrText = codeUrl;
    m_qrAmount = amount;
    m_qrExpiresAt = expiresAt;
    setState(State::PaymentQr);
}

void CustomerDisplay::showStatus(StatusKind kind, const QString &detail)
{
    m_statusKind = kind;
    m_statusDetail = detail;
    setState(State::Status);
}

void CustomerDisplay::showPaid(const Money &total, const Money &change)
{
    m_paidAmount = total;
    m_changeAmount = change;
    setState(State::Paid);
}

void CustomerDisplay::showRest()
{
    setState(m_cart.isEmpty() ? State::Idle : State::Cart);
}

void CustomerDisplay::setState(State state)
{
    const bool changed = state != m_state;
    m_state = state;
    if (state != State::PaymentQr) {
        m_qrText.clear();
        m_qrImage->clear();
        m_qrModulePixels = 0;
        m_countdownTimer->stop();
    }
    const bool holds =
        state == State::Paid || (state == State::Status && m_statusKind != StatusKind::Paying);
    if (holds) {
        m_holdTimer->start(m_holdMs);
    } else {
        m_holdTimer->stop();
    }
    render();
    if (changed) {
        qCDebug(lcCustomerDisplay) << "customer display:" << state;
        emit stateChanged(state);
    }
}

void CustomerDisplay::render()
{
    m_header->setText(m_shopName);
    m_header->setVisible(m_state != State::Idle);
    switch (m_state) {
    case State::Idle:
        m_idleShop->setText(m_shopName);
        m_idleWelcome->setText(tr("Welcome / 欢迎光临"));
        m_pages->setCurrentWidget(m_idlePage);
        break;
    case State::Cart:
        renderCart();
        m_pages->setCurrentWidget(m_cartPage);
        break;
    case State::PaymentQr:
        renderQr();
        m_pages->setCurrentWidget(m_qrPage);
        break;
    case State::Status:
        renderStatus();
        m_pages->setCurrentWidget(m_statusPage);
        break;
    case State::Paid:
        renderPaid();
        m_pages->setCurrentWidget(m_paidPage);
        break;
    }
}

void CustomerDisplay::renderCart()
{
    const QStringList headers{tr("Item / 商品"), tr("Qty / 数量"), tr("Amount / 金额")};
    const Qt::Alignment headerAlignment[] = {Qt::AlignLeft, Qt::AlignCenter, Qt::AlignRight};
    for (int column = 0; column < kCartColumns; ++column) {
        auto *header = new QTableWidgetItem(headers.at(column));
        header->setTextAlignment(headerAlignment[column] | Qt::AlignVCenter);
        m_cartLines->setHorizontalHeaderItem(column, header);
    }
    m_cartLines->setRowCount(int(m_cart.size()));
    for (int row = 0; row < m_cart.size(); ++row) {
        const CartLine &line = m_cart.at(row);
        m_cartLines->setItem(row, kItem, new QTableWidgetItem(line.name));
        auto *quantity = new QTableWidgetItem(line.quantity);
        quantity->setTextAlignment(Qt::AlignCenter);
        m_cartLines->setItem(row, kQuantity, quantity);
        auto *amount = new QTableWidgetItem(moneyText(line.amount));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_cartLines->setItem(row, kAmount, amount);
    }
    m_cartLines->scrollToBottom(); // the item just rung up is the one the customer looks for
    m_cartCount->setText(tr("%n item(s) / 共 %n 项", nullptr, int(m_cart.size())));
    m_cartTotalCaption->setText(tr("Total / 合计"));
    m_cartTotal->setText(moneyText(m_cartAmount));
}

void CustomerDisplay::renderQr()
{
    m_qrAmountCaption->setText(tr("To pay / 应付"));
    m_qrAmountLabel->setText(moneyText(m_qrAmount));
    m_qrHint->setText(tr("Scan with Alipay / WeChat Pay\n请使用支付宝 / 微信扫码支付"));
    auto probe = devices::QrCodeImage::render(m_qrText, 1);
    if (!probe) {
        qCWarning(lcCustomerDisplay) << "QR not shown:" << probe.error().message;
        m_qrImage->setText(tr("QR unavailable: ask the cashier / 二维码无法显示，请联系收银员"));
        m_countdownTimer->stop();
        return;
    }
    // Whole device pixels per module: a blurred module is what makes phones hesitate.
    const qreal ratio = devicePixelRatioF();
    const int shorter = int(std::min(width(), height()) * ratio);
    const int module = qrModulePixels(probe->width(), shorter);
    auto image = devices::QrCodeImage::render(m_qrText, module);
    if (image) {
        QPixmap pixmap = QPixmap::fromImage(image.value());
        pixmap.setDevicePixelRatio(ratio);
        m_qrImage->setPixmap(pixmap);
        m_qrModulePixels = module;
    }
    refreshCountdown();
    if (!m_countdownTimer->isActive()) {
        m_countdownTimer->start();
    }
}

void CustomerDisplay::refreshCountdown()
{
    if (m_state != State::PaymentQr) {
        return;
    }
    const qint64 leftMs = m_clock().msecsTo(m_qrExpiresAt);
    if (leftMs <= 0) {
        m_qrCountdown->setText(tr("QR expired / 二维码已过期"));
        m_countdownTimer->stop();
        return;
    }
    const qint64 seconds = (leftMs + 999) / 1000;
    m_qrCountdown->setText(tr("Valid for %1 / 有效期 %1").arg(minutesSeconds(seconds)));
}

void CustomerDisplay::renderStatus()
{
    QString headline;
    QString colour;
    switch (m_statusKind) {
    case StatusKind::Paying:
        headline = tr("Payment in progress… / 支付中…");
        colour = QStringLiteral("#0f4c81");
        break;
    case StatusKind::Received:
        headline = tr("Payment received / 已收款");
        colour = QStringLiteral("#2e7d32");
        break;
    case StatusKind::Failed:
        headline = tr("Payment failed / 支付失败");
        colour = QStringLiteral("#c62828");
        break;
    case StatusKind::Cancelled:
        headline = tr("Payment cancelled / 支付已取消");
        colour = QStringLiteral("#616161");
        break;
    }
    m_statusHeadline->setText(headline);
    m_statusHeadline->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    m_statusDetailLabel->setText(m_statusDetail);
    m_statusDetailLabel->setVisible(!m_statusDetail.isEmpty());
}

void CustomerDisplay::renderPaid()
{
    m_paidHeadline->setText(tr("Paid / 支付成功"));
    m_paidTotalCaption->setText(tr("Total / 合计"));
    m_paidTotal->setText(moneyText(m_paidAmount));
    const bool change = m_changeAmount.isPositive();
    m_paidChangeCaption->setText(tr("Change / 找零"));
    m_paidChange->setText(moneyText(m_changeAmount));
    m_paidChangeCaption->setVisible(change);
    m_paidChange->setVisible(change);
    m_paidThanks->setText(tr("Thank you / 谢谢惠顾"));
}

void CustomerDisplay::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyScale();
    if (m_state == State::PaymentQr) {
        renderQr();
    }
}

void CustomerDisplay::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        render();
    }
}

void CustomerDisplay::applyScale()
{
    // One unit of type per 1/24 of the shorter side: about 27 px on a 640-line screen, 45 px
    // at 1080 lines — readable from a metre.
    const int unit = std::max(14, std::min(width(), height()) / 24);
    setStyleSheet(stateStyleSheet(unit));
    m_cartLines->verticalHeader()->setDefaultSectionSize(unit * 2);
    m_cartLines->horizontalHeader()->setMinimumSectionSize(unit * 4);
}

QString CustomerDisplay::stateStyleSheet(int unit) const
{
    const auto px = [unit](int percent) { return QString::number(unit * percent / 100); };
    return QStringLiteral(
               "QWidget#customerDisplay { background: #ffffff; }"
               "QLabel { color: #1f2933; font-size: %1px; }"
               "QLabel#customerHeader { background: #0f4c81; color: #ffffff; font-size: %2px;"
               "  padding: %3px %4px; }"
               "QLabel#idleShop { color: #0f4c81; font-size: %5px; font-weight: bold; }"
               "QLabel#idleWelcome { color: #52606d; font-size: %6px; }"
               "QTableWidget#cartLines { font-size: %1px; border: none; background: #ffffff;"
               "  color: #1f2933; margin: %3px %4px 0 %4px; }"
               "QTableWidget#cartLines::item { padding: 0 %3px; border-bottom: 1px solid #e4e7eb; }"
               "QHeaderView::section { font-size: %2px; color: #7b8794; background: #ffffff;"
               "  border: none; border-bottom: 2px solid #cbd2d9; padding: %3px; }"
               "QWidget#cartFooter { background: #f0f4f8; border-top: 2px solid #cbd2d9; }"
               "QLabel#cartCount { color: #7b8794; padding-left: %3px; }"
               "QLabel#cartTotalCaption { font-size: %7px; }"
               "QLabel#cartTotal, QLabel#qrAmount, QLabel#paidTotal { font-size: %8px;"
               "  font-weight: bold; color: #0f4c81; }"
               "QLabel#cartTotal { padding: 0 %4px 0 %3px; }"
               "QLabel#qrAmountCaption { font-size: %7px; }"
               "QLabel#customerDisplayQr { background: #ffffff; }"
               "QLabel#qrCountdown { font-size: %1px; color: #c05621; font-weight: bold; }"
               "QLabel#qrHint { font-size: %2px; color: #52606d; }"
               "QLabel#statusHeadline, QLabel#paidHeadline { font-size: %6px; font-weight: bold; }"
               "QLabel#paidHeadline { color: #2e7d32; }"
               "QLabel#paidTotalCaption, QLabel#paidChangeCaption { font-size: %7px;"
               "  padding-right: %4px; }"
               "QLabel#paidChange { font-size: %8px; font-weight: bold; color: #2e7d32; }"
               "QLabel#paidThanks { color: #52606d; font-size: %7px; }")
        .arg(px(100), px(70), px(30), px(60), px(250), px(160), px(130), px(230));
}

} // namespace pos::ui
