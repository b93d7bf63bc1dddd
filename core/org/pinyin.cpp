#include "pinyin.h"

#include "storage/textnorm.h"

#include <memory>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QThreadPool>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace dd {

namespace {
// Surnames whose reading differs from the character's common one (ICU's choice).
const QHash<QString, QString>& surnameReadings()
{
    static const QHash<QString, QString> readings = {
        {QStringLiteral("万俟"), QStringLiteral("mo qi")},
        {QStringLiteral("尉迟"), QStringLiteral("yu chi")},
        {QStringLiteral("长孙"), QStringLiteral("zhang sun")},
        {QStringLiteral("单"), QStringLiteral("shan")},
        {QStringLiteral("曾"), QStringLiteral("zeng")},
        {QStringLiteral("解"), QStringLiteral("xie")},
        {QStringLiteral("仇"), QStringLiteral("qiu")},
        {QStringLiteral("区"), QStringLiteral("ou")},
        {QStringLiteral("朴"), QStringLiteral("piao")},
        {QStringLiteral("查"), QStringLiteral("zha")},
        {QStringLiteral("翟"), QStringLiteral("zhai")},
        {QStringLiteral("盖"), QStringLiteral("ge")},
        {QStringLiteral("乐"), QStringLiteral("yue")},
        {QStringLiteral("缪"), QStringLiteral("miao")},
        {QStringLiteral("覃"), QStringLiteral("qin")},
        {QStringLiteral("召"), QStringLiteral("shao")},
        {QStringLiteral("种"), QStringLiteral("chong")},
        {QStringLiteral("秘"), QStringLiteral("bi")},
        {QStringLiteral("隗"), QStringLiteral("wei")},
        {QStringLiteral("员"), QStringLiteral("yun")},
        {QStringLiteral("那"), QStringLiteral("na")},
        {QStringLiteral("宿"), QStringLiteral("su")},
        {QStringLiteral("句"), QStringLiteral("gou")},
        {QStringLiteral("柏"), QStringLiteral("bai")},
        {QStringLiteral("阚"), QStringLiteral("kan")},
        {QStringLiteral("重"), QStringLiteral("chong")},
        {QStringLiteral("沈"), QStringLiteral("shen")},
        {QStringLiteral("纪"), QStringLiteral("ji")},
        {QStringLiteral("尉"), QStringLiteral("wei")},
        {QStringLiteral("繁"), QStringLiteral("po")},
    };
    return readings;
}

// ICU transliterators are not thread-safe; one shared instance behind a mutex.
QString transliterate(const QString& text)
{
    static QMutex mutex;
    static std::unique_ptr<icu::Transliterator> translit;
    const QMutexLocker lock(&mutex);
    if (!translit) {
        UErrorCode status = U_ZERO_ERROR;
        translit.reset(icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower",
                                                           UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            translit.reset();
    }
    if (!translit)
        return text.toLower();
    icu::UnicodeString u(reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
    translit->transliterate(u);
    return QString(reinterpret_cast<const QChar*>(u.getBuffer()), u.length());
}
} // namespace

QString searchKey(const QString& typed)
{
    QString key = transliterate(normalizeText(typed));
    key.remove(QLatin1Char(' '));
    return key;
}

void preparePinyin()
{
    QThreadPool::globalInstance()->start([] { transliterate(QString()); });
}

void NameFilter::setText(const QString& typed)
{
    m_typed = typed.trimmed();
    m_key = searchKey(m_typed);
}

bool NameFilter::matches(const QString& name)
{
    if (m_typed.isEmpty() || name.contains(m_typed))
        return true;
    auto keys = m_keys.constFind(name);
    if (keys == m_keys.cend())
        keys = m_keys.insert(name, pinyinKeys(name));
    return !m_key.isEmpty() && (keys->full.startsWith(m_key) || keys->initials.startsWith(m_key));
}

void NameFilter::addKeys(const QString& name, const QString& pinyin, const QString& initials)
{
    if (!pinyin.isEmpty() && !initials.isEmpty())
        m_keys.insert(name, PinyinKeys{pinyin, initials});
}

PinyinKeys pinyinKeys(const QString& name)
{
    const QString clean = normalizeText(name);
    QString surname;
    QString rest = clean;
    for (int length : {2, 1}) {
        const auto it = surnameReadings().constFind(clean.left(length));
        if (clean.size() > length && it != surnameReadings().constEnd()) {
            surname = *it;
            rest = clean.mid(length);
            break;
        }
    }
    QStringList syllables = surname.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    syllables += transliterate(rest).split(QRegularExpression(QStringLiteral("[^a-z]+")),
                                           Qt::SkipEmptyParts);
    PinyinKeys keys;
    for (const QString& s : std::as_const(syllables)) {
        keys.full += s;
        keys.initials += s.at(0);
    }
    return keys;
}

QString nameSortKey(const QString& name)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    static const QRegularExpression numeral(QStringLiteral("[〇一二三四五六七八九十]+"));
    QString text = name;
    // Replace each run of numerals (up to 99) by its value, zero-padded so that it sorts.
    QRegularExpressionMatch m;
    qsizetype from = 0;
    while ((m = numeral.match(text, from)).hasMatch()) {
        const QString run = m.captured(0);
        int value = 0;
        const qsizetype ten = run.indexOf(QChar(u'十'));
        if (ten < 0) {
            for (QChar c : run)
                value = value * 10 + int(digits.indexOf(c));
        } else {
            const int tens = ten == 0 ? 1 : int(digits.indexOf(run.at(0)));
            const int ones = ten + 1 < run.size() ? int(digits.indexOf(run.at(ten + 1))) : 0;
            value = tens * 10 + ones;
        }
        const QString number = QStringLiteral("%1").arg(value, 4, 10, QLatin1Char('0'));
        text.replace(m.capturedStart(), m.capturedLength(), number);
        from = m.capturedStart() + number.size();
    }
    return searchKey(text);
}

} // namespace dd
