#pragma once

#include "opinion/opinionrepository.h"
#include "page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace dd::ui {

class OpinionTableModel;

// 民意诉求台账: the year's opinions with their state, overdue ones in red and those due
// within 3 working days in amber, a supervision line saying how many of each there are (shown
// as soon as the office opens), filters by state, category and text; register, open, delete a
// mistaken registration, import an Excel ledger. The list is read a page at a time and sorted by
// SQL (click a column's header: registration day, category, community, unit, deadline); the
// categories, the working-day calendar and the 单月公告 supervision topics.
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
    QTableView* table() const { return m_table; }
    QLabel* flagsLabel() const { return m_flags; }
    void registerOpinion();
    void open();
    void remove();
    void importLedger();
    // The ledger at path checked, the result shown, and imported when the clerk says so.
    void importLedger(const QString& path);

private:
    void updateActions();
    // A copy: the model's rows move as further pages are read.
    std::optional<OpinionListRow> current() const;

    OfficeFile* m_office = nullptr;
    SupervisionFlags m_flagged;
    QLabel* m_flags;
    QComboBox* m_year;
    QComboBox* m_state;
    QComboBox* m_category;
    QLineEdit* m_search;
    QCheckBox* m_flaggedOnly;
    OpinionTableModel* m_model;
    QTableView* m_table;
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
