#pragma once

#include <array>
#include <QString>

namespace dd {

// An enum's stable keys as stored in the file, e.g. {{State::Open, "open"}, ...}: the value
// for a key (the first value for an unknown key) and the key for a value.
template <typename E, std::size_t N>
E enumFromKey(const QString& key, const std::array<std::pair<E, const char*>, N>& keys)
{
    for (const auto& [value, name] : keys)
        if (key == QLatin1String(name))
            return value;
    return keys.front().first;
}

template <typename E, std::size_t N>
QString enumKey(E value, const std::array<std::pair<E, const char*>, N>& keys)
{
    for (const auto& [v, name] : keys)
        if (v == value)
            return QString::fromLatin1(name);
    return {};
}

} // namespace dd
