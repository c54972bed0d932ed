#pragma once

#include "channels/CashChannel.h"
#include "channels/ManualChannel.h"
#include "channels/PaymentCodeRouter.h"
#include "channels/RestrictedChannel.h"
#include "common/Result.h"
#include "config/TerminalConfig.h"
#include "outbox/OutboxUploader.h"
#include "payments/ChannelRegistry.h"
#include "payments/NotificationInbox.h"
#include "payments/PaymentService.h"
#include "payments/RefundService.h"
#include "sale/SaleService.h"
#include "storage/Database.h"

#include <QObject>

#include <memory>

namespace pos::runtime {

// The core objects one terminal process needs, wired from a data folder: the database
// (<data>/pos.sqlite), the configuration (<data>/pos.ini or the given one), the channels,
// and the sale and payment services. The terminal, posctl and tests build the same thing.
class TerminalRuntime : public QObject
{
    Q_OBJECT
public:
    explicit TerminalRuntime(QObject *parent = nullptr);
    ~TerminalRuntime() override;

    // Opens storage and builds services. With `seedDemoData` the demo catalog and accounts are
    // added when missing.
    Status open(const QString &dataDir, const config::TerminalConfig &config, bool seedDemoData);

    const QString &dataDir() const { return m_dataDir; }
    const config::TerminalConfig &config() const { return m_config; }
    storage::Database &database() { return m_database; }
    payments::ChannelRegistry &channels() { return m_channels; }
    payments::PaymentService &payments() { return *m_payments; }
    payments::RefundService &refunds() { return *m_refunds; }
    payments::NotificationInbox &notifications() { return *m_inbox; }
    // Where channels are told to send notifications (the local endpoint once it listens, or
    // head office's relay); passed on with every precreate and refund.
    void setNotifyUrl(const QString &url);
    sale::SaleService &sale() { return *m_sale; }
    // Uploads to head office when [headoffice] url is set; otherwise idle, its counts still read.
    outbox::OutboxUploader &outbox() { return *m_outbox; }
    settlement::ShiftPolicy shiftPolicy() const { return m_config.settlement.shiftPolicy(); }

    static QString defaultDataDir();

private:
    Status openAlipay();
    Status openWechat();
    Status openUnionPay();
    Status startOutbox();
    // Registers `channel`, behind a RestrictedChannel when the configuration says the provider
    // lacks some APIs.
    Status registerChannel(channels::PaymentChannel *channel);

    QString m_dataDir;
    config::TerminalConfig m_config;
    storage::Database m_database;
    payments::ChannelRegistry m_channels;
    channels::CashChannel m_cash;
    channels::ManualChannel m_manual;
    std::vector<std::unique_ptr<channels::RestrictedChannel>> m_restricted;
    // Channels are declared after the service so they die first: a pending reply's callback
    // (which holds the service) is destroyed with its channel and never runs.
    std::unique_ptr<payments::PaymentService> m_payments;
    std::unique_ptr<payments::RefundService> m_refunds;
    std::unique_ptr<payments::NotificationInbox> m_inbox;
    std::vector<std::unique_ptr<channels::PaymentChannel>> m_adapters;
    std::unique_ptr<sale::SaleService> m_sale;
    std::unique_ptr<outbox::OutboxUploader> m_outbox; // after m_database: stops first
};

} // namespace pos::runtime
