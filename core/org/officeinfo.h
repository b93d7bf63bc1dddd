#pragma once

#include <QJsonObject>

namespace dd {

class OfficeFile;

// What `deputydesk-cli info` prints: settings, schema version, and the rows in each table.
QJsonObject officeInfo(const OfficeFile& office);

} // namespace dd
