#pragma once

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

} // namespace dd::ui
