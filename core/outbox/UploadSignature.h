#pragma once

#include <QByteArray>

namespace pos::outbox {

// The X-Pos-Signature header of an upload: lower-case hex HMAC-SHA256 of the exact body bytes,
// keyed with the secret the terminal shares with head office.
QByteArray uploadSignature(const QByteArray &secret, const QByteArray &body);

} // namespace pos::outbox
