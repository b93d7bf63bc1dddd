#pragma once

#include <QString>

namespace dd {

// Full-width ASCII (０-９, Ａ-Ｚ, the ideographic space) to half-width, then trimmed: what
// a Chinese input method types must compare equal to what an Excel sheet holds.
QString normalizeText(const QString& text);
bool hasControlCharacters(const QString& text);

} // namespace dd
