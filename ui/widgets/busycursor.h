#pragma once

#include <QCursor>
#include <QGuiApplication>

namespace dd::ui {

// The wait cursor while work the clerk waits for runs on the GUI thread (the check of an
// import: a district's roster of 11,000 deputies takes over a second); put back however the
// scope ends, before any message about the result is shown.
class BusyCursor
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(QCursor(Qt::WaitCursor)); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace dd::ui
