#pragma once

#include <optional>
#include <QDate>
#include <QString>

namespace dd {

enum class Gender
{
    Unknown,
    Male,
    Female
};

// Field checks shared by forms, importers and the command line. Each takes the field's
// translated label and returns the whole message (naming the field and the expected form),
// or nothing when the value is acceptable. Values are normalised first (normalizeText:
// full-width digits and letters from a Chinese input method become ASCII).
namespace validate {

// An 18-character resident ID (GB 11643): region code, birth date, sequence, check digit.
// On success fills birthDate and gender (17th digit odd = male) when given.
std::optional<QString> residentId(const QString& label, const QString& value,
                                  QDate* birthDate = nullptr, Gender* gender = nullptr);
// The GB 11643 check character for the first 17 digits (for generating test and demo data).
QChar residentIdCheckCharacter(const QString& first17);
// The same ID in canonical form (trimmed, half-width, upper-case X).
QString canonicalResidentId(const QString& value);

// A mainland mobile (1[3-9] + 9 digits, optional +86) or a landline (0 + area code + 7-8
// digits, optional extension). Empty is accepted; required-ness is the caller's.
std::optional<QString> phone(const QString& label, const QString& value);
QString canonicalPhone(const QString& value); // digits only for mobiles, 0xx-xxxxxxx landlines

// A person's name: 1 to 40 characters, Chinese or Latin letters, the middle dot of minority
// names (买买提·艾力), spaces; no digits, symbols or control characters.
std::optional<QString> personName(const QString& label, const QString& value);

// Free text of at most maxLength characters; required refuses empty text; line breaks are
// allowed only in multiLine text (notes, descriptions), other control characters never.
std::optional<QString> text(const QString& label, const QString& value, int maxLength,
                            bool required = false, bool multiLine = false);

// A date between from and to (inclusive), e.g. a birth date not in the future.
std::optional<QString> dateInRange(const QString& label, const QDate& value, const QDate& from,
                                   const QDate& to);

// Parses 1975-03-08, 1975/3/8, 1975.3.8, 19750308 or 1975年3月8日; invalid QDate if none fits.
QDate parseDate(const QString& text);

} // namespace validate
} // namespace dd
