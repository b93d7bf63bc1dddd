#include "officelock.h"

#include "displayformat.h"
#include "lockederror.h"

#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSysInfo>
#include <unistd.h>

namespace dd {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::OfficeLock)
};

QString thisHost()
{
    return QSysInfo::machineHostName();
}

QString thisUser()
{
    if (const passwd* entry = ::getpwuid(::getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER");
}

LockHolder::State stateOf(const LockHolder& holder)
{
    if (holder.host != thisHost() || holder.pid <= 0)
        return LockHolder::State::Unknown;
    if (::kill(static_cast<pid_t>(holder.pid), 0) == 0 || errno == EPERM)
        return LockHolder::State::Alive;
    return LockHolder::State::Stale;
}

} // namespace

QJsonObject LockHolder::toJson() const
{
    return {{QStringLiteral("host"), host},
            {QStringLiteral("pid"), pid},
            {QStringLiteral("since"), since.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("user"), user},
            {QStringLiteral("app"), app}};
}

QString LockHolder::describe() const
{
    const QString when = since.isValid() ? displayDateTime(since) : Text::tr("an unknown time");
    return Text::tr("%1 on %2, process %3, since %4")
        .arg(user.isEmpty() ? Text::tr("someone") : user,
             host.isEmpty() ? Text::tr("an unknown computer") : host)
        .arg(pid)
        .arg(when);
}

LockedError::LockedError(const QString& path, LockHolder holder)
    : Error(Kind::Locked,
            holder.state == LockHolder::State::Stale
                ? Text::tr(
                      "%1 was left locked by a program that is no longer running (%2). "
                      "An administrator can break the lock, or the file can be opened read-only.")
                      .arg(path, holder.describe())
                : Text::tr("%1 is already open for writing by %2. It can be opened read-only.")
                      .arg(path, holder.describe())),
      m_holder(std::move(holder))
{
}

OfficeLock::OfficeLock(const QString& officePath)
    : m_officePath(officePath), m_lockPath(lockPathFor(officePath))
{
}

OfficeLock::~OfficeLock()
{
    release();
}

QString OfficeLock::lockPathFor(const QString& officePath)
{
    const QFileInfo info(officePath);
    const QString canonical = info.canonicalFilePath();
    return (canonical.isEmpty() ? info.absoluteFilePath() : canonical) + QStringLiteral(".lock");
}

std::optional<LockHolder> OfficeLock::readHolder(const QString& officePath)
{
    QFile file(lockPathFor(officePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    LockHolder holder;
    holder.host = json.value(QStringLiteral("host")).toString();
    holder.pid = json.value(QStringLiteral("pid")).toInteger();
    holder.since =
        QDateTime::fromString(json.value(QStringLiteral("since")).toString(), Qt::ISODate);
    holder.user = json.value(QStringLiteral("user")).toString();
    holder.app = json.value(QStringLiteral("app")).toString();
    if (!holder.since.isValid())
        holder.since = QFileInfo(file).lastModified();
    holder.state = stateOf(holder);
    return holder;
}

bool OfficeLock::tryCreate(const QString& app)
{
    QFile file(m_lockPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (QFileInfo::exists(m_lockPath))
            return false;
        throw Error(Error::Kind::ReadOnly,
                    Text::tr("Cannot create the lock file %1: %2. The folder may be read-only; "
                             "the office file can still be opened read-only.")
                        .arg(m_lockPath, file.errorString()));
    }
    LockHolder me;
    me.host = thisHost();
    me.pid = QCoreApplication::applicationPid();
    me.since = QDateTime::currentDateTimeUtc();
    me.user = thisUser();
    me.app = app;
    file.write(QJsonDocument(me.toJson()).toJson(QJsonDocument::Compact));
    if (!file.flush())
        throw Error(
            Error::Kind::Io,
            Text::tr("Cannot write the lock file %1: %2").arg(m_lockPath, file.errorString()));
    m_held = true;
    return true;
}

void OfficeLock::acquire(const QString& app)
{
    if (m_held || tryCreate(app))
        return;
    std::optional<LockHolder> holder = readHolder(m_officePath);
    if (!holder && tryCreate(app)) // released between our two looks
        return;
    throw LockedError(m_officePath, holder.value_or(LockHolder{}));
}

LockHolder OfficeLock::breakAndAcquire(const QString& app)
{
    std::optional<LockHolder> holder = readHolder(m_officePath);
    if (holder && holder->state == LockHolder::State::Alive)
        throw LockedError(m_officePath, *holder);
    if (holder && !QFile::remove(m_lockPath) && QFileInfo::exists(m_lockPath))
        throw Error(Error::Kind::Io, Text::tr("Cannot remove the lock file %1.").arg(m_lockPath));
    acquire(app);
    return holder.value_or(LockHolder{});
}

void OfficeLock::release()
{
    if (!m_held)
        return;
    QFile::remove(m_lockPath);
    m_held = false;
}

} // namespace dd
