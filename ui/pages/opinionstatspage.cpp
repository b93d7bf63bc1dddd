#include "opinionstatspage.h"

#include "errors.h"
#include "opinion/opinionrepository.h"
#include "opinion/suggestion.h"
#include "stats/opinionstats.h"
#include "storage/error.h"
#include "storage/officefile.h"
#include "widgets/commonchoices.h"
#include "widgets/listtable.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableWidget>
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

void setCell(QTableWidget* table, int row, int col, const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    if (col > 0)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, col, item);
}
} // namespace

OpinionStatsPage::OpinionStatsPage(QWidget* parent)
    : Page(parent), m_year(new QComboBox(this)), m_asOf(new QDateEdit(this)),
      m_dimension(new QComboBox(this)), m_figures(new QTableWidget(this)),
      m_breakdown(new QTableWidget(this))
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
    m_breakdown->horizontalHeader()->setStretchLastSection(false);
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
    const QList<FigureRow> breakdown = m_read->opinions.breakdown(asOf, dimension);
    const QStringList headers = {dimensionName(dimension),
                                 tr("Collected"),
                                 tr("Resolved"),
                                 tr("Resolution rate"),
                                 tr("Overdue"),
                                 tr("Evaluated"),
                                 tr("Satisfaction rate"),
                                 tr("Average working days")};
    m_breakdown->setColumnCount(int(headers.size()));
    m_breakdown->setHorizontalHeaderLabels(headers);
    m_breakdown->setRowCount(int(breakdown.size()));
    for (int r = 0; r < breakdown.size(); ++r) {
        const OpinionFigures& x = breakdown[r].figures;
        const QStringList cells = {breakdown[r].label,          QString::number(x.collected),
                                   QString::number(x.resolved), percent(x.resolutionRate),
                                   QString::number(x.overdue),  QString::number(x.evaluated),
                                   percent(x.satisfactionRate), number(x.avgWorkingDaysToResolve)};
        for (int c = 0; c < cells.size(); ++c)
            setCell(m_breakdown, r, c, cells[c]);
    }
    fitColumnsToContents(m_breakdown);
}

} // namespace dd::ui
