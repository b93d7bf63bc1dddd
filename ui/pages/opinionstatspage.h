#pragma once

#include "page.h"
#include "stats/opinionstats.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace dd::ui {

// 诉求统计: the year's opinion and suggestion figures with their fixed definitions (core/stats),
// overdue counted at a chosen date, and the same figures broken down by category,
// responsibility class, community, group, deputy or month, sorted by any of them, with the
// year's total; both tables copy to the clipboard as a spreadsheet pastes them.
class OpinionStatsPage final : public Page
{
    Q_OBJECT
public:
    explicit OpinionStatsPage(QWidget* parent = nullptr);

    QString title() const override;
    void setOffice(OfficeFile* office) override;
    void refresh() override { reload(); }
    // Reads the year's opinions again (another year, another office, or they changed).
    void reload();
    // The figures and the breakdown from what was read (another date or breakdown).
    void recompute();
    // Both tables, tab-separated under a heading with the year and the date, to the clipboard.
    void copyTables();
    QTableWidget* figures() const { return m_figures; }
    QTableWidget* breakdown() const { return m_breakdown; }
    QComboBox* dimension() const { return m_dimension; }

private:
    struct Column;
    static QList<Column> columns();
    // The breakdown's rows in the order the heading clicked asks for, then 合计.
    void showBreakdown();

    struct Read
    {
        int year;
        stats::OpinionYear opinions;
        SuggestionFigures suggestions;
    };
    OfficeFile* m_office = nullptr;
    std::optional<Read> m_read;
    QComboBox* m_year;
    QDateEdit* m_asOf;
    QComboBox* m_dimension;
    QTableWidget* m_figures;
    QTableWidget* m_breakdown;
    QPushButton* m_copy;
    QLabel* m_copied;
    QList<FigureRow> m_rows;
    OpinionFigures m_total;
};

} // namespace dd::ui
