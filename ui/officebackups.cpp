#include "officebackups.h"

#include "storage/autobackup.h"
#include "storage/error.h"
#include "storage/officefile.h"
#include "storage/sql.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
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
    connect(m_timer, &QTimer::timeout, this, [this] { backUpIfChanged(); });
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

bool OfficeBackups::backUpIfChanged(bool force)
{
    if (!m_office || m_office->isReadOnly())
        return true;
    try {
        const qint64 mark = changeMark();
        if (!force && mark == m_backedUpMark)
            return true;
        const QString path =
            AutoBackup::make(m_office->db(), m_office->path(), folderFor(m_office->path()));
        m_backedUpMark = mark;
        m_lastError.clear();
        Q_EMIT backedUp(path);
        return true;
    } catch (const Error& e) {
        m_lastError = e.message();
        Q_EMIT failed(m_lastError);
        return false;
    }
}

} // namespace dd::ui
