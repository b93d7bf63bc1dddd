#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace dd {
class OfficeFile;
}

namespace dd::ui {

// The automatic backups of the open office file: one when it is closed and at most every
// 30 minutes while it is being changed (core's AutoBackup: verified snapshot, 14/8/12
// rotation). The folder is kept per office file in the settings (default: beside the file).
class OfficeBackups final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMinutes = 30;

    explicit OfficeBackups(QObject* parent = nullptr);

    // The open file (nullptr when none). Call before the file closes.
    void setOffice(OfficeFile* office);
    // Backs up when something was written since the last backup (or always when force).
    // Returns false with the reason in lastError() when the backup failed.
    bool backUpIfChanged(bool force = false);
    const QString& lastError() const { return m_lastError; }

    static QString folderFor(const QString& officePath);
    static void setFolderFor(const QString& officePath, const QString& folder);

Q_SIGNALS:
    // A backup was made (path), or failed (the reason, translated).
    void backedUp(const QString& path);
    void failed(const QString& reason);

private:
    qint64 changeMark() const; // the newest audit row: every change writes one

    OfficeFile* m_office = nullptr;
    QTimer* m_timer;
    qint64 m_backedUpMark = -1;
    QString m_lastError;
};

} // namespace dd::ui
