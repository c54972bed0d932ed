#pragma once

namespace pos::devices {

// How a keyboard-wedge scanner is told from a person (see shared/reference/devices.md:
// scanners send keys 5–50 ms apart and end with a suffix key; people type 100+ ms apart).
struct WedgeSettings
{
    enum class Suffix
    {
        Enter,
        Tab
    };

    int maxInterKeyMs = 50; // a larger gap between two keys means a person
    int minLength = 6;      // shorter bursts are typing (codes have a minimum length)
    Suffix suffix = Suffix::Enter;
};

} // namespace pos::devices
