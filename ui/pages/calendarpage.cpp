#include "calendarpage.h"

#include "activitiespage.h"
#include "activity/activityplan.h"
#include "errors.h"
#include "storage/displayformat.h"
#include "storage/officefile.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace dd::ui {

namespace {
QColor stateColour(ActivityListRow::State state)
{
    switch (state) {
    case ActivityListRow::State::Held:
        return QColor(0x1b, 0x5e, 0x20);
    case ActivityListRow::State::Planned:
        return QColor(0x1e, 0x55, 0xa0);
    case ActivityListRow::State::Missed:
        return QColor(0xb0, 0x00, 0x20);
    }
    return Qt::black;
}
} // namespace

CalendarPage::CalendarPage(QWidget* parent)
    : Page(parent), m_calendar(new QCalendarWidget(this)), m_list(new QListWidget(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("calendarPage"));
    m_calendar->setObjectName(QStringLiteral("calendar"));
    m_list->setObjectName(QStringLiteral("calendarList"));
    m_list->setSpacing(3); // two lines an activity: a gap between them
    m_calendar->setGridVisible(true);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setMinimumSize(520, 380);
    auto* legend = new QLabel(tr("<span style='color:#1b5e20'>■ held</span> &nbsp; "
                                 "<span style='color:#1e55a0'>■ planned</span> &nbsp; "
                                 "<span style='color:#b00020'>■ not held</span>"),
                              this);
    auto* left = new QVBoxLayout;
    left->addWidget(m_calendar, 1);
    left->addWidget(legend);
    left->addWidget(m_summary);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("This month (Enter opens or records):"), this));
    right->addWidget(m_list, 1);
    auto* body = new QHBoxLayout;
    body->addLayout(left, 3);
    body->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Calendar</h2>"), this));
    layout->addLayout(body, 1);
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &CalendarPage::reload);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, &CalendarPage::showMonth);
    connect(m_calendar, &QCalendarWidget::activated, this, [this] {
        m_list->setFocus();
        openCurrent();
    });
    connect(m_list, &QListWidget::itemActivated, this, &CalendarPage::openCurrent);
    setEnabled(false);
}

QString CalendarPage::title() const
{
    return tr("Calendar");
}

void CalendarPage::setOffice(OfficeFile* office)
{
    m_office = office;
    setEnabled(office != nullptr);
    reload();
}

void CalendarPage::reload()
{
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat()); // clear the marks
    m_rows.clear();
    m_listedDay = QDate();
    if (m_office) {
        ActivityFilter filter;
        filter.from = QDate(m_calendar->yearShown(), m_calendar->monthShown(), 1);
        filter.to = filter.from.addMonths(1).addDays(-1);
        try {
            // Light: the calendar shows no attendance or progress figures.
            m_rows = PlanRepository::calendar(m_office->db(), filter, QDate::currentDate(),
                                              ActivityRepository::ListDetail::Light);
        } catch (const Error& e) {
            showError(this, tr("Reading the calendar"), e);
        }
    }
    // A day shows the colour of its most pressing entry: not held, then planned, then held.
    QHash<QDate, ActivityListRow::State> days;
    for (const ActivityListRow& r : std::as_const(m_rows)) {
        const auto was = days.value(r.date, ActivityListRow::State::Held);
        if (!days.contains(r.date) || r.state == ActivityListRow::State::Missed ||
            (r.state == ActivityListRow::State::Planned && was == ActivityListRow::State::Held))
            days.insert(r.date, r.state);
    }
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        QTextCharFormat f;
        f.setFontWeight(QFont::Bold);
        f.setForeground(stateColour(it.value()));
        f.setBackground(it.value() == ActivityListRow::State::Held      ? QColor(0xdf, 0xf0, 0xd8)
                        : it.value() == ActivityListRow::State::Planned ? QColor(0xdc, 0xe8, 0xf8)
                                                                        : QColor(0xf8, 0xdc, 0xdc));
        m_calendar->setDateTextFormat(it.key(), f);
    }
    showMonth();
}

void CalendarPage::showMonth()
{
    // A day chosen in another month changes the month shown first (reload, which lists it)
    // and then the selection: the same list, not built twice.
    const QDate day = m_calendar->selectedDate();
    if (day == m_listedDay)
        return;
    m_listedDay = day;
    m_list->clear();
    QList<int> order; // the selected day first, then the month in date order
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].date == day)
            order << i;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].date != day)
            order << i;
    int held = 0, planned = 0, missed = 0;
    for (int i : std::as_const(order)) {
        const ActivityListRow& r = m_rows[i];
        held += r.state == ActivityListRow::State::Held;
        planned += r.state == ActivityListRow::State::Planned;
        missed += r.state == ActivityListRow::State::Missed;
        // Two lines, so that the list reads without scrolling sideways.
        auto* item = new QListWidgetItem(QStringLiteral("%1 %2  [%3]\n%4 · %5")
                                             .arg(displayDate(r.date),
                                                  r.start.toString(QStringLiteral("HH:mm")),
                                                  activityStateName(r.state), r.kind, r.title),
                                         m_list);
        item->setData(Qt::UserRole, i);
        item->setForeground(stateColour(r.state));
        if (r.date == day) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_summary->setText(
        tr("This month: %1 held, %2 planned, %3 not held").arg(held).arg(planned).arg(missed));
}

void CalendarPage::openCurrent()
{
    if (!m_office || !m_list->currentItem())
        return;
    const int index = m_list->currentItem()->data(Qt::UserRole).toInt();
    if (index < 0 || index >= m_rows.size())
        return;
    const ActivityListRow row = m_rows[index];
    if (row.id == 0 && !m_office->allows(Permission::EnterRecords))
        return;
    if (openActivityRow(this, *m_office, row))
        reload();
}

} // namespace dd::ui
