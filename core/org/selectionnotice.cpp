#include "selectionnotice.h"

#include "officesettings.h"
#include "report/pdf.h"
#include "selection.h"
#include "storage/displayformat.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QFont>
#include <QTextDocument>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::SelectionNotice)
};

QString cell(const QString& text)
{
    return QStringLiteral("<td>") + text.toHtmlEscaped() + QStringLiteral("</td>");
}
} // namespace

void buildSelectionNotice(const QSqlDatabase& db, qint64 roundId, QTextDocument& document)
{
    const SelectionRound round = SelectionRepository::round(db, roundId);
    const QString office =
        sql::scalar(db, QStringLiteral("SELECT name FROM office LIMIT 1")).toString();
    QList<Nomination> listed;
    for (const Nomination& n : SelectionRepository::nominations(db, roundId))
        if (n.stage == NominationStage::JointPassed || n.stage == NominationStage::Confirmed)
            listed << n;

    QString html = QStringLiteral("<h2 align=\"center\">%1</h2>")
                       .arg(Text::tr("Public notice of the proposed deliberation representatives")
                                .toHtmlEscaped());
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(Text::tr("After nomination, preliminary review and joint review (“two down, "
                          "two up”), the %n proposed representative(s) of %1 are announced "
                          "below. The notice runs from %2 to %3 (3 working days). Objections "
                          "may be raised with the office's people's congress work committee "
                          "during the notice.",
                          nullptr, int(listed.size()))
                     .arg(round.name, displayDate(round.noticeStart), displayDate(round.noticeEnd))
                     .toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                           "width=\"100%\"><tr>");
    for (const QString& header :
         {Text::tr("No."), Text::tr("Name"), Text::tr("Gender"), Text::tr("Born"),
          Text::tr("Political affiliation"), Text::tr("Sector"), Text::tr("Work unit and post"),
          Text::tr("Community"), Text::tr("Nominated by")})
        html += QStringLiteral("<th>") + header.toHtmlEscaped() + QStringLiteral("</th>");
    html += QStringLiteral("</tr>");
    int number = 0;
    for (const Nomination& n : std::as_const(listed)) {
        html += QStringLiteral("<tr>") + cell(QString::number(++number)) + cell(n.name) +
                cell(genderName(n.gender)) +
                cell(n.birthDate.isValid() ? n.birthDate.toString(QStringLiteral("yyyy.MM"))
                                           : QString()) +
                cell(n.party) + cell(n.sector) + cell(n.workUnit) + cell(n.community) +
                cell(n.byResidents
                         ? Text::tr("%n resident(s) jointly", nullptr, int(n.residents.size()))
                         : n.nominatingOrg) +
                QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p align=\"right\">%1<br/>%2</p>")
                .arg(Text::tr("People's congress work committee of %1").arg(office).toHtmlEscaped(),
                     displayDate(round.noticeStart).toHtmlEscaped());
    document.setDefaultFont(QFont(reportFontFamily(), 10));
    document.setHtml(html);
    document.setMetaInformation(QTextDocument::DocumentTitle, round.name);
}

PageFrame selectionNoticeFrame(const QSqlDatabase& db, qint64 roundId)
{
    return {sql::scalar(db, QStringLiteral("SELECT name FROM office LIMIT 1")).toString(),
            displayDate(SelectionRepository::round(db, roundId).noticeStart)};
}

} // namespace dd
