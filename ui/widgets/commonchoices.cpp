#include "commonchoices.h"

#include "choicesearch.h"
#include "storage/sql.h"

#include <QComboBox>
#include <QDate>
#include <QListView>

namespace dd::ui {

const QStringList kEthnicities = {QStringLiteral("汉族"),   QStringLiteral("回族"),
                                  QStringLiteral("满族"),   QStringLiteral("蒙古族"),
                                  QStringLiteral("朝鲜族"), QStringLiteral("壮族"),
                                  QStringLiteral("藏族"),   QStringLiteral("维吾尔族"),
                                  QStringLiteral("苗族"),   QStringLiteral("土家族")};
const QStringList kParties = {
    QStringLiteral("中共党员"),     QStringLiteral("中共预备党员"), QStringLiteral("共青团员"),
    QStringLiteral("民革党员"),     QStringLiteral("民盟盟员"),     QStringLiteral("民建会员"),
    QStringLiteral("民进会员"),     QStringLiteral("农工党党员"),   QStringLiteral("致公党党员"),
    QStringLiteral("九三学社社员"), QStringLiteral("无党派人士"),   QStringLiteral("群众")};
const QStringList kEducation = {QStringLiteral("研究生"),   QStringLiteral("大学本科"),
                                QStringLiteral("大学专科"), QStringLiteral("中专"),
                                QStringLiteral("高中"),     QStringLiteral("初中及以下")};
const QStringList kSectors = {QStringLiteral("工人"),         QStringLiteral("农民"),
                              QStringLiteral("专业技术人员"), QStringLiteral("党政干部"),
                              QStringLiteral("企业负责人"),   QStringLiteral("社区工作者"),
                              QStringLiteral("个体工商户"),   QStringLiteral("其他")};

QComboBox* editableCombo(QWidget* parent, const QStringList& items)
{
    auto* combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->addItem(QString());
    combo->addItems(items);
    return combo;
}

QList<Choice> choicesOf(const QSqlDatabase& db, const QString& sql)
{
    FieldSpec field;
    field.choicesSql = sql;
    return RecordStore::choices(db, field);
}

void addChoices(QComboBox* combo, const QList<Choice>& choices, const QString& none,
                const std::optional<qint64>& current)
{
    combo->addItem(none, QVariant());
    for (const Choice& c : choices)
        combo->addItem(c.label, c.id);
    if (current)
        combo->setCurrentIndex(qMax(0, combo->findData(*current)));
    fitChoices(combo, choices);
}

void fitChoices(QComboBox* combo, const QList<Choice>& choices)
{
    constexpr int kScrolled = 20;  // entries found by scrolling, unhurried
    constexpr int kMeasured = 200; // entries Qt measures itself, unnoticed
    if (combo->count() > kMeasured) {
        int longest = 0; // in the widths of a Latin letter: a Chinese character counts two
        for (int i = 0; i < combo->count(); ++i) {
            int columns = 0;
            for (const QChar c : combo->itemText(i))
                columns += c.unicode() >= 0x1100 ? 2 : 1;
            longest = qMax(longest, columns);
        }
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(longest);
        if (auto* list = qobject_cast<QListView*>(combo->view()))
            list->setUniformItemSizes(true);
    }
    // After the sizing: becoming editable sizes the combo again.
    if (combo->count() > kScrolled)
        makeSearchable(combo, choices);
}

void addYears(QComboBox* combo, int earliest, const QString& all)
{
    if (!all.isEmpty())
        combo->addItem(all, 0);
    const int thisYear = QDate::currentDate().year();
    const int first = earliest > 0 ? qMin(earliest, thisYear - 5) : thisYear - 5;
    for (int y = thisYear; y >= first; --y)
        combo->addItem(QString::number(y), y);
    combo->setCurrentIndex(combo->findData(thisYear));
}

std::optional<qint64> chosenId(const QComboBox* combo)
{
    return sql::optionalId(combo->currentData());
}

} // namespace dd::ui
