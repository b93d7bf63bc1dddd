#pragma once

#include "org/recordstore.h"

#include <optional>
#include <QStringList>

class QComboBox;
class QWidget;

namespace dd::ui {

// Common answers offered in editable lists (any other answer may be typed): what deputies'
// and candidates' forms ask alike.
extern const QStringList kEthnicities;
extern const QStringList kParties;
extern const QStringList kEducation;
extern const QStringList kSectors;

// An editable combo box with an empty first entry and items.
QComboBox* editableCombo(QWidget* parent, const QStringList& items);

// Rows of another table to choose from (SELECT id, label ...), in pinyin order.
QList<Choice> choicesOf(const QSqlDatabase& db, const QString& sql);
// Fills combo with a first entry none (no id), then the choices; selects current if given.
void addChoices(QComboBox* combo, const QList<Choice>& choices, const QString& none,
                const std::optional<qint64>& current = std::nullopt);
// Suits a combo box of choices, its first entry none, to their number. More than 20 can be
// typed into (makeSearchable). More than 200 (a district's deputies) are sized by the longest
// entry's length and the popup's rows taken as one line each: Qt would measure every entry's
// text each time the combo is laid out or opened (some 20 and 35 ms for 11,000 deputies).
// addChoices does this itself.
void fitChoices(QComboBox* combo, const QList<Choice>& choices);
// Fills combo with an entry `all` (data 0) when given, then the years from this one back to
// `earliest` (the year of a file's first record; at least five back), newest first, each with
// its number as data; selects this year.
void addYears(QComboBox* combo, int earliest, const QString& all = {});
// The chosen row's id, or none for the first entry.
std::optional<qint64> chosenId(const QComboBox* combo);

} // namespace dd::ui
