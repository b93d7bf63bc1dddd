#pragma once

#include "activity/activityrepository.h"
#include "page.h"

class QCalendarWidget;
class QLabel;
class QListWidget;

namespace dd::ui {

// 活动日历: a month view marking the days with activities (held, planned, not held) and the
// month's list beside it; the selected day's entries come first. Enter or a double-click
// opens an activity, or records a planned one.
class CalendarPage final : public Page
{
    Q_OBJECT
public:
    explicit CalendarPage(QWidget* parent = nullptr);

    QString title() const override;
    void setOffice(OfficeFile* office) override;
    void refresh() override { reload(); }
    void reload();
    QCalendarWidget* calendar() const { return m_calendar; }
    QListWidget* list() const { return m_list; }
    void openCurrent();

private:
    void showMonth();

    OfficeFile* m_office = nullptr;
    QList<ActivityListRow> m_rows; // the shown month's
    QDate m_listedDay;             // the day m_rows are listed for (none: not yet listed)
    QCalendarWidget* m_calendar;
    QListWidget* m_list;
    QLabel* m_summary;
};

} // namespace dd::ui
