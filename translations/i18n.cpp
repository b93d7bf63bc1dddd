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
    // A second call replaces the first language (tests switch to print Chinese documents).
    static QList<QTranslator*> installed;
    for (QTranslator* t : std::as_const(installed)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed.clear();
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale::system());
    if (chinese) {
        auto* qt = new QTranslator(app);
        if (qt->load(QStringLiteral("qtbase_zh_CN"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
            QCoreApplication::installTranslator(qt))
            installed << qt;
        else
            delete qt;
    }
    // English needs its file too: it holds the plural forms ("%n deputies" -> "1 deputy").
    auto* ours = new QTranslator(app);
    if (ours->load(chinese ? QStringLiteral(":/dd/i18n/deputydesk_zh_CN.qm")
                           : QStringLiteral(":/dd/i18n/deputydesk_en.qm")) &&
        QCoreApplication::installTranslator(ours))
        installed << ours;
    else
        delete ours;
    return chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

} // namespace dd::i18n
