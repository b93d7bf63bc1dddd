#pragma once

#include <QStringList>

namespace dd::cli {

// Runs one command line (arguments()[0] is the program) and returns the exit status.
int run(const QStringList& arguments);

} // namespace dd::cli
