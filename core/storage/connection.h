#pragma once

#include <QSqlDatabase>
#include <QString>

namespace dd {

// One named QSqlDatabase connection to an office file, owned by this object and used from
// the thread that made it. Every connection gets foreign_keys=ON, trusted_schema=OFF and a
// busy timeout; a read-only one opens the file with mode=ro so that nothing can be written.
class Connection final
{
    Q_DISABLE_COPY_MOVE(Connection)
public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite,
        Create
    };

    static constexpr int kBusyTimeoutMs = 5000; // how long a statement waits for a lock

    Connection(const QString& path, Mode mode);
    ~Connection();

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }

private:
    QString m_name;
    QString m_path;
    Mode m_mode;
};

} // namespace dd
