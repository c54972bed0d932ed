#include "SimModule.h"

namespace pos::sim {

// Placeholder until the WeChat Pay sandbox lands: no routes yet.
Result<SimModulePtr> makeWechatModule(QHttpServer &, const SimOptions &)
{
    return SimModulePtr(std::make_unique<SimModule>());
}

} // namespace pos::sim
