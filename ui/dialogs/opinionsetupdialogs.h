#pragma once

#include "opinion/suggestion.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace dd {
class OfficeFile;
}

namespace dd::ui {

// The configurable opinion categories: add, rename, retire (kept for old opinions), restore.
class CategoriesDialog final : public QDialog
{
    Q_OBJECT
public:
    CategoriesDialog(OfficeFile& office, QWidget* parent = nullptr);
    QListWidget* list() const { return m_list; }

private:
    void reload();
    void add();
    void rename();
    void toggleRetired();

    OfficeFile& m_office;
    QListWidget* m_list;
};

// The working-day calendar of a year: public holidays and the weekend days worked in exchange
// (调休), as the State Council publishes them. Rows are edited in place; Save checks the year
// as a whole (each message names its row).
class WorkingDaysDialog final : public QDialog
{
    Q_OBJECT
public:
    WorkingDaysDialog(OfficeFile& office, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    QSpinBox* year() const { return m_year; }
    void addRow();
    bool saveYear();

private:
    void load(int year);

    OfficeFile& m_office;
    QSpinBox* m_year;
    QTableWidget* m_table;
    QLabel* m_error;
    int m_loadedYear = 0;
    bool m_dirty = false;
};

// 单月公告、双月督办: the supervision topics announced, with the day their session is planned
// (on the activities calendar); a new topic with the opinions it concerns; one announced by
// mistake taken back.
class SupervisionTopicsDialog final : public QDialog
{
    Q_OBJECT
public:
    SupervisionTopicsDialog(OfficeFile& office, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    void announce();
    // Takes back the selected topic, announced by mistake, with its planned session (asks).
    void withdraw();

private:
    void reload();

    OfficeFile& m_office;
    QTableWidget* m_table;
    QPushButton* m_withdraw;
    QList<SupervisionTopic> m_topics;
};

} // namespace dd::ui
