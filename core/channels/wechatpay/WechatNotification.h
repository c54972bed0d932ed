#pragma once

#include "channels/PaymentChannel.h"
#include "channels/wechatpay/WechatConfig.h"

namespace pos::channels::wechatpay {

// Reads a v3 notification (payment or refund): the Wechatpay-* headers must verify with the
// platform key named by Wechatpay-Serial, the timestamp must be within 5 minutes of
// `nowSeconds`, the resource must decrypt (AEAD_AES_256_GCM with the APIv3 key) and the
// decrypted appid/mchid must be ours. Answers: ack 200 {"code":"SUCCESS"}, nack 500
// {"code":"FAIL","message":...} (WeChat retries on anything but 2xx).
ParsedNotification parseWechatNotification(const IncomingNotification &notification,
                                           const WechatConfig &config, qint64 nowSeconds);

} // namespace pos::channels::wechatpay
