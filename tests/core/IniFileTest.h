// A test that writes INI text into a temporary pos.ini for TerminalConfig::load.
#pragma once

#include "config/TerminalConfig.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace pos::test {

class IniFileTest : public ::testing::Test
{
protected:
    QString write(const QByteArray &ini)
    {
        const QString path = m_dir.filePath(QStringLiteral("pos.ini"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(ini);
        return path;
    }

    // The message TerminalConfig::load refuses `ini` with (empty, and a failure, if it loads).
    QString refusal(const QByteArray &ini)
    {
        auto config = config::TerminalConfig::load(write(ini));
        EXPECT_FALSE(config.ok()) << ini.constData();
        return config.ok() ? QString() : config.error().message;
    }

    QTemporaryDir m_dir;
};

} // namespace pos::test
