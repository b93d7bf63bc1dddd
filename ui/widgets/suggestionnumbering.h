#pragma once

class QComboBox;
class QLineEdit;
class QSqlDatabase;

namespace dd::ui {

// A new suggestion's session and number, proposed: the session of the latest one submitted
// (the sessions used before offered as the clerk types) and that session's next number, again
// whenever the session or the kind (kind's data: true for a motion; none: a suggestion)
// changes, until the clerk types a number of their own.
void proposeSuggestionNumber(const QSqlDatabase& db, QLineEdit* congress, QLineEdit* number,
                             const QComboBox* kind = nullptr);

} // namespace dd::ui
