// A test that writes INI text into a temporary pos.ini for TerminalConfig::load.
#pragma once

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
    QTemporaryDir m_dir;
};

} // namespace pos::test
