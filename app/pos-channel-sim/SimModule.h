#pragma once

#include "SimOptions.h"
#include "common/Result.h"

#include <QHttpServer>

#include <memory>

namespace pos::sim {

// One provider's protocol in the sandbox (WeChat Pay, UnionPay, …): it adds its routes to the
// server, keeps its own keys and ledger under the data directory, and lives as long as the
// server. Each module documents its routes, scenarios and --set keys in its own header.
class SimModule
{
public:
    virtual ~SimModule() = default;
};

using SimModulePtr = std::unique_ptr<SimModule>;

Result<SimModulePtr> makeWechatModule(QHttpServer &server, const SimOptions &options);
Result<SimModulePtr> makeUnionPayModule(QHttpServer &server, const SimOptions &options);

} // namespace pos::sim
