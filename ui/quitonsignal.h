#pragma once

namespace dd::ui {

// SIGTERM, SIGHUP and SIGINT (log-out, shutdown, Ctrl+C in a terminal) quit the event loop
// instead of killing the process, so the office file closes and its lock is released.
void quitOnTerminationSignals();

} // namespace dd::ui
