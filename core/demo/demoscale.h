#pragma once

#include <QString>

namespace dd {

enum class DemoScale
{
    Street, // 110 deputies, 10 years: ~1,000 activities, ~20,000 attendance rows, ~1,500 opinions
    Stress  // 100 × street: a whole district's history in one file
};

// The demo office, grown to the scale: more deputies and ten years of activities with their
// attendance and opinions with their histories, written in bulk (one transaction, prepared
// statements) and the same for the same seed and day. For the benchmark program.
void createScaledDemoOffice(const QString& path, DemoScale scale, quint32 seed = 1);

} // namespace dd
