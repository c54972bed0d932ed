#include "config/HeadOfficeConfig.h"

#include "config/IniValues.h"

#include <QSettings>

namespace pos::config {

Status readHeadOfficeSettings(const QSettings &settings, HeadOfficeSettings *headOffice)
{
    const QString urlText =
        readString(settings, QStringLiteral("headoffice/url"), headOffice->url.toString());
    const QUrl url(urlText, QUrl::StrictMode);
    if (!urlText.isEmpty() &&
        (!url.isValid() || url.host().isEmpty() ||
         (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))) {
        return Error{
            QStringLiteral("config.bad_value"),
            QStringLiteral("headoffice/url must be an http:// or https:// URL: %1").arg(urlText)};
    }
    headOffice->url = urlText.isEmpty() ? QUrl() : url;
    headOffice->secretFile =
        readString(settings, QStringLiteral("headoffice/secret_file"), headOffice->secretFile);
    if (auto read = readInts(settings,
                             {
                                 {"headoffice/timeout_ms", 100, 120000, &headOffice->timeoutMs},
                                 {"headoffice/retry_base_ms", 10, 600000, &headOffice->retryBaseMs},
                                 {"headoffice/retry_max_ms", 10, 3600000, &headOffice->retryMaxMs},
                             });
        !read) {
        return read;
    }
    if (headOffice->retryMaxMs < headOffice->retryBaseMs) {
        return Error{QStringLiteral("config.bad_value"),
                     QStringLiteral("headoffice/retry_max_ms must be at least "
                                    "headoffice/retry_base_ms (%1)")
                         .arg(headOffice->retryBaseMs)};
    }
    return success();
}

void writeHeadOfficeSettings(QSettings &settings, const HeadOfficeSettings &headOffice)
{
    settings.setValue(QStringLiteral("headoffice/url"), headOffice.url.toString());
    settings.setValue(QStringLiteral("headoffice/secret_file"), headOffice.secretFile);
    settings.setValue(QStringLiteral("headoffice/timeout_ms"), headOffice.timeoutMs);
    settings.setValue(QStringLiteral("headoffice/retry_base_ms"), headOffice.retryBaseMs);
    settings.setValue(QStringLiteral("headoffice/retry_max_ms"), headOffice.retryMaxMs);
}

} // namespace pos::config
