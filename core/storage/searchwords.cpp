#include "searchwords.h"

#include "textnorm.h"

namespace dd {

namespace {
bool isIdeograph(char32_t c)
{
    const QChar::Script script = QChar::script(c);
    return script == QChar::Script_Han || script == QChar::Script_Hiragana ||
           script == QChar::Script_Katakana;
}
} // namespace

QStringList searchWords(const QString& text)
{
    QStringList words;
    QString word;
    const auto endWord = [&] {
        if (!word.isEmpty())
            words << std::exchange(word, QString());
    };
    for (const char32_t c : normalizeText(text).toUcs4()) {
        if (isIdeograph(c)) {
            endWord();
            words << QString::fromUcs4(&c, 1);
        } else if (QChar::isLetterOrNumber(c)) {
            word += QString::fromUcs4(&c, 1);
        } else {
            endWord();
        }
    }
    endWord();
    return words;
}

QString searchExpression(const QString& typed,
                         const std::function<QStringList(const QString& part)>& alternatives)
{
    const auto phraseOf = [](const QStringList& words) -> QString {
        // A phrase of words and nothing else (no quote survives searchWords).
        return QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"');
    };
    QStringList parts;
    // simplified() also takes the ideographic space for a space; searchWords does the rest
    // of the normalising.
    for (const QString& part : typed.simplified().split(QLatin1Char(' '))) {
        const QStringList words = searchWords(part);
        if (words.isEmpty())
            continue;
        QString phrase = phraseOf(words);
        if (!isIdeograph(words.last().toUcs4().constFirst()))
            phrase += QLatin1Char('*');
        QStringList either{phrase};
        if (alternatives)
            for (const QString& other : alternatives(part))
                if (const QStringList otherWords = searchWords(other); !otherWords.isEmpty())
                    either << phraseOf(otherWords);
        if (either.size() == 1)
            parts << phrase;
        else
            parts << QLatin1Char('(') + either.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    // AND written out: FTS5 takes no implicit AND before or after a bracket.
    return parts.join(QStringLiteral(" AND "));
}

} // namespace dd
