#pragma once

#include <QString>

namespace dd::i18n {

// Installs DeputyDesk's translation and Qt's own (qtbase) for language: "zh_CN", "en", or
// empty for the system locale (Chinese systems get zh_CN, all others English). Returns the
// language in use.
QString install(const QString& language = {});

// Where --lang comes from when it is not given: DD_LANG, else the system locale.
QString systemLanguage();

} // namespace dd::i18n
