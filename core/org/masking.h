#pragma once

#include <QString>

namespace dd {

// Personal data is shown masked in lists and exports unless revealed (an audited action):
// 110105********1234, 138****5678, 0532-****1234.
QString maskResidentId(const QString& id);
QString maskPhone(const QString& phone);

} // namespace dd
