#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dd::i18n {

QString systemLanguage()
{
    const QString fromEnv = qEnvironmentVariable("DD_LANG");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

QString install(const QString& language)
{
    const QString lang = language.isEmpty() ? systemLanguage() : language;
    const bool chinese = lang.startsWith(QLatin1String("zh"));
    if (!chinese)
        return QStringLiteral("en");

    auto* app = QCoreApplication::instance();
    auto* qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* ours = new QTranslator(app);
    if (ours->load(QStringLiteral(":/dd/i18n/deputydesk_zh_CN.qm")))
        QCoreApplication::installTranslator(ours);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    return QStringLiteral("zh_CN");
}

} // namespace dd::i18n
