#include "clicommands.h"

#include "clisupport.h"
#include "demo/demooffice.h"
#include "demo/demoscale.h"
#include "i18n.h"
#include "io/activitylog.h"
#include "io/opinionledger.h"
#include "io/roster.h"
#include "org/deputygroup.h"
#include "org/deputyrepository.h"
#include "org/officeinfo.h"
#include "org/officesettings.h"
#include "storage/autobackup.h"
#include "storage/backup.h"
#include "storage/error.h"
#include "storage/integrity.h"
#include "storage/officefile.h"

#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace dd::cli {

namespace {

QString helpText()
{
    return Text::tr(
        "Usage: deputydesk-cli [--lang zh_CN|en] COMMAND [ARGUMENTS]\n"
        "\n"
        "DeputyDesk command line: office files for scripts and IT staff.\n"
        "\n"
        "Commands:\n"
        "  init FILE --name NAME [--district NAME] [--city NAME] [--term N] [--year Y]\n"
        "                      create an office file (term defaults to 18, year to this year)\n"
        "  demo FILE           create a demo office with sample data\n"
        "  demo FILE --scale street|stress [--seed N]\n"
        "                      the same grown to ten years of history (street: 110 deputies,\n"
        "                      ~1,000 activities, ~1,500 opinions; stress: 100 times that)\n"
        "  check FILE [--json] check the file; exit 0 only if all is well\n"
        "  backup FILE --out PATH\n"
        "                      write a consistent, verified backup (works while the file is open)\n"
        "  restore BACKUP --out FILE\n"
        "                      replace FILE by a verified backup; the replaced file is kept beside "
        "it\n"
        "  upgrade FILE        bring a file of an older version to this one (a verified copy\n"
        "                      of the old file is kept beside it first)\n"
        "  info FILE [--json]  office settings, schema version, rows per table\n"
        "  deputies FILE [--json]\n"
        "                      list the deputies (ID numbers and phones masked)\n"
        "  groups FILE [--json] list the deputy groups with leader and member count\n"
        "  import FILE deputies ROSTER [--dry-run] [--sheet NAME] [--json]\n"
        "                      import a roster (.xlsx, or .csv in UTF-8 or GB18030); all or "
        "nothing:\n"
        "                      any bad row means nothing is written and every bad row is listed\n"
        "  export FILE deputies OUT [--unmasked]\n"
        "                      write the roster as .xlsx or .csv (masked unless --unmasked, admin "
        "only)\n"
        "  template deputies OUT\n"
        "                      write a blank roster with the expected columns\n"
        "  activities FILE --year Y [--kind KIND] [--json]\n"
        "                      list the year's activities with their attendance counts\n"
        "  actions FILE [--open] [--json]\n"
        "                      list the action items of all meetings (--open: only open ones)\n"
        "  import FILE activities LOG [--dry-run] [--sheet NAME] [--json]\n"
        "                      import an activity log (.xlsx or .csv); all or nothing, as the "
        "roster\n"
        "  template activities OUT\n"
        "                      write a blank activity log with the expected columns\n"
        "  opinions FILE [--year Y] [--state S] [--overdue] [--json]\n"
        "                      list residents' opinions (S: a state key such as dispatched, or "
        "its\n"
        "                      Chinese name such as 交办; --overdue: past the deadline today)\n"
        "  import FILE opinions LEDGER [--dry-run] [--sheet NAME] [--json]\n"
        "                      import a 民意诉求台账 (.xlsx or .csv); all or nothing\n"
        "  template opinions OUT\n"
        "                      write a blank opinion ledger with the expected columns\n"
        "  stats FILE --year Y [--as-of DATE] [--json]\n"
        "                      the year's opinion and suggestion figures (overdue counted at "
        "DATE,\n"
        "                      default today)\n"
        "\n"
        "Options:\n"
        "  --break-lock        with restore: break a lock left by a program that is no longer "
        "running\n"
        "                      (an administrator's)\n"
        "  --user LOGIN        log in as LOGIN for commands that change a file with passwords\n"
        "                      (import, export); the password is read from the environment\n"
        "                      variable DEPUTYDESK_PASSWORD, else from standard input. restore\n"
        "                      checks LOGIN against the backup: a chair or administrator\n"
        "  --shared            with import, export, upgrade: the file is on a network share;\n"
        "                      write it with a rollback journal, not WAL (NFS and SMB mounts\n"
        "                      are detected without it)\n"
        "  --lang LANG         zh_CN or en (default: the system language)\n"
        "  --help              show this help\n"
        "  --version           show the version\n"
        "\n"
        "Exit status: 0 success, 1 failure (reason on stderr), 2 wrong usage.");
}

} // namespace

namespace {
// What every opening for writing shares: --shared, the network-share mode; saying on stderr
// what takes long (an upgrade).
void setWriting(const Args& a, OpenOptions& options)
{
    options.app = QStringLiteral("deputydesk-cli");
    options.shared = a.parser.isSet(QStringLiteral("shared"));
    options.runLong = [](const QString& what, const std::function<void()>& work) {
        QTextStream(stderr) << QStringLiteral("deputydesk-cli: ") << what << Qt::endl;
        work();
    };
}

// And --user, the log-in for a file with passwords.
void setLogIn(const Args& a, OpenOptions& options)
{
    setWriting(a, options);
    if (!a.parser.isSet(QStringLiteral("user")))
        return;
    options.login = a.parser.value(QStringLiteral("user"));
    options.password = qEnvironmentVariable("DEPUTYDESK_PASSWORD");
    if (options.password.isEmpty()) // one line on standard input, e.g. from a pipe
        options.password = QTextStream(stdin).readLine();
}
} // namespace

std::unique_ptr<OfficeFile> openForReading(const QString& path)
{
    OpenOptions options;
    options.readOnly = true;
    return OfficeFile::open(path, options);
}

std::unique_ptr<OfficeFile> openForImport(const Args& a)
{
    OpenOptions options;
    options.readOnly = a.parser.isSet(QStringLiteral("dry-run"));
    setLogIn(a, options);
    return OfficeFile::open(a.positional[0], options);
}

std::optional<int> yearOption(const Args& a)
{
    if (!a.parser.isSet(QStringLiteral("year")))
        return QDate::currentDate().year();
    bool ok = false;
    const int year = a.parser.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 1900 || year > 9999)
        return std::nullopt;
    return year;
}

namespace {

int runInit(const Args& a)
{
    if (a.positional.size() != 1 || !a.parser.isSet(QStringLiteral("name")))
        return failure(Text::tr("usage: init FILE --name NAME [--district NAME] [--city NAME] "
                                "[--term N] [--year Y]"),
                       kUsage);
    OfficeSettings s;
    s.name = a.parser.value(QStringLiteral("name"));
    s.district = a.parser.value(QStringLiteral("district"));
    s.city = a.parser.value(QStringLiteral("city"));
    bool ok = true;
    if (a.parser.isSet(QStringLiteral("term")))
        s.congressTerm = a.parser.value(QStringLiteral("term")).toInt(&ok);
    if (!ok)
        return failure(Text::tr("--term must be a whole number."), kUsage);
    s.workYear = a.parser.isSet(QStringLiteral("year"))
                     ? a.parser.value(QStringLiteral("year")).toInt(&ok)
                     : QDate::currentDate().year();
    if (!ok)
        return failure(Text::tr("--year must be a whole number."), kUsage);
    OfficeFile::create(a.positional[0], s, QStringLiteral("deputydesk-cli"));
    printOut(Text::tr("Created office file %1 for %2.").arg(a.positional[0], s.name.trimmed()));
    return kOk;
}

int runDemo(const Args& a)
{
    if (a.positional.size() != 1)
        return failure(Text::tr("usage: demo FILE [--scale street|stress] [--seed N]"), kUsage);
    if (a.parser.isSet(QStringLiteral("scale"))) {
        const QString scale = a.parser.value(QStringLiteral("scale"));
        bool ok = true;
        const uint seed = a.parser.isSet(QStringLiteral("seed"))
                              ? a.parser.value(QStringLiteral("seed")).toUInt(&ok)
                              : 1;
        if (!ok || (scale != QLatin1String("street") && scale != QLatin1String("stress")))
            return failure(Text::tr("--scale is street or stress, --seed a whole number."), kUsage);
        createScaledDemoOffice(
            a.positional[0],
            scale == QLatin1String("street") ? DemoScale::Street : DemoScale::Stress, seed);
        printOut(
            Text::tr("Created demo office file %1 at the %2 scale.").arg(a.positional[0], scale));
        return kOk;
    }
    createDemoOffice(a.positional[0]);
    printOut(Text::tr("Created demo office file %1.").arg(a.positional[0]));
    return kOk;
}

int runCheck(const Args& a)
{
    if (a.positional.size() != 1)
        return failure(Text::tr("usage: check FILE [--json]"), kUsage);
    const IntegrityReport report =
        checkOffice(a.positional[0], AutoBackup::defaultFolder(a.positional[0]));
    if (a.parser.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)));
    else
        printOut(report.toText());
    if (report.ok())
        return kOk;
    // The one-line reason: the first check that failed.
    for (const IntegrityItem& item : report.items)
        if (!item.ok)
            return failure(Text::tr("check failed: %1: %2").arg(item.title, item.detail));
    return kFailed;
}

int runBackup(const Args& a)
{
    if (a.positional.size() != 1 || !a.parser.isSet(QStringLiteral("out")))
        return failure(Text::tr("usage: backup FILE --out PATH"), kUsage);
    backupOffice(a.positional[0], a.parser.value(QStringLiteral("out")));
    printOut(
        Text::tr("Backup written to %1 and verified.").arg(a.parser.value(QStringLiteral("out"))));
    return kOk;
}

int runRestore(const Args& a)
{
    if (a.positional.size() != 1 || !a.parser.isSet(QStringLiteral("out")))
        return failure(Text::tr("usage: restore BACKUP --out FILE"), kUsage);
    OpenOptions login; // --user: a chair or administrator of the backup
    setLogIn(a, login);
    RestoreOptions options;
    options.app = QStringLiteral("deputydesk-cli");
    options.breakLock = a.parser.isSet(QStringLiteral("break-lock"));
    options.login = login.login;
    options.password = login.password;
    options.runLong = login.runLong;
    const RestoreResult result =
        restoreOffice(a.positional[0], a.parser.value(QStringLiteral("out")), options);
    printOut(Text::tr("Restored %1 from %2.")
                 .arg(a.parser.value(QStringLiteral("out")), a.positional[0]));
    if (result.upgradedFrom != 0)
        printOut(result.upgradeNote());
    if (!result.previousCopy.isEmpty())
        printOut(Text::tr("The replaced file was kept as %1.").arg(result.previousCopy));
    return kOk;
}

int runUpgrade(const Args& a)
{
    if (a.positional.size() != 1)
        return failure(Text::tr("usage: upgrade FILE [--shared]"), kUsage);
    OpenOptions options; // before any log-in, as in the program
    setWriting(a, options);
    const std::unique_ptr<OfficeFile> office = OfficeFile::open(a.positional[0], options);
    if (office->upgradedFrom() == 0)
        printOut(Text::tr("%1 already has schema version %2; nothing to do.")
                     .arg(a.positional[0])
                     .arg(office->schemaVersion()));
    else
        printOut(Text::tr("Upgraded %1 from schema version %2 to %3; the old file was kept as %4.")
                     .arg(a.positional[0])
                     .arg(office->upgradedFrom())
                     .arg(office->schemaVersion())
                     .arg(office->upgradeBackup()));
    return kOk;
}

int runInfo(const Args& a)
{
    if (a.positional.size() != 1)
        return failure(Text::tr("usage: info FILE [--json]"), kUsage);
    const std::unique_ptr<OfficeFile> office = openForReading(a.positional[0]);
    const QJsonObject info = officeInfo(*office);
    if (a.parser.isSet(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Indented)));
        return kOk;
    }
    const OfficeSettings s = OfficeRepository::load(*office);
    QStringList lines;
    lines << Text::tr("Office: %1").arg(s.name) << Text::tr("District: %1").arg(s.district)
          << Text::tr("City: %1").arg(s.city) << Text::tr("Congress term: %1").arg(s.congressTerm)
          << Text::tr("Work year: %1").arg(s.workYear)
          << Text::tr("Schema version: %1").arg(office->schemaVersion())
          << Text::tr("Rows per table:");
    const QJsonObject counts = info.value(QStringLiteral("counts")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        lines << QStringLiteral("  %1: %2").arg(it.key()).arg(it.value().toInteger());
    printOut(lines.join(QLatin1Char('\n')));
    return kOk;
}

int runDeputies(const Args& a)
{
    if (a.positional.size() != 1)
        return failure(Text::tr("usage: deputies FILE [--json]"), kUsage);
    const std::unique_ptr<OfficeFile> office = openForReading(a.positional[0]);
    const QList<DeputyListRow> rows = DeputyRepository::list(office->db());
    if (a.parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const DeputyListRow& r : rows)
            list.append(
                QJsonObject{{QStringLiteral("id"), r.id},
                            {QStringLiteral("name"), r.name},
                            {QStringLiteral("gender"), genderKey(r.gender)},
                            {QStringLiteral("birth_date"), r.birthDate.toString(Qt::ISODate)},
                            {QStringLiteral("kind"), deputyKindKey(r.kind)},
                            {QStringLiteral("levels"), r.levels},
                            {QStringLiteral("electoral_district"), r.electoralDistrict},
                            {QStringLiteral("work_unit"), r.workUnit},
                            {QStringLiteral("phone"), r.maskedPhone},
                            {QStringLiteral("status"), r.status == DeputyStatus::Serving
                                                           ? QStringLiteral("serving")
                                                           : QStringLiteral("retired")}});
        printOut(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
        return kOk;
    }
    QStringList lines;
    for (const DeputyListRow& r : rows)
        lines << QStringList{QString::number(r.id),      r.name,
                             genderName(r.gender),       r.birthDate.toString(Qt::ISODate),
                             deputyKindName(r.kind),     r.levels,
                             r.electoralDistrict,        r.maskedPhone,
                             deputyStatusName(r.status), r.workUnit}
                     .join(QLatin1Char('\t'));
    lines << Text::tr("%n deputies", nullptr, int(rows.size()));
    printOut(lines.join(QLatin1Char('\n')));
    return kOk;
}

int runImport(const Args& a)
{
    if (a.positional.size() == 3 && a.positional[1] == QLatin1String("activities"))
        return importActivities(a);
    if (a.positional.size() == 3 && a.positional[1] == QLatin1String("opinions"))
        return importOpinions(a);
    if (a.positional.size() != 3 || a.positional[1] != QLatin1String("deputies"))
        return failure(Text::tr("usage: import FILE deputies|activities|opinions SHEET [--dry-run] "
                                "[--sheet NAME] [--json]"),
                       kUsage);
    const std::unique_ptr<OfficeFile> office = openForImport(a);
    const RosterImportReport report =
        importRoster(*office, a.positional[2], a.parser.value(QStringLiteral("sheet")),
                     a.parser.isSet(QStringLiteral("dry-run")));
    return finishImport(a, report);
}

int runExport(const Args& a)
{
    if (a.positional.size() != 3 || a.positional[1] != QLatin1String("deputies"))
        return failure(Text::tr("usage: export FILE deputies OUT.xlsx|OUT.csv [--unmasked]"),
                       kUsage);
    const bool unmasked = a.parser.isSet(QStringLiteral("unmasked"));
    OpenOptions options;
    options.readOnly = !unmasked; // an unmasked export is recorded in the audit log
    setLogIn(a, options);
    const std::unique_ptr<OfficeFile> office = OfficeFile::open(a.positional[0], options);
    exportRoster(*office, a.positional[2], unmasked);
    printOut(Text::tr("Exported the deputies to %1.").arg(a.positional[2]));
    return kOk;
}

int runTemplate(const Args& a)
{
    if (a.positional.size() == 2 && a.positional[0] == QLatin1String("activities")) {
        writeActivityLogTemplate(a.positional[1]);
        printOut(Text::tr("Wrote a blank activity log with the columns %1 to %2.")
                     .arg(activityLogColumns().join(QStringLiteral("、")), a.positional[1]));
        return kOk;
    }
    if (a.positional.size() == 2 && a.positional[0] == QLatin1String("opinions")) {
        writeOpinionLedgerTemplate(a.positional[1]);
        printOut(Text::tr("Wrote a blank opinion ledger with the columns %1 to %2.")
                     .arg(opinionLedgerColumns().join(QStringLiteral("、")), a.positional[1]));
        return kOk;
    }
    if (a.positional.size() != 2 || a.positional[0] != QLatin1String("deputies"))
        return failure(Text::tr("usage: template deputies|activities|opinions OUT.xlsx|OUT.csv"),
                       kUsage);
    writeRosterTemplate(a.positional[1]);
    printOut(Text::tr("Wrote a blank roster with the columns %1 to %2.")
                 .arg(rosterColumns().join(QStringLiteral("、")), a.positional[1]));
    return kOk;
}

int runGroups(const Args& a)
{
    if (a.positional.size() != 1)
        return failure(Text::tr("usage: groups FILE [--json]"), kUsage);
    const std::unique_ptr<OfficeFile> office = openForReading(a.positional[0]);
    const QList<GroupSummary> groups = GroupRepository::list(office->db());
    if (a.parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const GroupSummary& g : groups)
            list.append(QJsonObject{{QStringLiteral("id"), g.id},
                                    {QStringLiteral("name"), g.name},
                                    {QStringLiteral("leader"), g.leader},
                                    {QStringLiteral("members"), g.memberCount}});
        printOut(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
        return kOk;
    }
    QStringList lines;
    for (const GroupSummary& g : groups)
        lines << Text::tr("%1\tleader: %2\t%n member(s)", nullptr, g.memberCount)
                     .arg(g.name, g.leader.isEmpty() ? Text::tr("(none)") : g.leader);
    printOut(lines.join(QLatin1Char('\n')));
    return kOk;
}

} // namespace

int run(const QStringList& arguments)
{
    Args a;
    QCommandLineParser& p = a.parser;
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const auto valueOption = [&p](const char* name) {
        p.addOption(
            QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value")));
    };
    for (const char* name : {"name", "district", "city", "term", "year", "out", "lang", "sheet",
                             "kind", "state", "as-of", "scale", "seed", "user"})
        valueOption(name);
    for (const char* name : {"json", "break-lock", "help", "version", "dry-run", "unmasked", "open",
                             "overdue", "shared"})
        p.addOption(QCommandLineOption(QString::fromLatin1(name)));
    p.addOption(QCommandLineOption(QStringLiteral("h")));

    const bool parsed = p.parse(arguments);
    i18n::install(p.value(QStringLiteral("lang")));
    if (!parsed)
        return failure(p.errorText() + QStringLiteral(" (--help)"), kUsage);
    if (p.isSet(QStringLiteral("version"))) {
        printOut(QStringLiteral("deputydesk-cli %1").arg(QCoreApplication::applicationVersion()));
        return kOk;
    }
    a.positional = p.positionalArguments();
    if (p.isSet(QStringLiteral("help")) || p.isSet(QStringLiteral("h")) || a.positional.isEmpty()) {
        printOut(helpText());
        return a.positional.isEmpty() && !p.isSet(QStringLiteral("help")) &&
                       !p.isSet(QStringLiteral("h"))
                   ? kUsage
                   : kOk;
    }
    a.command = a.positional.takeFirst();

    using Handler = int (*)(const Args&);
    const QList<QPair<QString, Handler>> commands = {
        {QStringLiteral("init"), runInit},         {QStringLiteral("demo"), runDemo},
        {QStringLiteral("check"), runCheck},       {QStringLiteral("backup"), runBackup},
        {QStringLiteral("restore"), runRestore},   {QStringLiteral("info"), runInfo},
        {QStringLiteral("deputies"), runDeputies}, {QStringLiteral("groups"), runGroups},
        {QStringLiteral("import"), runImport},     {QStringLiteral("export"), runExport},
        {QStringLiteral("template"), runTemplate}, {QStringLiteral("activities"), runActivities},
        {QStringLiteral("actions"), runActions},   {QStringLiteral("opinions"), runOpinions},
        {QStringLiteral("stats"), runStats},       {QStringLiteral("upgrade"), runUpgrade}};
    for (const auto& [name, handler] : commands) {
        if (name != a.command)
            continue;
        try {
            return handler(a);
        } catch (const Error& e) {
            if (e.kind() == Error::Kind::LogIn && !p.isSet(QStringLiteral("user")))
                return failure(e.message() + QLatin1Char(' ') +
                               Text::tr("This office file has passwords: give --user LOGIN and "
                                        "the password in DEPUTYDESK_PASSWORD or on standard "
                                        "input."));
            if (e.kind() == Error::Kind::NeedsUpgrade)
                return failure(
                    e.message() + QLatin1Char(' ') +
                    Text::tr("deputydesk-cli upgrade %1 does that.").arg(a.positional.value(0)));
            return failure(e.message());
        }
    }
    return failure(Text::tr("unknown command \"%1\" (--help lists the commands)").arg(a.command),
                   kUsage);
}

} // namespace dd::cli
