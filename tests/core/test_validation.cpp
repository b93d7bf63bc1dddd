// Field validation shared by forms, importers and the CLI: table-driven, over 100 bad inputs.
#include "org/deputy.h"
#include "org/masking.h"
#include "org/pinyin.h"
#include "org/validators.h"
#include "storage/displayformat.h"

#include <catch2/catch.hpp>

using namespace dd;

namespace {
const QString kLabel = QStringLiteral("ID number");

// Appends the GB 11643 check character to 17 digits (written out here, independently of core).
QString withCheckDigit(const QString& first17)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return first17 + QLatin1Char("10X98765432"[sum % 11]);
}

QString wrongCheckDigit(const QString& first17)
{
    const QString good = withCheckDigit(first17);
    const QChar last = good.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    return first17 + last;
}

QStringList badIds()
{
    QStringList ids;
    // lengths
    for (int n : {1, 6, 15, 16, 17, 19, 20, 36})
        ids << QString(n, QLatin1Char('1'));
    // a wrong check digit on plausible numbers
    for (const char* base :
         {"11010519491231002", "44052418800101001", "37020219750308123", "32010619820515456",
          "51010719900101789", "61011319661111234", "21010219550505555", "45010319881212666",
          "13010419700707777", "65010519990909888"})
        ids << wrongCheckDigit(QString::fromLatin1(base));
    // province codes that do not exist
    for (const char* province : {"00", "10", "16", "19", "20", "24", "29", "30", "38", "40", "47",
                                 "49", "55", "60", "66", "70", "72", "80", "83", "90", "99"})
        ids << withCheckDigit(QString::fromLatin1(province) + QStringLiteral("010519750308123"));
    // birth dates that do not exist or are out of range
    for (const char* date :
         {"19990230", "20011301", "20010001", "20010100", "19000229", "18991231", "17500101",
          "20990101", "19751332", "19750431", "00000000", "99999999"})
        ids << withCheckDigit(QStringLiteral("370202") + QString::fromLatin1(date) +
                              QStringLiteral("123"));
    // characters where digits belong
    for (const char* id :
         {"11010519491231002Y", "1101051949123100XX", "X10105194912310021", "1101051949I231002X",
          "11010519491231O02X", "110105 9491231002X", "110105-19491231-02", "abcdefghijklmnopqr",
          "１１０１０５１９４９１２３１００２Y", "11010519491231002\t", "11010519491231002*",
          "11010519491231002?"})
        ids << QString::fromUtf8(id);
    return ids;
}
} // namespace

TEST_CASE("Resident ID numbers: valid ones pass and give birth date and gender")
{
    QDate birth;
    Gender gender = Gender::Unknown;
    CHECK_FALSE(
        validate::residentId(kLabel, QStringLiteral("11010519491231002X"), &birth, &gender));
    CHECK(birth == QDate(1949, 12, 31));
    CHECK(gender == Gender::Female);
    // The standard's own example is well formed, but 1880 is out of range for a living deputy.
    CHECK(validate::residentId(kLabel, QStringLiteral("440524188001010014")).has_value());
    const QString male = withCheckDigit(QStringLiteral("37020219750308123"));
    CHECK_FALSE(validate::residentId(kLabel, male, &birth, &gender));
    CHECK(birth == QDate(1975, 3, 8));
    CHECK(gender == Gender::Male);
    // Lower-case x and full-width digits from an input method are accepted and normalised.
    CHECK_FALSE(validate::residentId(kLabel, QStringLiteral("11010519491231002x")));
    CHECK_FALSE(
        validate::residentId(kLabel, QStringLiteral("１１０１０５１９４９１２３１００２Ｘ")));
    CHECK(validate::canonicalResidentId(QStringLiteral(" １１０１０５１９４９１２３１００２ｘ ")) ==
          QStringLiteral("11010519491231002X"));
}

TEST_CASE("Resident ID numbers: every bad one is refused with a message naming the field")
{
    const QStringList ids = badIds();
    REQUIRE(ids.size() >= 60);
    for (const QString& id : ids) {
        INFO(id.toStdString());
        const std::optional<QString> problem = validate::residentId(kLabel, id);
        REQUIRE(problem.has_value());
        CHECK(problem->startsWith(kLabel));
    }
}

TEST_CASE("Phones: mobiles and landlines pass in the forms people write them")
{
    for (const char* good :
         {"13812345678", "+86 138 1234 5678", "8613812345678", "138-1234-5678",
          "１３８１２３４５６７８", "19912345678", "0532-83881234", "053283881234", "010-62345678",
          "0532-8388123-806", "83881234", "(0532) 83881234", ""}) {
        INFO(good);
        CHECK_FALSE(validate::phone(QStringLiteral("Phone"), QString::fromUtf8(good)));
    }
    CHECK(validate::canonicalPhone(QStringLiteral("+86 138 1234 5678")) ==
          QStringLiteral("13812345678"));
    CHECK(validate::canonicalPhone(QStringLiteral("１３８-１２３４-５６７８")) ==
          QStringLiteral("13812345678"));
}

TEST_CASE("Phones: bad numbers are refused with a message naming the field")
{
    const char* bad[] = {"12345",
                         "1381234567",
                         "138123456789",
                         "12812345678",
                         "11812345678",
                         "10012345678",
                         "abc",
                         "138abcd5678",
                         "0532-1234",
                         "00532-83881234",
                         "0532-012345678",
                         "1234567",
                         "+1 415 555 0100",
                         "138 1234 567",
                         "0532—83881234",
                         "电话13812345678",
                         "13812345678转1",
                         "#13812345678",
                         "0532-83881234-1234567",
                         "1-800-555-01"};
    int count = 0;
    for (const char* value : bad) {
        INFO(value);
        const std::optional<QString> problem =
            validate::phone(QStringLiteral("Phone"), QString::fromUtf8(value));
        REQUIRE(problem.has_value());
        CHECK(problem->startsWith(QStringLiteral("Phone")));
        ++count;
    }
    CHECK(count == 20);
}

TEST_CASE("Names: letters, the middle dot and spaces only")
{
    for (const char* good :
         {"张三", "欧阳修", "买买提·艾力", "阿依古丽•吐尔逊", "John Smith", "　李四　"})
        CHECK_FALSE(validate::personName(QStringLiteral("Name"), QString::fromUtf8(good)));
    const char* bad[] = {"",          "   ",         "张三1", "张三\n李四", "张\t三",       "张三!",
                         "张三@",     "<b>张三</b>", "张三;", "123",        "张三（代表）", "张_三",
                         "张三/李四", "张三\x01"};
    for (const char* value : bad) {
        INFO(value);
        const std::optional<QString> problem =
            validate::personName(QStringLiteral("Name"), QString::fromUtf8(value));
        REQUIRE(problem.has_value());
        CHECK(problem->startsWith(QStringLiteral("Name")));
    }
    CHECK(validate::personName(QStringLiteral("Name"), QString(41, QChar(u'张'))).has_value());
}

TEST_CASE("Dates: the forms clerks type are parsed, impossible ones are not")
{
    CHECK(validate::parseDate(QStringLiteral("1975-03-08")) == QDate(1975, 3, 8));
    CHECK(validate::parseDate(QStringLiteral("1975/3/8")) == QDate(1975, 3, 8));
    CHECK(validate::parseDate(QStringLiteral("1975.3.8")) == QDate(1975, 3, 8));
    CHECK(validate::parseDate(QStringLiteral("1975年3月8日")) == QDate(1975, 3, 8));
    CHECK(validate::parseDate(QStringLiteral("１９７５年３月８日")) == QDate(1975, 3, 8));
    CHECK(validate::parseDate(QStringLiteral("19750308")) == QDate(1975, 3, 8));
    for (const char* bad : {"1975-13-01", "1975/2/30", "abc", "", "75-3-8", "1975年13月1日",
                            "1975-3", "3/8/1975", "1975-03-08T00:00", "一九七五年三月八日"}) {
        INFO(bad);
        const QDate date = validate::parseDate(QString::fromUtf8(bad));
        CHECK_FALSE(date.isValid());
        CHECK(validate::dateInRange(QStringLiteral("Birth date"), date, QDate(1900, 1, 1),
                                    QDate::currentDate())
                  ->startsWith(QStringLiteral("Birth date")));
    }
    CHECK(validate::dateInRange(QStringLiteral("Birth date"), QDate(1899, 12, 31),
                                QDate(1900, 1, 1), QDate::currentDate())
              .has_value());
    CHECK(validate::dateInRange(QStringLiteral("Birth date"), QDate::currentDate().addDays(1),
                                QDate(1900, 1, 1), QDate::currentDate())
              .has_value());
}

TEST_CASE("A deputy's birth date and gender must agree with the ID number")
{
    Deputy d;
    d.name = QStringLiteral("王芳");
    d.idNumber = QStringLiteral("11010519491231002X");
    const Deputy filled = d.normalized();
    CHECK(filled.birthDate == QDate(1949, 12, 31));
    CHECK(filled.gender == Gender::Female);
    CHECK(filled.validate().isEmpty());

    d.birthDate = QDate(1950, 1, 1);
    d.gender = Gender::Male;
    QStringList fields;
    for (const FieldError& e : d.normalized().validate())
        fields << e.field;
    CHECK(fields == QStringList{QStringLiteral("birthDate"), QStringLiteral("gender")});

    Deputy retired;
    retired.name = QStringLiteral("赵六");
    retired.status = DeputyStatus::Retired;
    REQUIRE(retired.normalized().validate().size() == 1);
    CHECK(retired.normalized().validate().first().field == QStringLiteral("statusDate"));
}

TEST_CASE("Pinyin keys read surnames as surnames")
{
    CHECK(pinyinKeys(QStringLiteral("张三")).full == QStringLiteral("zhangsan"));
    CHECK(pinyinKeys(QStringLiteral("张三")).initials == QStringLiteral("zs"));
    CHECK(pinyinKeys(QStringLiteral("单雄信")).full == QStringLiteral("shanxiongxin"));
    CHECK(pinyinKeys(QStringLiteral("曾国藩")).initials == QStringLiteral("zgf"));
    CHECK(pinyinKeys(QStringLiteral("解缙")).full == QStringLiteral("xiejin"));
    CHECK(pinyinKeys(QStringLiteral("区小明")).full == QStringLiteral("ouxiaoming"));
    CHECK(pinyinKeys(QStringLiteral("尉迟恭")).full == QStringLiteral("yuchigong"));
    CHECK(pinyinKeys(QStringLiteral("吕布")).full == QStringLiteral("lubu"));
    CHECK(pinyinKeys(QStringLiteral("单")).full ==
          QStringLiteral("dan")); // a one-character name is no surname
    CHECK(searchKey(QStringLiteral(" Zhang San ")) == QStringLiteral("zhangsan"));
}

TEST_CASE("A name filter matches part of a name, the beginning of its pinyin or its initials")
{
    NameFilter filter;
    const QString zhang = QStringLiteral("张卫东");
    CHECK(filter.matches(zhang)); // nothing typed
    for (const char* typed : {"卫", "zw", "ZWD", "zhang wei", " 张 "}) {
        filter.setText(QString::fromUtf8(typed));
        CHECK(filter.matches(zhang));
    }
    for (const char* typed : {"weid", "wd", "李", "，"}) {
        filter.setText(QString::fromUtf8(typed));
        CHECK_FALSE(filter.matches(zhang));
    }
    // Keys the file stores are taken as they are, not worked out again.
    filter.addKeys(QStringLiteral("乐平"), QStringLiteral("yueping"), QStringLiteral("yp"));
    filter.setText(QStringLiteral("yp"));
    CHECK(filter.matches(QStringLiteral("乐平")));
    filter.setText(QStringLiteral("lp"));
    CHECK_FALSE(filter.matches(QStringLiteral("乐平")));
}

TEST_CASE("Masking keeps the ends of ID numbers and phones")
{
    CHECK(maskResidentId(QStringLiteral("110105194912310021")) ==
          QStringLiteral("110105********0021"));
    CHECK(maskPhone(QStringLiteral("13812345678")) == QStringLiteral("138****5678"));
    CHECK(maskPhone(QStringLiteral("0532-83881234")) == QStringLiteral("0532-****1234"));
    CHECK(maskPhone(QString()) == QString());
}

TEST_CASE("Dates display as 2024年8月14日 in Chinese and as ISO dates otherwise")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(displayDate(QDate(2024, 8, 14)) == QStringLiteral("2024-08-14"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    CHECK(displayDate(QDate(2024, 8, 14)) == QStringLiteral("2024年8月14日"));
    CHECK(displayDate(QDate()).isEmpty());
}
