#pragma once

#include "treepage.h"

namespace dd::ui {

// 阵地: the "1+4+N" tree of the deputies' home, liaison stations and points, deliberation
// halls and tea pavilions, with address, opening schedule and responsible deputies.
class VenuesPage final : public TreePage
{
    Q_OBJECT
public:
    explicit VenuesPage(QWidget* parent = nullptr);
    QString title() const override;

    void addVenue(); // below the selected venue, if any
    void editCurrent();
    void deleteCurrent();

protected:
    void fill() override;
    void updateActions() override;

private:
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_delete;
};

} // namespace dd::ui
