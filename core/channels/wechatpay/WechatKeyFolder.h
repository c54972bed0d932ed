#pragma once

#include "channels/wechatpay/WechatConfig.h"
#include "common/Result.h"

namespace pos::channels::wechatpay {

// Reads a merchant's WeChat Pay key material from one folder, with the file names listed in
// WechatConfig.h (the sandbox writes exactly these under <sim data>/wechat/; a shop keeps its
// own copy, readable only by the terminal's user).
Result<WechatConfig> loadKeyFolder(const QString &folder, const QUrl &baseUrl, const QString &appId,
                                   const QString &mchId);

} // namespace pos::channels::wechatpay
