// A test suite sharing one demo terminal: the three channel sandboxes started once (they
// generate RSA keys), and a runtime opened on them with short polling schedules.
#pragma once

#include "config/TerminalConfig.h"
#include "demo/DemoSandbox.h"
#include "runtime/TerminalRuntime.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace pos::test {

class DemoTerminalSuite : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        qputenv("POS_CHANNEL_SIM", POS_CHANNEL_SIM_PATH);
        s_dir = new QTemporaryDir;
        s_config = new config::TerminalConfig;
        s_config->schedule.userPayingPollMs = 100;
        s_config->schedule.unknownFirstQueryMs = 100;
        s_sandbox = new demo::DemoSandbox(s_dir->path());
        s_started = s_sandbox->start(*s_config).ok();
        s_runtime = new runtime::TerminalRuntime;
        s_opened = s_started && s_runtime->open(s_dir->path(), *s_config, true).ok();
    }

    static void TearDownTestSuite()
    {
        delete s_runtime;
        delete s_sandbox;
        delete s_config;
        delete s_dir;
    }

    void SetUp() override
    {
        ASSERT_TRUE(s_started) << "the demo sandbox must start";
        ASSERT_TRUE(s_opened) << "the demo runtime must open with all three channels";
    }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline config::TerminalConfig *s_config = nullptr;
    static inline demo::DemoSandbox *s_sandbox = nullptr;
    static inline runtime::TerminalRuntime *s_runtime = nullptr;
    static inline bool s_started = false;
    static inline bool s_opened = false;
};

} // namespace pos::test
