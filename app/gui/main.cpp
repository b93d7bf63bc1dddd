// deputydesk: the GUI. Parses arguments, loads translations, opens the main window.
#include "demo/demooffice.h"
#include "i18n.h"
#include "mainwindow.h"
#include "org/pinyin.h"
#include "quitonsignal.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DeputyDesk"));
    QApplication::setApplicationName(QStringLiteral("deputydesk"));
    QApplication::setApplicationVersion(QStringLiteral(DD_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/dd/icons/deputydesk.svg")));

    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("zh_CN or en"),
                                  QStringLiteral("language"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Open the demo office (created on first use)."));
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
                                      QStringLiteral("Open FILE read-only."));
    parser.addOptions({lang, demo, readOnly});
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Office file to open."));
    parser.process(app);

    dd::i18n::install(parser.value(lang));
    dd::ui::quitOnTerminationSignals();
    dd::preparePinyin();

    dd::ui::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(demo))
        window.openDemoOffice();
    else if (!files.isEmpty())
        window.openOffice(files.first(), parser.isSet(readOnly));
    else if (const QString last = dd::ui::MainWindow::recentFiles().value(0); !last.isEmpty())
        window.openRecent(last);
    return QApplication::exec();
}
