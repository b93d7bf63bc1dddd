#pragma once

#include <optional>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace dd {

// Who holds the writer lock of an office file.
struct LockHolder
{
    QString host;
    qint64 pid = 0;
    QDateTime since;
    QString user; // operating-system account
    QString app;  // "deputydesk" or "deputydesk-cli"

    enum class State
    {
        Alive,   // a running process on this machine
        Stale,   // same machine, the process is gone (killed, crashed)
        Unknown, // another machine: cannot be checked from here
    };
    State state = State::Unknown;

    QJsonObject toJson() const;
    QString describe() const; // "host, process 123, since 2026-11-23 10:00"
};

// One writer per office file: a lock file beside it ("<file>.lock"), created atomically
// (O_EXCL), holding host, process id and time. A second writer reads the holder back to say
// who has the file. The lock is released when this object is destroyed.
class OfficeLock final
{
    Q_DISABLE_COPY_MOVE(OfficeLock)
public:
    explicit OfficeLock(const QString& officePath);
    ~OfficeLock();

    static QString lockPathFor(const QString& officePath);
    static std::optional<LockHolder> readHolder(const QString& officePath);

    // Takes the lock or throws dd::Error (Locked, naming the holder; Io).
    void acquire(const QString& app);
    // Removes a lock whose holder is Stale or Unknown and takes it; refuses a live one.
    // Returns the holder that was broken, for the audit log.
    LockHolder breakAndAcquire(const QString& app);
    void release();
    bool isHeld() const { return m_held; }

private:
    bool tryCreate(const QString& app);

    QString m_officePath;
    QString m_lockPath;
    bool m_held = false;
};

} // namespace dd
