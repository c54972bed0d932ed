#pragma once

#include "common/Result.h"

#include <QString>
#include <QUrl>

class QSettings;

namespace pos::config {

// [headoffice]: where the outbox uploads to (see core/outbox/OutboxUploader.h).
struct HeadOfficeSettings
{
    QUrl url;           // http(s)://…; empty: no upload, the outbox keeps everything
    QString secretFile; // a file holding the secret shared with head office; empty: unsigned
    int timeoutMs = 10000;
    int retryBaseMs = 1000;
    int retryMaxMs = 300000;
};

// Present but invalid values are refused naming the key.
Status readHeadOfficeSettings(const QSettings &settings, HeadOfficeSettings *headOffice);
void writeHeadOfficeSettings(QSettings &settings, const HeadOfficeSettings &headOffice);

} // namespace pos::config
