#pragma once

#include "page.h"
#include "stats/opinionstats.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace dd::ui {

// 诉求统计: the year's opinion and suggestion figures with their fixed definitions (core/stats),
// overdue counted at a chosen date, and the same figures broken down by category,
// responsibility class, community, group, deputy or month.
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
    QTableWidget* figures() const { return m_figures; }
    QTableWidget* breakdown() const { return m_breakdown; }
    QComboBox* dimension() const { return m_dimension; }

private:
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
};

} // namespace dd::ui
