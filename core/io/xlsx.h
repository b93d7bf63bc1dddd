#pragma once

#include "sheettable.h"

#include <QDate>

namespace dd::xlsx {

// Reads .xlsx files as Excel and WPS write them: shared strings (rich text runs joined,
// phonetic runs skipped), inline strings, numbers, booleans, formula results, empty cells,
// date-formatted numbers (returned as 1975-03-08), several sheets.
QStringList sheetNames(const QString& path);
SheetTable read(const QString& path, const QString& sheet = {}); // empty: the first sheet

// Excel's day number (1900 date system, with its 1900-02-29) to a date; invalid for a number
// no day has (negative, or after 9999-12-31).
QDate dateFromSerial(double serial);

} // namespace dd::xlsx
