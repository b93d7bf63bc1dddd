// Log-in, roles and the hash-chained audit trail (issue 6), on real office files.
#include "activity/activityrepository.h"
#include "demo/demooffice.h"
#include "io/auditexport.h"
#include "io/roster.h"
#include "io/sheettable.h"
#include "opinion/opinionrepository.h"
#include "org/deputyrepository.h"
#include "org/officesettings.h"
#include "org/selection.h"
#include "org/workcalendar.h"
#include "storage/auditlog.h"
#include "storage/autobackup.h"
#include "storage/backup.h"
#include "storage/error.h"
#include "storage/integrity.h"
#include "storage/officefile.h"
#include "storage/password.h"
#include "storage/sql.h"
#include "storage/userrepository.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <functional>
#include <QFileInfo>

using namespace dd;
using dd::test::TempDir;

namespace {
qint64 auditRows(const QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
}

Error::Kind logInFailure(OfficeFile& office, const QString& login, const QString& password,
                         const QDateTime& now)
{
    try {
        UserRepository::authenticate(office.db(), login, password, true, now);
    } catch (const Error& e) {
        return e.kind();
    }
    FAIL("the log-in was accepted");
    return Error::Kind::Io;
}

qint64 userId(const QSqlDatabase& db, const QString& login)
{
    return sql::scalar(db, QStringLiteral("SELECT id FROM users WHERE login = ?"), {login})
        .toLongLong();
}

// Runs a statement with the audit log's protection switched off, as someone editing the
// file with the sqlite3 shell would.
void tamper(const QString& path, const QString& statement, bool putBack = true)
{
    const QString name = QStringLiteral("tamper");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        sql::run(db, QStringLiteral("DROP TRIGGER audit_log_no_update"));
        sql::run(db, QStringLiteral("DROP TRIGGER audit_log_no_delete"));
        sql::run(db, statement);
        // put the triggers back so that only the chain can tell
        if (putBack)
            sql::run(db, QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON "
                                        "audit_log BEGIN SELECT RAISE(ABORT, 'no'); END"));
        if (putBack)
            sql::run(db, QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON "
                                        "audit_log BEGIN SELECT RAISE(ABORT, 'no'); END"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

std::unique_ptr<OfficeFile> openReadOnly(const QString& path)
{
    OpenOptions options;
    options.readOnly = true;
    return OfficeFile::open(path, options);
}

const IntegrityItem& chainItem(const IntegrityReport& report)
{
    for (const IntegrityItem& item : report.items)
        if (item.key == QLatin1String("audit_chain"))
            return item;
    FAIL("no audit_chain item");
    return report.items.first();
}
} // namespace

TEST_CASE("Passwords are Argon2id hashes that verify only the right password")
{
    const QString hash = hashPassword(QStringLiteral("正确的密码 2026"));
    CHECK(hash.startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=3,")));
    CHECK(verifyPassword(hash, QStringLiteral("正确的密码 2026")));
    CHECK_FALSE(verifyPassword(hash, QStringLiteral("正确的密码 2025")));
    CHECK_FALSE(verifyPassword(QString(), QString()));
    CHECK(hashPassword(QStringLiteral("正确的密码 2026")) != hash); // salted
    CHECK_FALSE(passwordProblem(QStringLiteral("1234567")).isEmpty());
    CHECK(passwordProblem(QStringLiteral("12345678")).isEmpty());
}

TEST_CASE("A file with passwords asks for a log-in and five wrong passwords lock the account")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("office.ddoffice"));
    {
        auto office = test::makeOffice(path);
        CHECK(office->needsPassword());
        CHECK(office->currentUser().role == Role::Admin);
        UserRepository::setPassword(*office, office->currentUser().id,
                                    QStringLiteral("admin-pw-1"));
        UserRepository::add(*office, QStringLiteral("lina"), QStringLiteral("李娜"), Role::Clerk,
                            QStringLiteral("clerk-pw-1"));
        REQUIRE_THROWS_AS(UserRepository::add(*office, QStringLiteral("short"), {}, Role::Clerk,
                                              QStringLiteral("1234")),
                          ValidationError);
        CHECK(UserRepository::all(office->db()).size() == 2);
    }
    auto office = OfficeFile::open(path);
    CHECK_FALSE(office->needsPassword());
    CHECK(office->currentUser().id == 0); // no one until the log-in
    try {
        DeputyRepository::remove(*office, 1);
        FAIL("a change without a log-in");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::LogIn);
    }

    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    const QSqlDatabase db = office->db();
    const qint64 lina = userId(db, QStringLiteral("lina"));
    // unknown users and wrong passwords get the same answer
    CHECK(logInFailure(*office, QStringLiteral("nobody"), QStringLiteral("x"), t0) ==
          Error::Kind::LogIn);
    for (int i = 0; i < UserRepository::kMaxFailedLogins; ++i)
        CHECK(logInFailure(*office, QStringLiteral("LINA"), QStringLiteral("wrong-pw"),
                           t0.addSecs(i)) == Error::Kind::LogIn);
    // locked: even the right password is refused, until 15 minutes have passed
    try {
        UserRepository::authenticate(db, QStringLiteral("lina"), QStringLiteral("clerk-pw-1"), true,
                                     t0.addSecs(14 * 60));
        FAIL("a locked account logged in");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("lina")));
    }
    CHECK(sql::scalar(db,
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                     "'login_failed' AND row_id = ?"),
                      {lina})
              .toInt() == 4);
    CHECK(sql::scalar(db,
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'lock' "
                                     "AND row_id = ?"),
                      {lina})
              .toInt() == 1);
    const UserRef later = UserRepository::authenticate(
        db, QStringLiteral("lina"), QStringLiteral("clerk-pw-1"), true, t0.addSecs(16 * 60));
    CHECK(later.role == Role::Clerk);

    // the administrator lifts a lock before its time and resets passwords; a clerk may only
    // change their own
    for (int i = 0; i < UserRepository::kMaxFailedLogins; ++i)
        logInFailure(*office, QStringLiteral("lina"), QStringLiteral("wrong-pw"), t0);
    CHECK_THROWS_AS(office->logIn(QStringLiteral("lina"), QStringLiteral("clerk-pw-1")), Error);
    office->logIn(QStringLiteral("admin"), QStringLiteral("admin-pw-1"));
    CHECK(office->currentUser().role == Role::Admin);
    UserRepository::unlock(*office, lina);
    office->logIn(QStringLiteral("lina"), QStringLiteral("clerk-pw-1"));
    CHECK(office->currentUser().login == QStringLiteral("lina"));
    try {
        UserRepository::setPassword(*office, userId(db, QStringLiteral("admin")),
                                    QStringLiteral("taken-over"));
        FAIL("a clerk set the administrator's password");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Forbidden);
    }
    UserRepository::setPassword(*office, lina, QStringLiteral("clerk-pw-2"));
    office->logIn(QStringLiteral("admin"), QStringLiteral("admin-pw-1"));
    UserRepository::setPassword(*office, lina, QStringLiteral("clerk-pw-3"));
    CHECK_THROWS_AS(office->logIn(QStringLiteral("lina"), QStringLiteral("clerk-pw-2")), Error);
    office->logIn(QStringLiteral("lina"), QStringLiteral("clerk-pw-3"));
    // the audit trail records each change of password, never the password or its hash
    CHECK(sql::scalar(db,
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                     "'set_password' AND row_id = ?"),
                      {lina})
              .toInt() == 3);
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE after_json LIKE "
                                         "'%pw-%' OR after_json LIKE '%argon%'"))
              .toInt() == 0);

    // a switched-off account says so only to who knows its password
    sql::run(db, QStringLiteral("UPDATE users SET active = 0 WHERE id = ?"), {lina});
    const auto answer = [&](const QString& password) {
        try {
            UserRepository::authenticate(db, QStringLiteral("lina"), password, true);
        } catch (const Error& e) {
            return e.message();
        }
        return QString();
    };
    CHECK(answer(QStringLiteral("wrong-pw")) == QStringLiteral("Wrong user name or password."));
    CHECK(answer(QStringLiteral("clerk-pw-3")).contains(QStringLiteral("switched off")));
    CHECK(checkOffice(path).ok());
}

TEST_CASE("The administrator switches accounts off and on and changes roles, never their own")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    createDemoOffice(path);
    auto office = test::openDemo(path);
    const QSqlDatabase db = office->db();
    const qint64 admin = office->currentUser().id;
    const qint64 lina = userId(db, QStringLiteral("lina"));
    const qint64 zhangwei = userId(db, QStringLiteral("zhangwei"));
    const auto refusal = [](const std::function<void()>& act) {
        try {
            act();
        } catch (const Error& e) {
            CHECK(e.kind() == Error::Kind::Forbidden);
            return e.message();
        }
        FAIL("allowed");
        return QString();
    };

    UserRepository::setActive(*office, lina, false);
    try {
        office->logIn(QStringLiteral("lina"), kDemoPassword);
        FAIL("a switched-off account logged in");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("switched off")));
    }
    CHECK(office->currentUser().id == admin); // a failed log-in leaves the user as it was
    UserRepository::setActive(*office, lina, true);
    office->logIn(QStringLiteral("admin"), kDemoPassword);

    // nobody switches themselves off or changes their own role, so an administrator remains
    CHECK(refusal([&] {
              UserRepository::setActive(*office, admin, false);
          }).contains(QStringLiteral("your own account")));
    CHECK(refusal([&] {
              UserRepository::setRole(*office, admin, Role::Chair);
          }).contains(QStringLiteral("your own role")));
    UserRepository::setRole(*office, zhangwei, Role::Admin);
    office->logIn(QStringLiteral("zhangwei"), kDemoPassword);
    CHECK(office->currentUser().role == Role::Admin);
    UserRepository::setRole(*office, admin, Role::Chair);
    UserRepository::setActive(*office, admin, false);
    CHECK_THROWS_AS(office->logIn(QStringLiteral("admin"), kDemoPassword), Error);
    UserRepository::setActive(*office, admin, true);
    office->logIn(QStringLiteral("admin"), kDemoPassword);
    CHECK(office->currentUser().role == Role::Chair);
    CHECK(refusal([&] {
              UserRepository::setActive(*office, lina, false);
          }).contains(QStringLiteral("manage users")));
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                         "'users' AND action = 'update'"))
              .toInt() == 6);
    CHECK(checkOffice(path).ok());
}

TEST_CASE("Audit rows cut off the end of the chain are found by comparing with the newest backup")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("office.ddoffice"));
    const QString folder = AutoBackup::defaultFolder(path);
    const auto anchor = [&] {
        const IntegrityReport report = checkOffice(path, folder);
        for (const IntegrityItem& item : report.items)
            if (item.key == QStringLiteral("audit_anchor"))
                return item;
        FAIL("no comparison with the backups");
        return IntegrityItem{};
    };
    qint64 lastRow = 0;
    {
        auto office = test::makeOffice(path);
        CHECK(anchor().ok); // no backup yet: nothing to compare with
        for (int i = 0; i < 3; ++i)
            UserRepository::add(*office, QStringLiteral("early%1").arg(i), {}, Role::Clerk);
        AutoBackup::make(office->db(), path, folder, {},
                         QDateTime::currentDateTime().addSecs(-3600));
        lastRow =
            sql::scalar(office->db(), QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong();
        for (int i = 0; i < 3; ++i) // written after the backup: may go without a trace
            UserRepository::add(*office, QStringLiteral("later%1").arg(i), {}, Role::Clerk);
    }
    CHECK(anchor().ok);
    CHECK(anchor().detail.contains(QString::number(lastRow)));

    SECTION("rows after the backup removed: the chain cannot tell, the backup can not either")
    {
        tamper(path, QStringLiteral("DELETE FROM audit_log WHERE id > %1").arg(lastRow));
        CHECK(checkOffice(path).ok());
        CHECK(anchor().ok);
    }
    SECTION("rows the backup holds removed from the end")
    {
        tamper(path, QStringLiteral("DELETE FROM audit_log WHERE id >= %1").arg(lastRow - 1));
        CHECK(checkOffice(path).ok()); // every link that is left holds
        const IntegrityItem item = anchor();
        CHECK_FALSE(item.ok);
        CHECK(item.detail.contains(QString::number(lastRow)));
        CHECK(item.detail.contains(QStringLiteral("removed from the end")));
        CHECK_FALSE(checkOffice(path, folder).ok());
    }
    SECTION("a restore takes rows back legitimately")
    {
        const QString older = AutoBackup::list(path, folder).first().path;
        {
            auto office = OfficeFile::open(path);
            AutoBackup::make(office->db(), path, folder); // newest: holds the later rows
        }
        restoreOffice(older, path);
        CHECK(anchor().ok);
        CHECK(checkOffice(path, folder).ok());
    }
}

TEST_CASE("Core refuses every action the role does not allow, whatever the UI shows")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    createDemoOffice(path);
    OpenOptions options;
    auto office = OfficeFile::open(path, options);
    QSqlDatabase db = office->db(); // the actions read through it
    const qint64 deputy = DeputyRepository::list(db).first().id;
    const qint64 opinion = sql::scalar(db, QStringLiteral("SELECT min(id) FROM opinions "
                                                          "WHERE state = 'registered'"))
                               .toLongLong();
    const qint64 activity =
        sql::scalar(db, QStringLiteral("SELECT min(id) FROM activities")).toLongLong();
    const int year = QDate::currentDate().year();
    const QList<qint64> archived = sql::ids(
        db, QStringLiteral("SELECT id FROM opinions WHERE state = 'archived' ORDER BY id"));
    REQUIRE(archived.size() >= 4);
    const qint64 round = SelectionRepository::rounds(db).first().id;
    office->logIn(QStringLiteral("admin"), kDemoPassword);
    const qint64 other = UserRepository::add(*office, QStringLiteral("other"), {}, Role::Clerk).id;

    struct Action
    {
        const char* name;
        Permission permission;
        std::function<void(int)> run; // the role's index, for unique names
    };
    const QList<Action> actions = {
        {"edit a deputy", Permission::EnterRecords,
         [&](int r) {
             Deputy d = DeputyRepository::load(db, deputy);
             d.notes = QStringLiteral("备注%1").arg(r);
             DeputyRepository::update(*office, d);
         }},
        {"edit an opinion", Permission::EnterRecords,
         [&](int r) {
             Opinion o = OpinionRepository::load(db, opinion);
             o.title = QStringLiteral("楼道照明%1").arg(r);
             OpinionRepository::save(*office, o);
         }},
        {"edit an activity", Permission::EnterRecords,
         [&](int r) {
             Activity a = ActivityRepository::load(db, activity);
             a.title = QStringLiteral("接待选民%1").arg(r);
             ActivityRepository::save(*office, a);
         }},
        {"reveal an ID number", Permission::RevealPersonal,
         [&](int) {
             const QString revealed =
                 DeputyRepository::reveal(*office, deputy, QStringLiteral("idNumber"));
             CHECK(revealed == DeputyRepository::load(db, deputy).idNumber);
         }},
        {"export the roster masked", Permission::ExportMasked,
         [&](int r) {
             const QString out = dir.path(QStringLiteral("masked%1.csv").arg(r));
             exportRoster(*office, out);
             CHECK(QFileInfo::exists(out));
         }},
        {"export the roster unmasked", Permission::ExportUnmasked,
         [&](int r) {
             const QString out = dir.path(QStringLiteral("unmasked%1.csv").arg(r));
             exportRoster(*office, out, true);
             CHECK(QFileInfo::exists(out));
         }},
        {"review a nomination", Permission::ConfirmResults,
         [&](int) {
             for (const Nomination& n : SelectionRepository::nominations(db, round))
                 if (n.stage == NominationStage::Nominated ||
                     n.stage == NominationStage::PreliminaryPassed) {
                     SelectionRepository::review(*office, n.id, true, {});
                     return;
                 }
             FAIL("no nomination left to review");
         }},
        {"reopen an archived opinion", Permission::ReopenArchived,
         [&](int r) {
             const Opinion o = OpinionRepository::load(db, archived.at(r));
             OpinionTransition t;
             t.to = OpinionRepository::nextStates(db, o).first();
             t.note = QStringLiteral("居民补充了材料");
             OpinionRepository::transition(*office, o.id, t);
             CHECK(OpinionRepository::load(db, o.id).state == t.to);
         }},
        {"change the office settings", Permission::ConfigureOffice,
         [&](int r) {
             OfficeSettings s = OfficeRepository::load(*office);
             s.district = QStringLiteral("市北区%1").arg(r);
             OfficeRepository::save(*office, s);
         }},
        {"change the work calendar", Permission::ConfigureOffice,
         [&](int) {
             CalendarRepository::saveYear(*office, year, CalendarRepository::days(db, year));
         }},
        {"change an opinion category", Permission::ConfigureOffice,
         [&](int) {
             OpinionRepository::saveCategory(*office, OpinionRepository::categories(db).first());
         }},
        {"add a user", Permission::ManageUsers,
         [&](int r) {
             UserRepository::add(*office, QStringLiteral("new%1").arg(r), {}, Role::Viewer,
                                 QStringLiteral("new-user-pw"));
         }},
        {"reset another user's password", Permission::ManageUsers,
         [&](int) { UserRepository::setPassword(*office, other, QStringLiteral("other-pw-1")); }},
        {"lift a lock", Permission::ManageUsers,
         [&](int) { UserRepository::unlock(*office, other); }},
        {"switch an account off and on", Permission::ManageUsers,
         [&](int) {
             UserRepository::setActive(*office, other, false);
             UserRepository::setActive(*office, other, true);
         }},
        {"change a user's role", Permission::ManageUsers,
         [&](int r) {
             UserRepository::setRole(*office, other, r % 2 ? Role::Viewer : Role::Chair);
         }},
    };

    // viewer, clerk, chair, admin, and no one logged in: 5 x 16 = 80 cases
    const QList<std::pair<QString, std::optional<Role>>> people = {
        {QStringLiteral("wangfang"), Role::Viewer},
        {QStringLiteral("lina"), Role::Clerk},
        {QStringLiteral("zhangwei"), Role::Chair},
        {QStringLiteral("admin"), Role::Admin},
        {QString(), std::nullopt}};
    int cases = 0;
    for (int r = 0; r < people.size(); ++r) {
        const auto& [login, role] = people.at(r);
        if (role) {
            office->logIn(login, kDemoPassword);
            REQUIRE(office->currentUser().role == *role);
        } else {
            db = QSqlDatabase();
            office.reset();                           // the writer lock goes with it
            office = OfficeFile::open(path, options); // no one logged in
            db = office->db();
        }
        for (const Action& action : actions) {
            INFO(action.name << " as "
                             << (role ? roleKey(*role) : QStringLiteral("no one")).toStdString());
            const bool allowed = role && roleAllows(*role, action.permission);
            CHECK(office->allows(action.permission) == allowed);
            const qint64 before = auditRows(office->db());
            if (allowed) {
                CHECK_NOTHROW(action.run(r));
                if (action.permission != Permission::ExportMasked) // the others are recorded
                    CHECK(auditRows(office->db()) > before);
            } else {
                try {
                    action.run(r);
                    FAIL("allowed");
                } catch (const Error& e) {
                    CHECK(e.kind() == (role ? Error::Kind::Forbidden : Error::Kind::LogIn));
                }
                CHECK(auditRows(office->db()) == before); // nothing was written
            }
            ++cases;
        }
    }
    CHECK(cases >= 40);
    CHECK(checkOffice(path).ok());
}

TEST_CASE("The audit trail is chained: a row changed, removed or slipped in is named")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("office.ddoffice"));
    {
        auto office = test::makeOffice(path);
        for (int i = 0; i < 5; ++i)
            UserRepository::add(*office, QStringLiteral("user%1").arg(i), {}, Role::Clerk);
        const QSqlDatabase db = office->db();
        // the triggers refuse changes, also to the hashes
        CHECK_THROWS_AS(sql::run(db, QStringLiteral("UPDATE audit_log SET action = 'x' "
                                                    "WHERE id = 2")),
                        Error);
        CHECK_THROWS_AS(sql::run(db, QStringLiteral("UPDATE audit_log SET row_hash = 'x' "
                                                    "WHERE id = 2")),
                        Error);
        CHECK_THROWS_AS(sql::run(db, QStringLiteral("DELETE FROM audit_log WHERE id = 2")), Error);
        const AuditChainCheck chain = verifyAuditChain(db);
        CHECK(chain.ok());
        CHECK(chain.rows == auditRows(db));
    }
    const QString original = dir.path(QStringLiteral("original.ddoffice"));
    REQUIRE(QFile::copy(path, original));
    const auto fresh = [&] {
        QFile::remove(path);
        REQUIRE(QFile::copy(original, path));
    };

    SECTION("a changed row")
    {
        tamper(path, QStringLiteral("UPDATE audit_log SET user_login = 'someone' WHERE id = 4"));
        const IntegrityReport report = checkOffice(path);
        CHECK_FALSE(report.ok());
        CHECK(chainItem(report).detail.contains(QStringLiteral("4")));
        const auto office = openReadOnly(path);
        const AuditChainCheck chain = verifyAuditChain(office->db());
        CHECK(chain.firstBadId == 4);
        CHECK_FALSE(chain.brokenLink);
    }
    SECTION("a changed row whose hash was recomputed by hand breaks the next link")
    {
        tamper(path, QStringLiteral("UPDATE audit_log SET row_hash = 'f00d' WHERE id = 3"));
        const auto office = openReadOnly(path);
        const AuditChainCheck chain = verifyAuditChain(office->db());
        CHECK(chain.firstBadId == 3);
    }
    SECTION("a removed row")
    {
        tamper(path, QStringLiteral("DELETE FROM audit_log WHERE id = 5"));
        const auto office = openReadOnly(path);
        const AuditChainCheck chain = verifyAuditChain(office->db());
        CHECK(chain.firstBadId == 6);
        CHECK(chain.brokenLink);
    }
    SECTION("a row slipped in")
    {
        tamper(path, QStringLiteral("INSERT INTO audit_log (id, at, user_login, action, "
                                    "prev_hash, row_hash) SELECT 1000, at, 'x', 'insert', "
                                    "row_hash, row_hash FROM audit_log ORDER BY id DESC LIMIT 1"));
        const auto office = openReadOnly(path);
        CHECK(verifyAuditChain(office->db()).firstBadId == 1000);
    }
    SECTION("the protection removed")
    {
        tamper(path, QStringLiteral("SELECT 1"), false);
        const auto office = openReadOnly(path);
        const AuditChainCheck chain = verifyAuditChain(office->db());
        CHECK(chain.firstBadId == 0);
        CHECK_FALSE(chain.triggersPresent);
    }
    fresh();
    CHECK(checkOffice(path).ok());
}

TEST_CASE("The audit trail reads by day, user, action and text, and exports for chairs")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    createDemoOffice(path);
    auto office = test::openDemo(path);
    const QSqlDatabase db = office->db();
    const qint64 all = countAudit(db, {});
    CHECK(all == auditRows(db));
    const QList<AuditRecord> newest = readAudit(db, {}, 10);
    REQUIRE(newest.size() == 10);
    CHECK(newest.first().action == QStringLiteral("login")); // the newest first
    CHECK(newest.first().id > newest.last().id);

    AuditFilter logins;
    logins.action = QStringLiteral("login");
    logins.userLogin = QStringLiteral("admin");
    CHECK(countAudit(db, logins) == 1);
    AuditFilter today;
    today.from = QDate::currentDate();
    today.to = QDate::currentDate();
    CHECK(countAudit(db, today) == all); // the demo was written today
    today.from = QDate::currentDate().addDays(1);
    today.to = {};
    CHECK(countAudit(db, today) == 0);
    AuditFilter text;
    text.text = QStringLiteral("wangfang");
    CHECK(countAudit(db, text) == 1); // the user's insert row
    CHECK(auditActions(db).contains(QStringLiteral("transition")));
    CHECK(auditActionName(QStringLiteral("login")) == QStringLiteral("Logged in"));

    const QString out = dir.path(QStringLiteral("audit.csv"));
    CHECK(exportAudit(*office, logins, out) == 1);
    const SheetTable sheet = readSheetTable(out);
    CHECK(sheet.header.first() == QStringLiteral("序号"));
    REQUIRE(sheet.rows.size() == 1);
    CHECK(sheet.rows.first().at(2) == QStringLiteral("admin"));
    CHECK(sheet.rows.first().at(3) == QStringLiteral("Logged in"));

    office->logIn(QStringLiteral("lina"), kDemoPassword); // a clerk may not
    try {
        exportAudit(*office, {}, dir.path(QStringLiteral("clerk.csv")));
        FAIL("a clerk exported the audit trail");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Forbidden);
    }
}
