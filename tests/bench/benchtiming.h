#pragma once

// What the bench's parts share: a result against its target, and the median timing.
#include <algorithm>
#include <functional>
#include <QElapsedTimer>
#include <QList>
#include <QString>

class QWidget;

namespace dd {
class OfficeFile;
}

namespace dd::bench {

struct Result
{
    QString name;
    double medianMs = 0;
    double targetMs = 0;
    QString note;
};

inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// Median of `runs` timings of work after one warm-up; prepare (untimed) runs before each.
inline double timeIt(int runs, const std::function<void()>& work,
                     const std::function<void()>& prepare = {})
{
    QList<double> times;
    for (int i = 0; i <= runs; ++i) {
        if (prepare)
            prepare();
        QElapsedTimer t;
        t.start();
        work();
        const double ms = t.nsecsElapsed() / 1e6;
        if (i > 0)
            times << ms;
    }
    return median(times);
}

// One filter change: a keystroke (`text` typed at once) in a search field, or each entry of a
// filter list (the slowest reported), a year back in a spin box, a check box clicked.
void timeFilter(QList<Result>& results, int runs, const QString& name, QWidget* control,
                const QString& text);

// The list pages, the calendar and the figures page on office (open read-only): each one's
// first screen, each filter change and each sort.
void timeListPages(dd::OfficeFile* office, int runs, QList<Result>& results);

} // namespace dd::bench
