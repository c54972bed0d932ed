#pragma once

#include <QLoggingCategory>

// pos.channels.alipay: one category for the adapter's files.
Q_DECLARE_LOGGING_CATEGORY(lcAlipay)
