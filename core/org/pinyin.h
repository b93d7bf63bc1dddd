#pragma once

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

// What the user typed, reduced the same way (lower case, no spaces, no tone marks).
QString searchKey(const QString& typed);

} // namespace dd
