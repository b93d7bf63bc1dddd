#pragma once

#include "storage/error.h"
#include "validators.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dd {

// 代表类型: 人大代表, and the street's own 议事代表 / 议政代表.
enum class DeputyKind
{
    Congress,
    Deliberation,
    Consultation
};
// 代表层级 of a congress deputy.
enum class CongressLevel
{
    National,
    Provincial,
    City,
    District,
    Township
};
enum class DeputyStatus
{
    Serving,
    Retired
}; // 在任 / 离任

QString deputyKindKey(DeputyKind kind);
DeputyKind deputyKindFromKey(const QString& key);
QString deputyKindName(DeputyKind kind);
QString congressLevelKey(CongressLevel level);
QString congressLevelName(CongressLevel level);
QString genderName(Gender gender);
QString genderKey(Gender gender); // "male", "female" or "" as stored
Gender genderFromKey(const QString& key);
QString deputyStatusName(DeputyStatus status);
inline constexpr CongressLevel kAllLevels[] = {CongressLevel::National, CongressLevel::Provincial,
                                               CongressLevel::City, CongressLevel::District,
                                               CongressLevel::Township};

// One deputy's profile (DOMAIN.md §1).
struct Deputy
{
    qint64 id = 0;
    QString name;
    Gender gender = Gender::Unknown;
    QDate birthDate;
    QString ethnicity; // 民族
    QString party;     // 政治面貌
    QString education; // 学历
    QString workUnit;  // 工作单位及职务
    QString sector;    // 界别
    DeputyKind kind = DeputyKind::Congress;
    QList<CongressLevel> levels;
    QString electoralDistrict; // 选区, by name
    QString term;              // 届别
    QString phone;
    QString idNumber;  // 身份证号
    QString expertise; // 擅长领域
    DeputyStatus status = DeputyStatus::Serving;
    QDate statusDate; // 离任日期
    QString notes;

    static constexpr int kMaxTextLength = 100;

    // Trims, converts full-width input, canonicalises ID and phone, and fills birth date and
    // gender from the ID number when they are empty.
    Deputy normalized() const;
    // Every problem at once, each naming its field.
    QList<FieldError> validate() const;
    QJsonObject toJson() const; // for the audit log
    static QString fieldLabel(const QString& field);
};

} // namespace dd
