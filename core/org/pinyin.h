#pragma once

#include <algorithm>
#include <QHash>
#include <QList>
#include <QString>

namespace dd {

// Search keys for a Chinese name, so that 张三 is found by typing zs, zhangsan or 张.
struct PinyinKeys
{
    QString full;     // "zhangsan"
    QString initials; // "zs"
};

// ICU's Han-Latin transliteration, with the surname read as a surname: 单 shan, 曾 zeng,
// 解 xie, 仇 qiu, 区 ou, 朴 piao, 查 zha, 翟 zhai… (ICU reads the common character).
PinyinKeys pinyinKeys(const QString& name);

// The order names of places and bodies are listed in: pinyin, with Chinese numerals read as
// numbers (第二网格 before 第十网格, 第一代表小组 before 第二代表小组).
QString nameSortKey(const QString& name);

// Sorts `items` by keyOf(item), stable, computing each item's key once: a name's pinyin takes
// a transliteration (some 20 µs), far too slow to compute inside the comparison (11,000
// deputies took 6 s that way).
template <typename T, typename KeyOf> void sortByKey(QList<T>& items, KeyOf keyOf)
{
    QList<std::pair<QString, qsizetype>> keys;
    keys.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        keys.emplace_back(keyOf(std::as_const(items)[i]), i);
    std::stable_sort(keys.begin(), keys.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<T> sorted;
    sorted.reserve(items.size());
    for (const auto& key : std::as_const(keys))
        sorted << std::move(items[key.second]);
    items = std::move(sorted);
}

// Sorts `items` in the order names are listed in (nameSortKey of nameOf(item)).
template <typename T, typename NameOf> void sortByName(QList<T>& items, NameOf nameOf)
{
    sortByKey(items, [&nameOf](const T& item) { return nameSortKey(nameOf(item)); });
}

// Makes the transliterator now, on a worker thread: compiling its rules takes some 0.1 s, which
// the first list of names sorted or filtered would otherwise wait for. The GUI calls it as it
// starts, while the user logs in.
void preparePinyin();

// What the user typed, reduced the same way (lower case, no spaces, no tone marks).
QString searchKey(const QString& typed);

// What a filter line asks of a list of names: part of a name itself, or the beginning of its
// pinyin or initials. Keeps each name's keys: those the file stores (deputies'), or worked
// out the first time the name is matched (a transliteration, some 20 µs).
class NameFilter final
{
public:
    void setText(const QString& typed);
    bool isEmpty() const { return m_typed.isEmpty(); }
    bool matches(const QString& name);
    void addKeys(const QString& name, const QString& pinyin, const QString& initials);
    void clearKeys() { m_keys.clear(); }

private:
    QString m_typed; // trimmed
    QString m_key;   // searchKey of it
    QHash<QString, PinyinKeys> m_keys;
};

} // namespace dd
