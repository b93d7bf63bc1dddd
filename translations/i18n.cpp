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
    auto* app = QCoreApplication::instance();
    if (chinese) {
        auto* qt = new QTranslator(app);
        if (qt->load(QStringLiteral("qtbase_zh_CN"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
    // English needs its file too: it holds the plural forms ("%n deputies" -> "1 deputy").
    auto* ours = new QTranslator(app);
    if (ours->load(chinese ? QStringLiteral(":/dd/i18n/deputydesk_zh_CN.qm")
                           : QStringLiteral(":/dd/i18n/deputydesk_en.qm")))
        QCoreApplication::installTranslator(ours);
    return chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

} // namespace dd::i18n
