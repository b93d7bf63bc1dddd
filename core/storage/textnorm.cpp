#include "textnorm.h"

#include <algorithm>

namespace dd {

QString normalizeText(const QString& text)
{
    const auto fullWidth = [](char16_t u) { return u == 0x3000 || (u >= 0xFF01 && u <= 0xFF5E); };
    if (std::none_of(text.cbegin(), text.cend(), [&](QChar c) { return fullWidth(c.unicode()); }))
        return text.trimmed(); // most text: shared, not copied
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0x3000)
            out += QLatin1Char(' ');
        else if (u >= 0xFF01 && u <= 0xFF5E)
            out += QChar(char16_t(u - 0xFEE0));
        else
            out += c;
    }
    return out.trimmed();
}

bool hasControlCharacters(const QString& text)
{
    for (QChar c : text)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    return false;
}

} // namespace dd
