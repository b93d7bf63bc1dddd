#pragma once

#include "treepage.h"

namespace dd::ui {

// 社区与网格: the communities (and villages) with their electoral districts, and the grids
// of each with their grid leader.
class CommunitiesPage final : public TreePage
{
    Q_OBJECT
public:
    explicit CommunitiesPage(QWidget* parent = nullptr);
    QString title() const override;

    void addCommunity();
    void addGrid();
    void editCurrent();
    void deleteCurrent();

protected:
    void fill() override;
    void updateActions() override;

private:
    QPushButton* m_addCommunity;
    QPushButton* m_addGrid;
    QPushButton* m_edit;
    QPushButton* m_delete;
};

} // namespace dd::ui
