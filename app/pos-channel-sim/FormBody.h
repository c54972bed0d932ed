#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace pos::sim {

// Decodes application/x-www-form-urlencoded text (a POST body or a URL query): pairs split on
// '&', key and value split on the first '=', '+' turned into a space BEFORE percent-decoding (so
// "%2B" stays a plus), then UTF-8. Merges into `into`; refuses a key given twice (here or
// already in `into`) and text that is not valid UTF-8 ("form.duplicate", "form.encoding").
Status decodeForm(const QByteArray &encoded, QMap<QString, QString> &into);

} // namespace pos::sim
