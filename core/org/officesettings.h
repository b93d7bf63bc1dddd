#pragma once

#include "storage/error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace dd {

class OfficeFile;

// The street office (街道/乡镇) the file belongs to: one row in table office.
struct OfficeSettings
{
    QString name;          // 街道名称, e.g. 市西街道
    QString district;      // 所属区
    QString city;          // 所属市
    int congressTerm = 18; // 届次 of the district congress
    int workYear = 0;      // 工作年度: the year the screens and reports default to

    static constexpr int kMaxTextLength = 40;

    // Trims and normalises (full-width digits and spaces) before validation.
    OfficeSettings normalized() const;
    // Every problem at once, each naming its field; empty when the settings are valid.
    QList<FieldError> validate() const;

    QJsonObject toJson() const;
    bool operator==(const OfficeSettings&) const = default;

    static QString fieldLabel(const QString& field);
};

// Reads and writes table office. save() validates, writes and appends the audit row in one
// transaction; it throws ValidationError or Error.
class OfficeRepository final
{
public:
    static OfficeSettings load(const OfficeFile& office);
    static void save(OfficeFile& office, const OfficeSettings& settings);
    // Inserts the single row of a newly created file (inside the caller's transaction).
    static void insertInitial(OfficeFile& office, const OfficeSettings& settings);
};

} // namespace dd
