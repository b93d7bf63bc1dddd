#include "suggestionnumbering.h"

#include "opinion/suggestion.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

namespace dd::ui {

void proposeSuggestionNumber(const QSqlDatabase& db, QLineEdit* congress, QLineEdit* number,
                             const QComboBox* kind)
{
    const QStringList sessions = SuggestionRepository::congresses(db);
    auto* completer = new QCompleter(sessions, congress);
    completer->setFilterMode(Qt::MatchContains); // 三次 finds 区十八届人大三次会议
    congress->setCompleter(completer);
    if (congress->text().isEmpty())
        congress->setText(sessions.value(0));
    const auto propose = [db, congress, number, kind] {
        if (!number->isModified()) // typed by the clerk: theirs
            number->setText(SuggestionRepository::nextNumber(
                db, kind && kind->currentData().toBool(), congress->text()));
    };
    propose();
    QObject::connect(congress, &QLineEdit::textChanged, number, propose);
    if (kind)
        QObject::connect(kind, &QComboBox::currentIndexChanged, number, propose);
}

} // namespace dd::ui
