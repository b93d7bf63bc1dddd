#pragma once

#include <memory>
#include <optional>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace dd {
class OfficeFile;
}

namespace dd::cli {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::cli)
};

inline constexpr int kOk = 0;
inline constexpr int kFailed = 1;
inline constexpr int kUsage = 2;

struct Args
{
    QString command;
    QStringList positional;
    QCommandLineParser parser;

    bool json() const { return parser.isSet(QStringLiteral("json")); }
};

inline void printOut(const QString& text)
{
    QTextStream(stdout) << text << Qt::endl;
}

template <typename T> void printJson(const T& value)
{
    printOut(QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Indented)));
}

// One line on stderr, prefixed with the program's name; returns the exit status.
inline int failure(const QString& message, int status = kFailed)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QStringLiteral("; "));
    QTextStream(stderr) << QStringLiteral("deputydesk-cli: ") << line << Qt::endl;
    return status;
}

// The office file read-only (works while the GUI has it open for writing).
std::unique_ptr<OfficeFile> openForReading(const QString& path);
// The office file of an import command (positional 0): read-only for --dry-run.
std::unique_ptr<OfficeFile> openForImport(const Args& a);
// --year, this year when not given; nothing when it is not a year between 1900 and 9999.
std::optional<int> yearOption(const Args& a);

// Prints an import report (--json or text) and fails naming the file when it has problems.
template <typename Report> int finishImport(const Args& a, const Report& report)
{
    if (a.json())
        printJson(report.toJson());
    else
        printOut(report.toText());
    if (!report.ok())
        return failure(Text::tr("%n problem(s) in %1; nothing was imported", nullptr,
                                int(report.problems.size()))
                           .arg(a.positional[2]));
    return kOk;
}

// The commands about activities (cliactivities.cpp).
int runActivities(const Args& a);
int runActions(const Args& a);
int importActivities(const Args& a);

// The commands about residents' opinions (cliopinions.cpp).
int runOpinions(const Args& a);
int runStats(const Args& a);
int importOpinions(const Args& a);

} // namespace dd::cli
