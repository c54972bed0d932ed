#pragma once

#include "AlipayGateway.h"
#include "SimModule.h"

#include <QHttpServer>

namespace pos::sim {

// The HTTP face of the sandbox on 127.0.0.1 only:
//   POST /gateway.do    Alipay OpenAPI gateway (form body, at most 64 KiB, else 413)
//   GET  /admin/ledger  the ledger as JSON
//   GET  /health        "ok"
class SimServer
{
public:
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;

    SimServer(const SimKeys &keys, SimLedger &ledger, const QString &appId, int userPayingSeconds);

    // Adds the other providers' protocols (see SimModule.h).
    Status addModules(const SimOptions &options);

    // Listens on 127.0.0.1:`port` (0: any free port); the bound port, or 0 on failure.
    quint16 listen(quint16 port);

private:
    QHttpServer m_server;
    SimLedger &m_ledger;
    AlipayGateway m_gateway;
    std::vector<SimModulePtr> m_modules;
};

} // namespace pos::sim
