#include "officebackups.h"

#include "errors.h"
#include "storage/autobackup.h"
#include "storage/error.h"
#include "storage/officefile.h"
#include "storage/sql.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

namespace dd::ui {

namespace {
QString settingsKey(const QString& officePath)
{
    const QByteArray path = QFileInfo(officePath).absoluteFilePath().toUtf8();
    return QStringLiteral("backupFolders/") +
           QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}
} // namespace

OfficeBackups::OfficeBackups(QObject* parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setInterval(kIntervalMinutes * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &OfficeBackups::backUpInBackground);
    connect(&m_background, &QFutureWatcher<Result>::finished, this,
            [this] { finish(m_background.result(), m_backgroundMark); });
}

OfficeBackups::~OfficeBackups()
{
    m_background.waitForFinished();
}

QString OfficeBackups::folderFor(const QString& officePath)
{
    return QSettings()
        .value(settingsKey(officePath), AutoBackup::defaultFolder(officePath))
        .toString();
}

void OfficeBackups::setFolderFor(const QString& officePath, const QString& folder)
{
    QSettings().setValue(settingsKey(officePath), folder);
}

void OfficeBackups::setOffice(OfficeFile* office)
{
    m_background.waitForFinished(); // a backup still reading the file it was started for
    m_office = office;
    m_lastError.clear();
    if (!office || office->isReadOnly()) {
        m_timer->stop();
        return;
    }
    m_backedUpMark = changeMark();
    m_timer->start();
}

qint64 OfficeBackups::changeMark() const
{
    return sql::scalar(m_office->db(), QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"))
        .toLongLong();
}

OfficeBackups::Result OfficeBackups::run(const QString& officePath, const QString& folder)
{
    try {
        return {officePath, AutoBackup::makeFromFile(officePath, folder), {}};
    } catch (const Error& e) {
        return {officePath, {}, e.message()};
    }
}

void OfficeBackups::finish(const Result& result, qint64 mark)
{
    if (!result.error.isEmpty()) {
        m_lastError = result.error;
        Q_EMIT failed(m_lastError);
        return;
    }
    if (m_office && m_office->path() == result.officePath) // not one of a file closed since
        m_backedUpMark = mark;
    m_lastError.clear();
    Q_EMIT backedUp(result.path);
}

void OfficeBackups::backUpInBackground()
{
    if (!m_office || m_office->isReadOnly() || m_background.isRunning())
        return;
    try {
        m_backgroundMark = changeMark();
    } catch (const Error& e) {
        finish({m_office->path(), {}, e.message()}, 0);
        return;
    }
    if (m_backgroundMark == m_backedUpMark)
        return;
    m_background.setFuture(
        QtConcurrent::run(&OfficeBackups::run, m_office->path(), folderFor(m_office->path())));
}

bool OfficeBackups::backUpIfChanged(QWidget* parent, bool force)
{
    if (!m_office || m_office->isReadOnly())
        return true;
    m_background.waitForFinished();
    Result result{m_office->path(), {}, {}};
    qint64 mark = 0;
    try {
        mark = changeMark();
        if (!force && mark == m_backedUpMark)
            return true;
        const QString path = m_office->path();
        const QString folder = folderFor(path);
        runBusy(parent, tr("Backing up the office file…"), [&] { result = run(path, folder); });
    } catch (const Error& e) {
        result.error = e.message();
    }
    finish(result, mark);
    return result.error.isEmpty();
}

} // namespace dd::ui
