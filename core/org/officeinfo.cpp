#include "officeinfo.h"

#include "officesettings.h"
#include "storage/officefile.h"
#include "storage/sql.h"

#include <QFileInfo>

namespace dd {

QJsonObject officeInfo(const OfficeFile& office)
{
    QJsonObject counts;
    QSqlQuery tables =
        sql::run(office.db(), QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = "
                                             "'main' AND type = 'table' AND name NOT LIKE "
                                             "'sqlite_%' ORDER BY name")); // no index's tables
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& table : names) // names come from sqlite_schema, quoted for safety
        counts.insert(table,
                      sql::scalar(office.db(), QStringLiteral("SELECT count(*) FROM \"%1\"")
                                                   .arg(QString(table).replace(
                                                       QLatin1Char('"'), QStringLiteral("\"\""))))
                          .toLongLong());
    return {{QStringLiteral("path"), QFileInfo(office.path()).absoluteFilePath()},
            {QStringLiteral("schema_version"), office.schemaVersion()},
            {QStringLiteral("office"), OfficeRepository::load(office).toJson()},
            {QStringLiteral("counts"), counts}};
}

} // namespace dd
