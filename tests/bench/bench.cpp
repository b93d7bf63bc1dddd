// deputydesk-bench [--scale street|stress] [--file PATH] [--seed N] [--runs N] [--json]
//
// Generates (or reuses) an office file of the scale, times each operation (median of --runs
// after one warm-up) and prints a table, or with --json {"scale", "machine", "results":
// [{"name", "median_ms", "target_ms", "met"}], "peak_rss_mb", ...}. GUI operations run on
// the offscreen platform.
#include "activity/activityrepository.h"
#include "activity/minutes.h"
#include "benchtiming.h"
#include "demo/demooffice.h"
#include "demo/demoscale.h"
#include "dialogs/activitydialog.h"
#include "dialogs/auditdialog.h"
#include "dialogs/deputydialog.h"
#include "dialogs/opiniondialog.h"
#include "io/auditexport.h"
#include "io/opinionledger.h"
#include "io/roster.h"
#include "io/sheettable.h"
#include "mainwindow.h"
#include "opinion/opinionrepository.h"
#include "org/deputyrepository.h"
#include "report/report.h"
#include "stats/opinionstats.h"
#include "storage/integrity.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QCompleter>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <thread>

using namespace dd;
using bench::median;
using bench::Result;
using bench::timeIt;

namespace {

// The demo administrator, logged in (as the log-in dialog does, or with the options).
std::unique_ptr<OfficeFile> openAsAdmin(const QString& path, bool readOnly = false)
{
    OpenOptions options;
    options.readOnly = readOnly;
    options.login = QStringLiteral("admin");
    options.password = kDemoPassword;
    return OfficeFile::open(path, options);
}

// Fills in and accepts the log-in dialog that opening the file in the window shows next.
void answerLogIn()
{
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != QLatin1String("logInDialog")) {
            answerLogIn();
            return;
        }
        dialog->findChild<QLineEdit*>(QStringLiteral("login"))->setText(QStringLiteral("admin"));
        dialog->findChild<QLineEdit*>(QStringLiteral("password"))->setText(kDemoPassword);
        dialog->accept();
    });
}

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

QString machine()
{
    QFile cpu(QStringLiteral("/proc/cpuinfo"));
    QString model;
    if (cpu.open(QIODevice::ReadOnly))
        for (const QByteArray& line : cpu.readAll().split('\n'))
            if (line.startsWith("model name")) {
                model = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
    return QStringLiteral("%1, %2 cores, %3")
        .arg(model)
        .arg(QThread::idealThreadCount())
        .arg(QSysInfo::prettyProductName());
}

// A ledger of `rows` opinions naming deputies whose names are unique in the file.
void writeLedger(const QSqlDatabase& db, const QString& path, int rows)
{
    QStringList names;
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT name FROM deputies GROUP BY name HAVING "
                                              "count(*) = 1 ORDER BY name LIMIT 50"));
    while (q.next())
        names << q.value(0).toString();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    QTextStream out(&file);
    out << opinionLedgerColumns().join(QLatin1Char(',')) << "\n";
    const QDate first(QDate::currentDate().year() - 1, 1, 1);
    for (int i = 0; i < rows; ++i) {
        const QString day = first.addDays(i % 360).toString(Qt::ISODate);
        out << day << QStringLiteral(",走访,居民%1,,导入社区,第一网格,").arg(i)
            << names.value(i % qMax<qsizetype>(1, names.size()))
            << QStringLiteral(",导入的诉求%1,内容,城建,街道职责事项,办结,街道城管办,15,")
            << first.addDays(i % 360 + 5).toString(Qt::ISODate) << QStringLiteral(",已办结,\n");
    }
}

qint64 newestActivity(const QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT id FROM activities ORDER BY starts_at DESC, id "
                                          "DESC LIMIT 1"))
        .toLongLong();
}

// SQLite by itself writing what the ledger import writes: the ledger's opinions (its names
// looked up beforehand) and five history rows each, 受理 → 办结 as the import rebuilds them,
// into a copy of the office file's tables with their indexes, checks and foreign keys, in one
// transaction with the import's settings. What no import can go below: printed beside the
// bare `.import`.
double sqliteAloneMs(int runs, const QString& path, const QString& copy, const QString& ledger)
{
    const SheetTable table = readSheetTable(ledger);
    const auto cell = [&](int row, const char* name) {
        return table.cell(row, int(table.header.indexOf(QString::fromUtf8(name))));
    };
    const QString opinions = QStringLiteral(
        "INSERT INTO opinions (registered_on, channel, submitter_name, community_id, grid_id, "
        "deputy_id, title, content, category_id, responsibility, state, handling_unit_id, "
        "dispatched_on, deadline, result, completed_on, created_at, updated_at) "
        "SELECT day, 'visit', submitter, (SELECT min(id) FROM communities), (SELECT min(id) "
        "FROM grids), deputy, title, content, (SELECT min(id) FROM opinion_categories), "
        "'street', 'completed', (SELECT min(id) FROM handling_units), day, done, result, done, "
        "?1, ?1 FROM scratch.ledger");
    const QString history = QStringLiteral(
        "INSERT INTO opinion_history (opinion_id, recorded_at, on_date, user_name, from_state, "
        "to_state, note) SELECT o.id, ?1, o.registered_on, 'admin', s.f, s.t, '由台账导入' "
        "FROM opinions o, (SELECT 1 AS k, '' AS f, 'registered' AS t UNION ALL SELECT 2, "
        "'registered', 'accepted' UNION ALL SELECT 3, 'accepted', 'dispatched' UNION ALL "
        "SELECT 4, 'dispatched', 'in_progress' UNION ALL SELECT 5, 'in_progress', 'completed') "
        "s WHERE o.created_at = ?1 ORDER BY o.id, s.k");
    std::unique_ptr<OfficeFile> target;
    return timeIt(
        runs,
        [&] {
            {
                const QSqlDatabase db = target->db();
                const sql::BulkWriting bulk(db); // as the import writes
                Transaction tx(db);
                const QString now = sql::timestamp();
                sql::Prepared(db, opinions)({now});
                sql::Prepared(db, history)({now});
                tx.commit();
            }
            target.reset(); // closed, as the import's timing closes its file
        },
        [&] { // not timed: the copy, the log-in, the ledger in a table in memory
            target.reset();
            QFile::remove(copy);
            QFile::copy(path, copy);
            target = openAsAdmin(copy);
            const QSqlDatabase db = target->db();
            QHash<QString, qint64> deputies;
            for (QSqlQuery q = sql::run(db, QStringLiteral("SELECT name, id FROM deputies"));
                 q.next();)
                deputies.insert(q.value(0).toString(), q.value(1).toLongLong());
            // (not a temporary table: the import's settings drop those)
            sql::run(db, QStringLiteral("ATTACH ':memory:' AS scratch"));
            sql::run(db, QStringLiteral("CREATE TABLE scratch.ledger (day, submitter, deputy, "
                                        "title, content, done, result)"));
            sql::Prepared row(db, QStringLiteral("INSERT INTO scratch.ledger VALUES (?, ?, ?, ?, "
                                                 "?, ?, ?)"));
            for (int i = 0; i < table.rows.size(); ++i)
                row({cell(i, "登记日期"), cell(i, "反映人"), deputies.value(cell(i, "接单代表")),
                     cell(i, "标题"), cell(i, "内容"), cell(i, "办结日期"), cell(i, "办理结果")});
        });
}

// The offscreen platform warns once per window that it cannot pass on size hints: noise in
// the table. Every other message goes to Qt's handler.
QtMessageHandler qtHandler = nullptr;
void dropSizeHintNoise(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    if (text != QLatin1String("This plugin does not support propagateSizeHints()"))
        qtHandler(type, context, text);
}
} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qtHandler = qInstallMessageHandler(dropSizeHintNoise);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DeputyDeskBench"));
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("scale"), QStringLiteral("street or stress"),
                 QStringLiteral("scale"), QStringLiteral("street")});
    p.addOption({QStringLiteral("file"), QStringLiteral("the office file (generated if missing)"),
                 QStringLiteral("path")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("generator seed"), QStringLiteral("n"),
                 QStringLiteral("1")});
    p.addOption({QStringLiteral("runs"), QStringLiteral("timed runs per operation"),
                 QStringLiteral("n"), QStringLiteral("5")});
    p.addOption({QStringLiteral("json"), QStringLiteral("print JSON")});
    p.process(app);
    const QString scale = p.value(QStringLiteral("scale"));
    if (scale != QLatin1String("street") && scale != QLatin1String("stress")) {
        QTextStream(stderr) << "deputydesk-bench: --scale is street or stress\n";
        return 2;
    }
    const int runs = qMax(1, p.value(QStringLiteral("runs")).toInt());
    QTemporaryDir work;
    const QString path =
        p.isSet(QStringLiteral("file"))
            ? p.value(QStringLiteral("file"))
            : QDir::temp().filePath(QStringLiteral("deputydesk-bench-%1-%2.ddoffice")
                                        .arg(scale, p.value(QStringLiteral("seed"))));
    QList<Result> results;
    QElapsedTimer generation;
    generation.start();
    const bool reused = QFile::exists(path);
    if (reused) // made by an earlier version: upgraded once (a backup is kept)
        openAsAdmin(path);
    else
        createScaledDemoOffice(
            path, scale == QLatin1String("street") ? DemoScale::Street : DemoScale::Stress,
            p.value(QStringLiteral("seed")).toUInt());
    const double generatedMs = generation.nsecsElapsed() / 1e6;

    // Open the file and show the main window with its first page.
    results << Result{QStringLiteral("open office, first page shown"),
                      timeIt(runs,
                             [&] {
                                 ui::MainWindow window;
                                 window.show();
                                 answerLogIn();
                                 window.openOffice(path, true);
                                 QApplication::processEvents();
                             }),
                      500, QStringLiteral("with the log-in (Argon2id, slow on purpose)")};

    // Every page of the main window shown for the first time, in a fresh window each run
    // (what peak memory is judged on): each page, and all of them together.
    {
        QStringList pages;
        QList<QList<double>> pageTimes;
        QList<double> totals;
        for (int i = 0; i <= runs; ++i) {
            ui::MainWindow window;
            window.show();
            answerLogIn();
            window.openOffice(path, true);
            auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
            double total = 0;
            for (int row = 0; navigation && row < navigation->count(); ++row) {
                QElapsedTimer t;
                t.start();
                navigation->setCurrentRow(row);
                QApplication::processEvents();
                const double ms = t.nsecsElapsed() / 1e6;
                total += ms;
                if (i == 0) { // the warm-up
                    pages << navigation->item(row)->text();
                    pageTimes << QList<double>{};
                } else if (row < pageTimes.size()) {
                    pageTimes[row] << ms;
                }
            }
            if (i > 0)
                totals << total;
        }
        for (int row = 0; row < pages.size(); ++row)
            results << Result{QStringLiteral("page first shown: %1").arg(pages[row]),
                              median(pageTimes[row]),
                              100,
                              {}};
        results << Result{QStringLiteral("main window: every page shown once"), median(totals), 0,
                          QStringLiteral("%1 pages").arg(pages.size())};
    }

    OpenOptions readOnly;
    readOnly.readOnly = true;
    std::unique_ptr<OfficeFile> office = OfficeFile::open(path, readOnly);
    bench::timeListPages(office.get(), runs, results);
    const auto timeFilter = [&](const QString& name, QWidget* control, const QString& text) {
        bench::timeFilter(results, runs, name, control, text);
    };

    // A record opened from its list (a double-click): the dialog built, filled from the file
    // and shown. The newest deputy, the newest meeting with its attendance, the newest opinion.
    {
        const auto timeDialog = [&](const QString& name, const std::function<QDialog*()>& make) {
            std::unique_ptr<QDialog> dialog;
            results << Result{name,
                              timeIt(
                                  runs,
                                  [&] {
                                      dialog.reset(make());
                                      dialog->show();
                                      QApplication::processEvents();
                                  },
                                  [&] { dialog.reset(); }),
                              100,
                              {}};
        };
        const QSqlDatabase db = office->db();
        const qint64 deputy =
            sql::scalar(db, QStringLiteral("SELECT max(id) FROM deputies")).toLongLong();
        const qint64 meeting = newestActivity(db);
        const qint64 opinion =
            sql::scalar(db, QStringLiteral("SELECT max(id) FROM opinions")).toLongLong();
        timeDialog(QStringLiteral("deputy opened"),
                   [&] { return new ui::DeputyDialog(*office, deputy); });
        timeDialog(QStringLiteral("activity opened"), [&] {
            return new ui::ActivityDialog(*office, ActivityRepository::load(db, meeting));
        });
        timeDialog(QStringLiteral("opinion opened"),
                   [&] { return new ui::OpinionDialog(*office, opinion); });
        // The serving deputies to choose from: the meeting's attendance picker filtered by
        // pinyin, the opinion's 接单代表 list opened.
        {
            ui::ActivityDialog meetingDialog(*office, ActivityRepository::load(db, meeting));
            meetingDialog.show();
            QApplication::processEvents();
            timeFilter(QStringLiteral("attendance picker"),
                       meetingDialog.findChild<QLineEdit*>(QStringLiteral("checkListFilter")),
                       QStringLiteral("zh"));
            ui::OpinionDialog opinionDialog(*office, opinion);
            opinionDialog.show();
            QApplication::processEvents();
            auto* deputies = opinionDialog.findChild<QComboBox*>(QStringLiteral("deputy"));
            results << Result{QStringLiteral("opinion: the deputies to choose from opened"),
                              timeIt(
                                  runs,
                                  [&] {
                                      deputies->showPopup();
                                      QApplication::processEvents();
                                  },
                                  [&] { deputies->hidePopup(); }),
                              50, QStringLiteral("%1 entries").arg(deputies->count())};
            deputies->hidePopup();
            // A deputy found by typing: two letters narrow the list shown under the box.
            QLineEdit* box = deputies->lineEdit();
            auto* completer = deputies->findChild<QCompleter*>();
            if (box && completer)
                results << Result{
                    QStringLiteral("opinion: a deputy typed (two letters)"),
                    timeIt(
                        runs,
                        [&] {
                            box->selectAll();
                            QInputMethodEvent commit;
                            commit.setCommitString(QStringLiteral("zh"));
                            QApplication::sendEvent(box, &commit);
                            QApplication::processEvents();
                        },
                        [&] {
                            completer->popup()->hide();
                            box->setText(deputies->itemText(deputies->currentIndex()));
                        }),
                    50, QStringLiteral("%1 offered").arg(completer->completionModel()->rowCount())};
        }
        // Registering an opinion: the possible duplicates looked up as its title is typed.
        Opinion draft = OpinionRepository::load(db, opinion);
        draft.id = 0;
        results << Result{QStringLiteral("new opinion: possible duplicates"),
                          timeIt(runs, [&] { OpinionRepository::possibleDuplicates(db, draft); }),
                          50,
                          {}};
    }

    // The audit trail (File → Audit trail): its first screen, each of its filters.
    {
        std::unique_ptr<ui::AuditDialog> dialog;
        results << Result{QStringLiteral("audit trail: first screen"),
                          timeIt(
                              runs,
                              [&] {
                                  dialog = std::make_unique<ui::AuditDialog>(*office);
                                  dialog->show();
                                  QApplication::processEvents();
                              },
                              [&] { dialog.reset(); }),
                          100,
                          {}};
        for (const char* filter : {"user", "action"})
            timeFilter(QStringLiteral("audit trail"),
                       dialog->findChild<QWidget*>(QString::fromLatin1(filter)), {});
        timeFilter(QStringLiteral("audit trail"),
                   dialog->findChild<QWidget*>(QStringLiteral("search")), QStringLiteral("电梯"));
    }

    // The whole trail exported, as File → Audit trail → Export does: a row at a time, so that
    // the peak memory printed below holds at any size. Once (a stress file's takes seconds).
    {
        QTemporaryDir folder;
        const std::unique_ptr<OfficeFile> chair = openAsAdmin(path, true);
        QElapsedTimer t;
        t.start();
        const std::optional<qint64> rows =
            exportAudit(*chair, {}, folder.filePath(QStringLiteral("audit.csv")));
        results << Result{QStringLiteral("audit trail: whole trail exported to .csv"),
                          t.nsecsElapsed() / 1e6, 0,
                          QStringLiteral("%1 rows, once").arg(rows.value_or(0))};
    }

    // A meeting's minutes exported (活动记录, Activities → Save as PDF / for Word): the newest
    // meeting, its attendance and items read from the file, then the document written.
    {
        QTemporaryDir folder;
        const qint64 newest = newestActivity(office->db());
        for (const char* suffix : {"pdf", "docx"}) {
            const QString out = folder.filePath(QStringLiteral("minutes.") + QLatin1String(suffix));
            results << Result{
                QStringLiteral("minutes of a meeting to .%1").arg(QLatin1String(suffix)),
                timeIt(runs,
                       [&] {
                           const Report report = minutesReport(office->db(), newest);
                           if (out.endsWith(QLatin1String(".pdf")))
                               writeReportPdf(report, out);
                           else
                               writeReportDocx(report, out);
                       }),
                0,
                {}};
        }
    }

    const int year = QDate::currentDate().year();
    results << Result{
        QStringLiteral("stats for a year"),
        timeIt(runs, [&] { stats::yearJson(office->db(), year, QDate::currentDate()); }),
        200,
        {}};
    office.reset();

    // The integrity check (File → Integrity check) stopped with Cancel 0.3 s into its first step,
    // integrity_check, which reads the whole file in one go (seconds at stress): the time
    // from Cancel to the check's end, which the progress dialog waits for.
    {
        sql::Interrupter interrupter;
        std::atomic<bool> begun = false;
        std::thread check([&] {
            checkOffice(
                path, {},
                [&](int, int, const QString&) {
                    begun = true;
                    return true;
                },
                &interrupter);
        });
        while (!begun)
            QThread::msleep(1);
        QThread::msleep(300);
        QElapsedTimer t;
        t.start();
        interrupter.stop();
        check.join();
        results << Result{QStringLiteral("integrity check: Cancel in its first step"),
                          t.nsecsElapsed() / 1e6, 0, QStringLiteral("once")};
    }

    // Saving a record (a clerk's every edit): validated, written with its audit row (hash
    // chain and search index) and committed. In a copy of the file, as the administrator.
    {
        const QString copy = work.filePath(QStringLiteral("saves.ddoffice"));
        QFile::copy(path, copy);
        const std::unique_ptr<OfficeFile> clerk = openAsAdmin(copy);
        const QSqlDatabase db = clerk->db();
        Deputy deputy = DeputyRepository::load(
            db, sql::scalar(db, QStringLiteral("SELECT max(id) FROM deputies")).toLongLong());
        const QString unit = deputy.workUnit;
        int turn = 0;
        results << Result{QStringLiteral("deputy saved"),
                          timeIt(runs,
                                 [&] {
                                     deputy.workUnit =
                                         ++turn % 2 ? unit + QStringLiteral("（兼）") : unit;
                                     DeputyRepository::update(*clerk, deputy);
                                 }),
                          100,
                          {}};
        Activity activity = ActivityRepository::load(db, newestActivity(db));
        const QString title = activity.title;
        results << Result{QStringLiteral("activity saved"),
                          timeIt(runs,
                                 [&] {
                                     activity.title =
                                         ++turn % 2 ? title + QStringLiteral("（补记）") : title;
                                     ActivityRepository::save(*clerk, activity);
                                 }),
                          100,
                          {}};
        const Opinion newest = OpinionRepository::load(
            db, sql::scalar(db, QStringLiteral("SELECT max(id) FROM opinions")).toLongLong());
        Opinion opinion; // what the registration form enters, in the newest one's place
        opinion.registeredOn = newest.registeredOn;
        opinion.submitterName = newest.submitterName;
        opinion.communityId = newest.communityId;
        opinion.gridId = newest.gridId;
        opinion.deputyId = newest.deputyId;
        opinion.categoryId = newest.categoryId;
        opinion.responsibility = newest.responsibility;
        results << Result{QStringLiteral("opinion registered"),
                          timeIt(runs,
                                 [&] {
                                     opinion.title = QStringLiteral("测试诉求%1").arg(++turn);
                                     OpinionRepository::save(*clerk, opinion);
                                 }),
                          100,
                          {}};

        // The roster (代表名册) exported with full values, as an administrator does to edit it
        // and import it again, and that file checked for re-import as the import dialog does
        // before it writes: each row looked up by ID number, name and birth date.
        const QString roster = work.filePath(QStringLiteral("roster.xlsx"));
        results << Result{QStringLiteral("roster: every deputy exported to .xlsx"),
                          timeIt(runs, [&] { exportRoster(*clerk, roster, true); }),
                          0,
                          {}};
        RosterImportReport check;
        results << Result{QStringLiteral("roster: that file checked for re-import"),
                          timeIt(runs, [&] { check = importRoster(*clerk, roster, {}, true); }), 0,
                          QStringLiteral("%1 rows unchanged, %2 problems")
                              .arg(check.unchanged)
                              .arg(check.problems.size())};
    }

    // Import of 10,000 ledger rows into a copy, against sqlite3's .import of the same CSV.
    const QString ledger = work.filePath(QStringLiteral("ledger.csv"));
    {
        std::unique_ptr<OfficeFile> reader = OfficeFile::open(path, readOnly);
        writeLedger(reader->db(), ledger, 10000);
    }
    const QString copy = work.filePath(QStringLiteral("import.ddoffice"));
    QString importNote;
    const int importRuns = qMin(runs, 3);
    std::unique_ptr<OfficeFile> target;
    const double importMs = timeIt(
        importRuns,
        [&] {
            const OpinionImportReport report = importOpinionLedger(*target, ledger);
            if (!report.ok())
                importNote = report.toText().section(QLatin1Char('\n'), 0, 2);
            target.reset();
        },
        [&] { // not timed: the copy, and the log-in (Argon2id is slow on purpose)
            target.reset();
            QFile::remove(copy);
            QFile::copy(path, copy);
            target = openAsAdmin(copy);
        });
    const double shellMs = timeIt(importRuns, [&] {
        const QString db = work.filePath(QStringLiteral("plain.db"));
        QFile::remove(db);
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"),
                    {db, QStringLiteral(".mode csv"), QStringLiteral(".import %1 t").arg(ledger)});
        shell.waitForFinished(60000);
    });
    const double aloneMs = sqliteAloneMs(importRuns, path, copy, ledger);
    results << Result{QStringLiteral("import 10,000 opinion rows"), importMs, 2000, importNote};
    results << Result{
        QStringLiteral("sqlite3 .import of the same CSV"), shellMs, 0,
        QStringLiteral("ratio %1 (target ≤ 3)").arg(importMs / qMax(1.0, shellMs), 0, 'f', 1)};
    results << Result{QStringLiteral("SQLite alone writing the import's rows"), aloneMs, 0,
                      QStringLiteral("%1 × .import; the import is %2 × this")
                          .arg(aloneMs / qMax(1.0, shellMs), 0, 'f', 1)
                          .arg(importMs / qMax(1.0, aloneMs), 0, 'f', 1)};

    const double rss = peakRssMb();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Result& r : std::as_const(results))
            list << QJsonObject{
                {QStringLiteral("name"), r.name},
                {QStringLiteral("median_ms"), r.medianMs},
                {QStringLiteral("target_ms"),
                 r.targetMs > 0 ? QJsonValue(r.targetMs) : QJsonValue()},
                {QStringLiteral("met"), r.targetMs <= 0 || r.medianMs <= r.targetMs},
                {QStringLiteral("note"), r.note}};
        QTextStream(stdout) << QJsonDocument(
                                   QJsonObject{{QStringLiteral("scale"), scale},
                                               {QStringLiteral("machine"), machine()},
                                               {QStringLiteral("file"), path},
                                               {QStringLiteral("generated_ms"), generatedMs},
                                               {QStringLiteral("results"), list},
                                               {QStringLiteral("import_ratio"),
                                                importMs / qMax(1.0, shellMs)},
                                               {QStringLiteral("import_to_sqlite_alone"),
                                                importMs / qMax(1.0, aloneMs)},
                                               {QStringLiteral("peak_rss_mb"), rss},
                                               {QStringLiteral("peak_rss_target_mb"), 300}})
                                   .toJson(QJsonDocument::Indented);
        return 0;
    }
    QTextStream out(stdout);
    out << "scale " << scale << " on " << machine() << "\nfile " << path;
    if (generatedMs > 1000)
        out << (reused ? QStringLiteral(" (upgraded in %1 s)")
                       : QStringLiteral(" (generated in %1 s)"))
                   .arg(generatedMs / 1000, 0, 'f', 1);
    out << "\n\n";
    for (const Result& r : std::as_const(results))
        out << QStringLiteral("%1  %2 ms  %3  %4\n")
                   .arg(r.name, -60)
                   .arg(r.medianMs, 9, 'f', 1)
                   .arg(r.targetMs > 0 ? (r.medianMs <= r.targetMs ? QStringLiteral("met   ")
                                                                   : QStringLiteral("MISSED"))
                                       : QStringLiteral("      "))
                   .arg(r.targetMs > 0
                            ? QStringLiteral("target %1 ms %2").arg(r.targetMs).arg(r.note)
                            : r.note);
    out << QStringLiteral("peak memory %1 MB (target ≤ 300 MB)\n").arg(rss, 0, 'f', 0);
    return 0;
}
