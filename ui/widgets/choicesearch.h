#pragma once

#include "org/recordstore.h"

class QComboBox;

namespace dd::ui {

// Lets a long list of choices (a district's deputies, a street's venues) be chosen by typing.
// The combo box becomes editable; what is typed there (part of a name, its pinyin or its
// initials) narrows a list shown under it, its first entry highlighted. Enter, Tab, leaving the
// box or a click takes the highlighted entry; an emptied box takes the first entry when that
// means none (no data); anything else that matches nothing puts back the entry chosen before,
// so the box always shows what will be saved. A box showing none empties when it takes the
// focus (none then shown greyed), so that what is typed does not follow it. The arrow still
// opens the whole list.
// Choices with stored pinyin (deputies) lend it their keys; other entries' keys are worked
// out when first needed. May be called again after the combo is refilled.
void makeSearchable(QComboBox* combo, const QList<Choice>& choices = {});

// The same for a box that adds what is chosen in it to a list (a suggestion's deputies): only
// Enter or a click takes an entry. Leaving the box with a name half typed (Tab, or a click on
// Save) puts back its prompt and adds nothing, since what would be added is not in view.
void makeAddSearchable(QComboBox* combo);

} // namespace dd::ui
