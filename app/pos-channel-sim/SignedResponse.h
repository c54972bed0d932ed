#pragma once

#include "common/Result.h"
#include "security/RsaKey.h"

#include <QByteArray>
#include <QJsonObject>

namespace pos::sim {

// Builds a gateway response body {"<node>":<inner>,"sign":"<base64>"}. The inner object is
// serialised once (compact) and the RSA2 signature is taken over exactly those bytes, which are
// then spliced into the outer text, so what is signed is byte for byte what is sent. Slashes are
// escaped as Alipay does ("https:\/\/qr.alipay.com\/..."): only a client that verifies the
// raw bytes, not a re-serialisation, accepts the answer.
// With `tamper`, the signature is a genuine one over DIFFERENT bytes (the inner object with
// another total_amount): a scenario that a client must reject.
Result<QByteArray> signedResponse(const QByteArray &nodeName, const QJsonObject &inner,
                                  const security::RsaKey &alipayPrivateKey, bool tamper = false);

} // namespace pos::sim
