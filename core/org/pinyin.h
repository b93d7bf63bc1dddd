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

// What the user typed, reduced the same way (lower case, no spaces, no tone marks).
QString searchKey(const QString& typed);

} // namespace dd
