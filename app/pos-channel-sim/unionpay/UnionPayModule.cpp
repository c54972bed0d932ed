#include "SimModule.h"

namespace pos::sim {

// Placeholder until the UnionPay sandbox lands: no routes yet.
Result<SimModulePtr> makeUnionPayModule(QHttpServer &, const SimOptions &)
{
    return SimModulePtr(std::make_unique<SimModule>());
}

} // namespace pos::sim
