#include "notify/LocalNotifications.h"

#include "runtime/TerminalRuntime.h"

#include <QHostAddress>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcEndpoint)

namespace pos::notify {

LocalNotifications startLocalNotifications(runtime::TerminalRuntime &runtime, bool demo)
{
    LocalNotifications local;
    const config::NotifySettings &settings = runtime.config().notify;
    if (!settings.enabled && !demo) {
        return local;
    }
    auto endpoint = std::make_unique<NotificationEndpoint>(runtime.notifications());
    auto listening = endpoint->listen(settings.listenAddress, settings.port);
    if (!listening) {
        local.problem = listening.error().message;
        qCCritical(lcEndpoint).noquote()
            << local.problem
            << "- payment notifications will not reach this terminal; QR payments are settled "
               "by polling";
        return local;
    }
    local.notifyBase = settings.publicUrl.isEmpty() ? listening->toString() : settings.publicUrl;
    const QHostAddress bound(listening->host());
    if (settings.publicUrl.isEmpty() &&
        (bound == QHostAddress::AnyIPv4 || bound.isEqual(QHostAddress::AnyIPv6))) {
        qCWarning(lcEndpoint).noquote() << "notify.listen is" << settings.listenAddress
                                        << "but notify.public_url is not set: channels are told"
                                        << local.notifyBase << "which they cannot reach";
    }
    runtime.setNotifyUrl(local.notifyBase);
    local.endpoint = std::move(endpoint);
    qCInfo(lcEndpoint).noquote() << "channels send notifications to"
                                 << local.notifyBase + QStringLiteral("/notify/<channel>");
    return local;
}

} // namespace pos::notify
