#pragma once

#include "opinion/opinionrepository.h"
#include "page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace dd::ui {

// 民意诉求台账: the year's opinions with their state, overdue ones in red and those due
// within 3 working days in amber, a supervision line saying how many of each there are (shown
// as soon as the office opens), filters by state, category and text; register, open, delete a
// mistaken registration, import an Excel ledger; the categories, the working-day calendar and
// the 单月公告 supervision topics.
class OpinionsPage final : public Page
{
    Q_OBJECT
public:
    explicit OpinionsPage(QWidget* parent = nullptr);

    QString title() const override;
    void setOffice(OfficeFile* office) override;
    void refresh() override { reload(); }
    // Re-reads the supervision flags and the list (after a change, when shown again).
    void reload();
    // Re-reads the list only (a filter changed).
    void showList();
    QTableWidget* table() const { return m_table; }
    QLabel* flagsLabel() const { return m_flags; }
    void registerOpinion();
    void open();
    void remove();
    void importLedger();

private:
    void updateActions();
    const OpinionListRow* current() const;

    OfficeFile* m_office = nullptr;
    QList<OpinionListRow> m_rows;
    SupervisionFlags m_flagged;
    QDate m_dueSoonUntil;
    QLabel* m_flags;
    QComboBox* m_year;
    QComboBox* m_state;
    QComboBox* m_category;
    QLineEdit* m_search;
    QCheckBox* m_flaggedOnly;
    QTableWidget* m_table;
    QLabel* m_count;
    QPushButton* m_new;
    QPushButton* m_open;
    QPushButton* m_delete;
    QPushButton* m_import;
    QPushButton* m_categories;
    QPushButton* m_calendar;
    QPushButton* m_topics;
};

} // namespace dd::ui
