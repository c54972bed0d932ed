#include "runtime/TerminalRuntime.h"

#include "channels/alipay/AlipayChannel.h"
#include "channels/unionpay/UnionPayChannel.h"
#include "channels/unionpay/UnionPayDemoFiles.h"
#include "channels/wechatpay/WechatChannel.h"
#include "channels/wechatpay/WechatKeyFolder.h"
#include "demo/DemoData.h"
#include "storage/SettlementSettings.h"

#include <QFile>
#include <QStandardPaths>

namespace pos::runtime {

namespace {
Result<security::RsaKey> readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<security::RsaKey>::failure(
            QStringLiteral("config.key_missing"),
            QStringLiteral("cannot read key file %1").arg(path));
    }
    auto key = security::RsaKey::fromPem(file.read(64 * 1024));
    if (!key) {
        return Result<security::RsaKey>::failure(
            key.error().code, QStringLiteral("%1: %2").arg(path, key.error().message));
    }
    return key;
}
} // namespace

TerminalRuntime::TerminalRuntime(QObject *parent)
    : QObject(parent), m_outbox(std::make_unique<outbox::OutboxUploader>(m_database))
{
}

TerminalRuntime::~TerminalRuntime() = default;

QString TerminalRuntime::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Status TerminalRuntime::open(const QString &dataDir, const config::TerminalConfig &config,
                             bool seedDemoData)
{
    m_dataDir = dataDir;
    m_config = config;
    if (auto opened = m_database.open(dataDir + QStringLiteral("/pos.sqlite"),
                                      QStringLiteral("terminal-main"));
        !opened) {
        return opened;
    }
    // The settlement triggers read the cut-off from the database, not from the configuration.
    if (auto cutoff = storage::saveCutoffHour(m_database, m_config.cutoffHour); !cutoff) {
        return cutoff;
    }
    if (seedDemoData) {
        if (auto seeded = demo::seedIfEmpty(m_database); !seeded) {
            return seeded.error();
        }
    }
    m_channels.add(&m_cash);
    if (auto manual = registerChannel(&m_manual); !manual) {
        return manual;
    }
    for (auto [enabled, open] :
         {std::pair{m_config.alipay.enabled, &TerminalRuntime::openAlipay},
          std::pair{m_config.wechat.enabled, &TerminalRuntime::openWechat},
          std::pair{m_config.unionpay.enabled, &TerminalRuntime::openUnionPay}}) {
        if (!enabled) {
            continue;
        }
        if (auto opened = (this->*open)(); !opened) {
            return opened;
        }
    }
    channels::PaymentCodeRouter router;
    for (const auto &rule : m_config.extraCodeRules) {
        router.addRule(rule);
    }
    m_payments = std::make_unique<payments::PaymentService>(m_database, m_channels, router,
                                                            m_config.schedule);
    m_refunds =
        std::make_unique<payments::RefundService>(m_database, m_channels, m_config.schedule);
    m_payments->setRefundService(m_refunds.get());
    m_inbox = std::make_unique<payments::NotificationInbox>(m_database, m_channels, *m_payments,
                                                            *m_refunds);
    m_sale = std::make_unique<sale::SaleService>(m_database, m_config.identity,
                                                 BusinessCalendar(m_config.cutoffHour));
    m_payments->setContext({m_config.identity.storeId,
                            m_config.identity.terminalId,
                            {},
                            m_config.identity.shopName,
                            {}});
    if (!m_config.notify.publicUrl.isEmpty()) {
        setNotifyUrl(m_config.notify.publicUrl);
    }
    return startOutbox();
}

Status TerminalRuntime::startOutbox()
{
    const config::HeadOfficeSettings &headOffice = m_config.headOffice;
    if (headOffice.url.isEmpty()) {
        return success();
    }
    outbox::UploadSettings settings;
    settings.baseUrl = headOffice.url;
    settings.timeoutMs = headOffice.timeoutMs;
    settings.retryBaseMs = headOffice.retryBaseMs;
    settings.retryMaxMs = headOffice.retryMaxMs;
    if (!headOffice.secretFile.isEmpty()) {
        QFile file(headOffice.secretFile);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{
                QStringLiteral("config.key_missing"),
                QStringLiteral("cannot read headoffice/secret_file %1").arg(headOffice.secretFile)};
        }
        settings.secret = file.read(4096).trimmed();
        if (settings.secret.isEmpty()) {
            return Error{
                QStringLiteral("config.key_missing"),
                QStringLiteral("headoffice/secret_file %1 is empty").arg(headOffice.secretFile)};
        }
    }
    m_outbox->start(settings);
    return success();
}

void TerminalRuntime::setNotifyUrl(const QString &url)
{
    payments::PaymentContext context = m_payments->context();
    context.notifyUrl = url;
    m_payments->setContext(context);
    m_refunds->setNotifyUrl(url);
}

Status TerminalRuntime::openAlipay()
{
    auto privateKey = readKey(m_config.alipay.appPrivateKeyFile);
    if (!privateKey) {
        return privateKey.error();
    }
    auto publicKey = readKey(m_config.alipay.alipayPublicKeyFile);
    if (!publicKey) {
        return publicKey.error();
    }
    channels::alipay::AlipayConfig alipay;
    alipay.gatewayUrl = m_config.alipay.gatewayUrl;
    alipay.appId = m_config.alipay.appId;
    alipay.appPrivateKey = privateKey.value();
    alipay.alipayPublicKey = publicKey.value();
    alipay.requestTimeoutMs = m_config.alipay.timeoutMs;
    m_adapters.push_back(std::make_unique<channels::alipay::AlipayChannel>(alipay));
    return registerChannel(m_adapters.back().get());
}

Status TerminalRuntime::openWechat()
{
    const config::KeyFolderChannelSettings &settings = m_config.wechat;
    auto wechat = channels::wechatpay::loadKeyFolder(settings.keyDir, settings.baseUrl,
                                                     settings.appId, settings.merchantId);
    if (!wechat) {
        return wechat.error();
    }
    wechat->timeoutMs = settings.timeoutMs;
    wechat->deviceInfo = m_config.identity.terminalId;
    m_adapters.push_back(std::make_unique<channels::wechatpay::WechatChannel>(wechat.value()));
    return registerChannel(m_adapters.back().get());
}

Status TerminalRuntime::openUnionPay()
{
    const config::KeyFolderChannelSettings &settings = m_config.unionpay;
    auto unionpay = channels::unionpay::demofiles::loadDemoConfig(settings.keyDir, settings.baseUrl,
                                                                  settings.merchantId);
    if (!unionpay) {
        return unionpay.error();
    }
    unionpay->requestTimeoutMs = settings.timeoutMs;
    m_adapters.push_back(std::make_unique<channels::unionpay::UnionPayChannel>(unionpay.value()));
    return registerChannel(m_adapters.back().get());
}

Status TerminalRuntime::registerChannel(channels::PaymentChannel *channel)
{
    const auto lacks = m_config.channelLacks.find(channel->id());
    if (lacks == m_config.channelLacks.end()) {
        m_channels.add(channel);
        return success();
    }
    auto allowed = channels::RestrictedChannel::restrict(channel->capabilities(), lacks.value());
    if (!allowed) {
        return allowed.error();
    }
    m_restricted.push_back(std::make_unique<channels::RestrictedChannel>(channel, allowed.value()));
    m_channels.add(m_restricted.back().get());
    return success();
}

} // namespace pos::runtime
