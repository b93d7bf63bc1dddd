#pragma once

#include "report/pdf.h"

#include <QSqlDatabase>
#include <QString>

class QTextDocument;

namespace dd {

// The public notice (公示) of a selection round's candidates, as a document to print or save
// as PDF: the office, the notice period, and one line per candidate on the notice.
void buildSelectionNotice(const QSqlDatabase& db, qint64 roundId, QTextDocument& document);
// Its page header: the office name and the first day of the notice.
PageFrame selectionNoticeFrame(const QSqlDatabase& db, qint64 roundId);

} // namespace dd
