#include "opinionstatspage.h"

#include "errors.h"
#include "opinion/opinionrepository.h"
#include "opinion/suggestion.h"
#include "stats/opinionstats.h"
#include "storage/error.h"
#include "storage/officefile.h"
#include "widgets/commonchoices.h"
#include "widgets/listtable.h"

#include <algorithm>
#include <numeric>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace dd::ui {

namespace {
QString percent(const std::optional<double>& rate)
{
    return rate ? QStringLiteral("%1%").arg(*rate * 100, 0, 'f', 1) : QStringLiteral("—");
}

QString number(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'f', 1) : QStringLiteral("—");
}

QTableWidgetItem* setCell(QTableWidget* table, int row, int col, const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    if (col > 0)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, col, item);
    return item;
}
} // namespace

// A figure of the breakdown: its heading, its value (none where a rate or an average has no
// denominator) and how it reads.
struct OpinionStatsPage::Column
{
    enum Format
    {
        Count,
        Rate,
        Days
    };
    QString header;
    Format format;
    std::optional<double> (*value)(const OpinionFigures&);

    QString text(const OpinionFigures& f) const
    {
        const std::optional<double> v = value(f);
        return format == Rate ? percent(v) : format == Days ? number(v) : QString::number(*v);
    }
};

QList<OpinionStatsPage::Column> OpinionStatsPage::columns()
{
    using F = const OpinionFigures&;
    return {
        {tr("Collected"), Column::Count, [](F f) -> std::optional<double> { return f.collected; }},
        {tr("Resolved"), Column::Count, [](F f) -> std::optional<double> { return f.resolved; }},
        {tr("Resolution rate"), Column::Rate, [](F f) { return f.resolutionRate; }},
        {tr("Overdue"), Column::Count, [](F f) -> std::optional<double> { return f.overdue; }},
        {tr("Evaluated"), Column::Count, [](F f) -> std::optional<double> { return f.evaluated; }},
        {tr("Satisfaction rate"), Column::Rate, [](F f) { return f.satisfactionRate; }},
        {tr("Average working days"), Column::Days, [](F f) { return f.avgWorkingDaysToResolve; }}};
}

OpinionStatsPage::OpinionStatsPage(QWidget* parent)
    : Page(parent), m_year(new QComboBox(this)), m_asOf(new QDateEdit(this)),
      m_dimension(new QComboBox(this)), m_figures(new QTableWidget(this)),
      m_breakdown(new QTableWidget(this)), m_copy(new QPushButton(tr("&Copy tables"), this)),
      m_copied(new QLabel(this))
{
    setObjectName(QStringLiteral("opinionStatsPage"));
    m_figures->setObjectName(QStringLiteral("figures"));
    m_breakdown->setObjectName(QStringLiteral("breakdown"));
    m_dimension->setObjectName(QStringLiteral("dimension"));
    m_year->setObjectName(QStringLiteral("year"));
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDate(QDate::currentDate());
    for (const OpinionDimension d : allDimensions())
        m_dimension->addItem(dimensionName(d), int(d));
    setUpListTable(m_figures);
    m_figures->horizontalHeader()->setStretchLastSection(false); // sized to its figures
    setUpListTable(m_breakdown);
    // Each column as wide as its figures, the numbers side by side: a stretched last column put
    // its figure (average working days) far from the rest.
    QHeaderView* header = m_breakdown->horizontalHeader();
    header->setStretchLastSection(false);
    // A click on a heading sorts by that figure (again: the other way); 合计 stays last.
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &OpinionStatsPage::showBreakdown);
    m_copy->setObjectName(QStringLiteral("copy"));
    m_copy->setToolTip(tr("Copies both tables, to paste into Excel, WPS or a report (Ctrl+C)"));
    connect(m_copy, &QPushButton::clicked, this, &OpinionStatsPage::copyTables);
    auto* copy = new QShortcut(QKeySequence::Copy, this, this, &OpinionStatsPage::copyTables);
    copy->setContext(Qt::WidgetWithChildrenShortcut);
    auto* top = new QHBoxLayout;
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto* asOfLabel = new QLabel(tr("Overdue &as of:"), this);
    asOfLabel->setBuddy(m_asOf);
    auto* byLabel = new QLabel(tr("&Breakdown:"), this);
    byLabel->setBuddy(m_dimension);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(asOfLabel);
    top->addWidget(m_asOf);
    top->addStretch(1);
    top->addWidget(byLabel);
    top->addWidget(m_dimension);
    top->addWidget(m_copy);
    top->addWidget(m_copied);
    // Room kept for the word, so that the bar does not shift when it shows.
    m_copied->setMinimumWidth(m_copied->fontMetrics().horizontalAdvance(tr("Copied.")));
    auto* tables = new QHBoxLayout;
    tables->addWidget(m_figures);
    tables->addWidget(m_breakdown, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Opinion figures</h2>"), this));
    layout->addLayout(top);
    layout->addLayout(tables, 1);
    auto* note = new QLabel(tr("Opinions count in the year they were registered. Satisfaction "
                               "rate = (satisfied + basically satisfied) / evaluated; strict = "
                               "satisfied / evaluated; resolved = reached 办结 or later; working "
                               "days follow the office's calendar."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    connect(m_year, &QComboBox::activated, this, &OpinionStatsPage::reload);
    connect(m_dimension, &QComboBox::activated, this, &OpinionStatsPage::recompute);
    connect(m_asOf, &QDateEdit::dateChanged, this, &OpinionStatsPage::recompute);
    setEnabled(false);
}

QString OpinionStatsPage::title() const
{
    return tr("Opinion figures");
}

void OpinionStatsPage::setOffice(OfficeFile* office)
{
    m_office = office;
    setEnabled(office != nullptr);
    m_year->clear();
    if (office) {
        // The figures count opinions and suggestions: the years go back to the first of either.
        int first = OpinionRepository::firstYear(office->db());
        const int firstSuggestion = SuggestionRepository::firstYear(office->db());
        if (firstSuggestion > 0 && (first == 0 || firstSuggestion < first))
            first = firstSuggestion;
        addYears(m_year, first);
    }
    reload();
}

void OpinionStatsPage::reload()
{
    m_read.reset();
    if (m_office) {
        try {
            const int year = m_year->currentData().toInt();
            m_read = Read{year, stats::OpinionYear::load(m_office->db(), year),
                          stats::suggestionFigures(m_office->db(), year)};
        } catch (const Error& e) {
            showError(this, tr("Computing the figures"), e);
        }
    }
    recompute();
}

void OpinionStatsPage::recompute()
{
    m_figures->setRowCount(0);
    m_breakdown->setRowCount(0);
    if (!m_read)
        return;
    const QDate asOf = m_asOf->date();
    const OpinionFigures f = m_read->opinions.figures(asOf);
    const SuggestionFigures& s = m_read->suggestions;
    const QList<std::pair<QString, QString>> rows = {
        {tr("Collected"), QString::number(f.collected)},
        {tr("Accepted"), QString::number(f.accepted)},
        {tr("Not accepted"), QString::number(f.rejected)},
        {tr("Resolved"), QString::number(f.resolved)},
        {tr("Resolution rate"), percent(f.resolutionRate)},
        {tr("Escalated to suggestions"), QString::number(f.escalated)},
        {tr("Overdue"), QString::number(f.overdue)},
        {tr("Evaluated"), QString::number(f.evaluated)},
        {tr("Satisfied"), QString::number(f.satisfied)},
        {tr("Basically satisfied"), QString::number(f.basicallySatisfied)},
        {tr("Dissatisfied"), QString::number(f.dissatisfied)},
        {tr("Satisfaction rate"), percent(f.satisfactionRate)},
        {tr("Strict satisfaction rate"), percent(f.strictSatisfactionRate)},
        {tr("Average working days to resolve"), number(f.avgWorkingDaysToResolve)},
        {tr("Suggestions submitted"), QString::number(s.submitted)},
        {tr("Suggestions replied"), QString::number(s.replied)},
        {tr("Reply rate"), percent(s.replyRate)},
        {tr("Satisfaction with replies"), percent(s.replySatisfactionRate)}};
    m_figures->setColumnCount(2);
    m_figures->setHorizontalHeaderLabels({tr("Figure"), QString::number(m_read->year)});
    m_figures->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        setCell(m_figures, r, 0, rows[r].first);
        setCell(m_figures, r, 1, rows[r].second);
    }
    fitColumnsToContents(m_figures);
    // As wide as its two columns: a figure is read, not scrolled to.
    m_figures->setFixedWidth(m_figures->horizontalHeader()->length() + 2 * m_figures->frameWidth() +
                             m_figures->verticalScrollBar()->sizeHint().width());

    const auto dimension = OpinionDimension(m_dimension->currentData().toInt());
    m_rows = m_read->opinions.breakdown(asOf, dimension);
    m_total = f;
    QStringList headers = {dimensionName(dimension)};
    for (const Column& column : columns())
        headers << column.header;
    m_breakdown->setColumnCount(int(headers.size()));
    m_breakdown->setHorizontalHeaderLabels(headers);
    // At first by the breakdown's own order (set once there are columns: columns inserted
    // before the indicator's section move it along).
    QHeaderView* header = m_breakdown->horizontalHeader();
    if (header->sortIndicatorSection() < 0 || header->sortIndicatorSection() >= header->count()) {
        const QSignalBlocker quiet(header);
        header->setSortIndicator(0, Qt::AscendingOrder);
    }
    showBreakdown();
}

void OpinionStatsPage::showBreakdown()
{
    m_breakdown->setRowCount(0);
    if (!m_read)
        return;
    const QList<Column> figures = columns();
    const QHeaderView* header = m_breakdown->horizontalHeader();
    const int by = header->sortIndicatorSection();
    const bool descending = header->sortIndicatorOrder() == Qt::DescendingOrder;
    // By the first column: the breakdown's own order (months in turn, names in pinyin order).
    // By a figure: ties in that order, and a rate or an average without one (—) last either way.
    QList<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    if (by > 0 && by <= figures.size()) {
        const auto value = figures[by - 1].value;
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const std::optional<double> x = value(m_rows[a].figures);
            const std::optional<double> y = value(m_rows[b].figures);
            if (!x || !y)
                return x.has_value() && !y.has_value();
            return descending ? *x > *y : *x < *y;
        });
    } else if (descending) {
        std::reverse(order.begin(), order.end());
    }
    m_breakdown->setRowCount(int(m_rows.size()) + 1);
    const auto showRow = [&](int r, const QString& label, const OpinionFigures& x) {
        QList<QTableWidgetItem*> items = {setCell(m_breakdown, r, 0, label)};
        for (int c = 0; c < figures.size(); ++c)
            items << setCell(m_breakdown, r, c + 1, figures[c].text(x));
        return items;
    };
    for (int r = 0; r < order.size(); ++r)
        showRow(r, m_rows[order[r]].label, m_rows[order[r]].figures);
    QFont bold = m_breakdown->font();
    bold.setBold(true);
    for (QTableWidgetItem* item : showRow(int(m_rows.size()), tr("Total"), m_total))
        item->setFont(bold);
    fitColumnsToContents(m_breakdown);
}

void OpinionStatsPage::copyTables()
{
    if (!m_read)
        return;
    const QString text = tr("Opinion figures %1, overdue as of %2")
                             .arg(m_read->year)
                             .arg(m_asOf->date().toString(Qt::ISODate)) +
                         QStringLiteral("\n\n") + tableText(m_figures) + QStringLiteral("\n") +
                         tableText(m_breakdown);
    QGuiApplication::clipboard()->setText(text);
    m_copied->setText(tr("Copied."));
    QTimer::singleShot(4000, m_copied, &QLabel::clear);
}

} // namespace dd::ui
