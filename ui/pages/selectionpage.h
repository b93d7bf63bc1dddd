#pragma once

#include "org/selection.h"
#include "page.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace dd::ui {

// 议事代表推选: a "两下两上" selection round — quotas met or not, nominations, the two
// reviews, the public notice with objections, confirmation into the roster, and the notice
// list printed or saved as PDF.
class SelectionPage final : public Page
{
    Q_OBJECT
public:
    explicit SelectionPage(QWidget* parent = nullptr);

    QString title() const override;
    void setOffice(OfficeFile* office) override;
    void refresh() override { reload(); }
    void reload();
    qint64 currentRoundId() const;
    qint64 currentNominationId() const;
    QTableWidget* candidates() const { return m_candidates; }
    QTableWidget* quotas() const { return m_quotas; }
    QLabel* status() const { return m_status; }

    void newRound();
    void editRound();
    void editQuotas();
    void nominate();
    void review(bool passed);
    void startNotice();
    void addObjection();
    void resolveObjection();
    void confirm();
    void printNotice();
    void saveNoticePdf(const QString& path = {});

private:
    void showRound();
    void updateActions();

    OfficeFile* m_office = nullptr;
    SelectionRound m_shown; // the round on screen and its candidates, as last read
    QList<Nomination> m_nominations;
    QComboBox* m_round;
    QLabel* m_status;
    QTableWidget* m_quotas;
    QTableWidget* m_candidates;
    QList<QPushButton*> m_buttons;
    QPushButton* m_newRound;
    QPushButton* m_editRound;
    QPushButton* m_editQuotas;
    QPushButton* m_nominate;
    QPushButton* m_pass;
    QPushButton* m_reject;
    QPushButton* m_notice;
    QPushButton* m_objection;
    QPushButton* m_resolve;
    QPushButton* m_confirm;
    QPushButton* m_print;
    QPushButton* m_pdf;
};

} // namespace dd::ui
