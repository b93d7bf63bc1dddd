#pragma once

#include <functional>
#include <QString>
#include <QStringList>

namespace dd {

// Text as a full-text index (SQLite FTS5, its unicode61 tokenizer) takes it: Chinese and
// Japanese characters one by one, which a phrase query then finds in any combination (a
// two-character word such as 电梯 inside 加装电梯), and other letters and digits in runs.
// Full-width ASCII counts as half-width; punctuation separates.
QStringList searchWords(const QString& text);

// The MATCH expression for what a user typed: each space-separated part must occur, its
// words one right after another; a part's last word may be the start of a longer one unless
// it is a Chinese character. Empty when the text holds no word at all.
// alternatives(part), when given, names other texts stored for a part (受理 typed, the state
// stored as accepted), each to occur whole: the part matches where it or any of them occurs.
QString searchExpression(const QString& typed,
                         const std::function<QStringList(const QString& part)>& alternatives = {});

} // namespace dd
