#include "validators.h"

#include "storage/textnorm.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dd::validate {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::Validate)
};

// GB 11643-1999: weights of the first 17 digits, and the check character for sum mod 11.
constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheck[] = "10X98765432";

// Province-level codes (first two digits) in use: 11-15, 21-23, 31-37, 41-46, 50-54,
// 61-65, 71 (Taiwan), 81-82 (Hong Kong, Macao).
bool knownProvince(int code)
{
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37) ||
           (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65) ||
           code == 71 || code == 81 || code == 82;
}
} // namespace

QChar residentIdCheckCharacter(const QString& first17)
{
    int sum = 0;
    for (int i = 0; i < 17 && i < first17.size(); ++i)
        sum += (first17.at(i).unicode() - u'0') * kWeights[i];
    return QLatin1Char(kCheck[sum % 11]);
}

QString canonicalResidentId(const QString& value)
{
    return normalizeText(value).toUpper();
}

std::optional<QString> residentId(const QString& label, const QString& value, QDate* birthDate,
                                  Gender* gender)
{
    const QString id = canonicalResidentId(value);
    static const QRegularExpression shape(QStringLiteral("^[0-9]{17}[0-9X]$"));
    if (id.size() != 18)
        return Text::tr("%1 must have 18 characters (it has %2).").arg(label).arg(id.size());
    if (!shape.match(id).hasMatch())
        return Text::tr("%1 must be 17 digits followed by a digit or X.").arg(label);
    if (!knownProvince(id.left(2).toInt()))
        return Text::tr("%1 starts with %2, which is not a province code.").arg(label, id.left(2));
    const QDate birth = QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid())
        return Text::tr("%1 contains the birth date %2, which does not exist.")
            .arg(label, id.mid(6, 8));
    if (birth < QDate(1900, 1, 1) || birth > QDate::currentDate())
        return Text::tr("%1 contains the birth date %2, which is out of range.")
            .arg(label, birth.toString(Qt::ISODate));
    const QChar expected = residentIdCheckCharacter(id);
    if (id.at(17) != expected)
        return Text::tr("%1 has a wrong check digit: the last character should be %2. Please "
                        "check the number for a typing error.")
            .arg(label, expected);
    if (birthDate)
        *birthDate = birth;
    if (gender)
        *gender = (id.at(16).unicode() - u'0') % 2 == 1 ? Gender::Male : Gender::Female;
    return std::nullopt;
}

QString canonicalPhone(const QString& value)
{
    if (value.isEmpty())
        return value;
    static const QRegularExpression separators(QStringLiteral("[\\s()（）]"));
    QString digits = normalizeText(value);
    digits.remove(separators);
    if (digits.startsWith(QLatin1String("+86")))
        digits.remove(0, 3);
    else if (digits.startsWith(QLatin1String("86")) && digits.size() == 13)
        digits.remove(0, 2);
    static const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    QString plain = digits;
    plain.remove(QLatin1Char('-'));
    if (mobile.match(plain).hasMatch())
        return plain;
    return digits;
}

std::optional<QString> phone(const QString& label, const QString& value)
{
    const QString p = canonicalPhone(value);
    if (p.isEmpty())
        return std::nullopt;
    static const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    static const QRegularExpression landline(
        QStringLiteral("^(0[1-9][0-9]{1,2}-?)?[2-9][0-9]{6,7}(-[0-9]{1,6})?$"));
    if (mobile.match(p).hasMatch() || landline.match(p).hasMatch())
        return std::nullopt;
    if (p.startsWith(QLatin1Char('1')))
        return Text::tr("%1 is not a mobile number: expected 11 digits starting with 13-19, "
                        "e.g. 13812345678.")
            .arg(label);
    return Text::tr("%1 is not a phone number: expected a mobile such as 13812345678 or a "
                    "landline such as 0532-83881234.")
        .arg(label);
}

std::optional<QString> personName(const QString& label, const QString& value)
{
    const QString name = normalizeText(value);
    if (name.isEmpty())
        return Text::tr("%1 is required.").arg(label);
    if (name.size() > 40)
        return Text::tr("%1 must be at most 40 characters (it has %2).")
            .arg(label)
            .arg(name.size());
    if (hasControlCharacters(name))
        return Text::tr("%1 must not contain control characters or line breaks.").arg(label);
    for (QChar c : name) {
        const bool allowed = c.isLetter() || c == QChar(u'·') || c == QChar(u'•') ||
                             c == QLatin1Char(' ') || c == QLatin1Char('.') ||
                             c.category() == QChar::Mark_NonSpacing;
        if (!allowed)
            return Text::tr("%1 may contain only letters, spaces and the middle dot (·); "
                            "“%2” is not allowed.")
                .arg(label, QString(c));
    }
    return std::nullopt;
}

std::optional<QString> text(const QString& label, const QString& value, int maxLength,
                            bool required, bool multiLine)
{
    if (required && value.trimmed().isEmpty())
        return Text::tr("%1 is required.").arg(label);
    if (value.size() > maxLength)
        return Text::tr("%1 must be at most %2 characters (it has %3).")
            .arg(label)
            .arg(maxLength)
            .arg(value.size());
    QString checked = value;
    if (multiLine)
        checked.remove(QLatin1Char('\n')).remove(QLatin1Char('\r')).remove(QLatin1Char('\t'));
    if (hasControlCharacters(checked))
        return Text::tr("%1 must not contain control characters or line breaks.").arg(label);
    return std::nullopt;
}

std::optional<QString> dateInRange(const QString& label, const QDate& value, const QDate& from,
                                   const QDate& to)
{
    if (!value.isValid())
        return Text::tr("%1 is not a valid date; expected e.g. 1975-03-08.").arg(label);
    if (value < from || value > to)
        return Text::tr("%1 must be between %2 and %3.")
            .arg(label, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    return std::nullopt;
}

QDate parseDate(const QString& text)
{
    const QString t = normalizeText(text);
    // 2025-03-10, as most sheets hold it, without the pattern below (imports read thousands)
    if (t.size() == 10 && t.at(4) == QLatin1Char('-') && t.at(7) == QLatin1Char('-')) {
        bool digits = true;
        const auto number = [&](qsizetype from, qsizetype count) {
            int value = 0;
            for (qsizetype i = from; i < from + count; ++i) {
                const char16_t u = t.at(i).unicode();
                digits = digits && u >= u'0' && u <= u'9';
                value = value * 10 + int(u - u'0');
            }
            return value;
        };
        const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
        if (digits)
            return QDate(year, month, day);
    }
    static const QRegularExpression ymd(QStringLiteral(
        "^([0-9]{4})\\s*[-/.年]\\s*([0-9]{1,2})\\s*[-/.月]\\s*([0-9]{1,2})\\s*日?$"));
    if (const QRegularExpressionMatch m = ymd.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (t.size() == 8)
        return QDate::fromString(t, QStringLiteral("yyyyMMdd"));
    return {};
}

} // namespace dd::validate
