#pragma once

#include "AlipayGateway.h"
#include "SimModule.h"
#include "alipay/AlipayNotifier.h"
#include "faults/FaultInjector.h"

#include <QHttpServer>

namespace pos::sim {

// The HTTP face of the sandbox on 127.0.0.1 only:
//   POST /gateway.do    Alipay OpenAPI gateway (form body, at most 64 KiB, else 413), behind
//                       the injected faults (faults/FaultInjector.h)
//   GET  /alipay/bill/<yyyy-MM-dd>.zip  the trade bill zip a bill_download_url points at
//   GET  /admin/ledger  the ledger as JSON
//   GET|POST|DELETE /admin/faults  network faults on demand (faults/FaultInjector.h)
//   POST /admin/notify/replay?out_trade_no=X  re-sends the last notification for X (404: none)
//   POST /admin/notify/forge?out_trade_no=X&notify_url=U  sends U one notification for X with
//                       a signature that does not verify (404: no such trade)
//   GET  /health        "ok"
// Settings (--set, read by addModules): alipay.slow-ms (scenario 0007's hold-back, default
// 20000), notify.delay-scale (default 1), notify.duplicates (default 0).
class SimServer
{
public:
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;

    SimServer(const SimKeys &keys, SimLedger &ledger, const QString &appId, int userPayingSeconds);

    // Applies the --set settings above, then adds the other providers' protocols (see
    // SimModule.h). A bad setting value is an error.
    Status addModules(const SimOptions &options);
    Status applySettings(const QMap<QString, QString> &settings);

    // Listens on 127.0.0.1:`port` (0: any free port); the bound port, or 0 on failure.
    quint16 listen(quint16 port);

private:
    void addAlipayRoutes();

    QHttpServer m_server;
    SimLedger &m_ledger;
    AlipayGateway m_gateway;
    AlipayNotifier m_notifier;
    FaultInjector m_faults;
    std::vector<SimModulePtr> m_modules;
};

} // namespace pos::sim
