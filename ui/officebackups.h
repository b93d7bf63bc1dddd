#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

class QTimer;
class QWidget;

namespace dd {
class OfficeFile;
}

namespace dd::ui {

// The automatic backups of the open office file: one when it is closed and at most every
// 30 minutes while it is being changed (core's AutoBackup: verified snapshot, rotation). The
// 30-minute ones run on a worker thread with a connection of their own, so that the window
// does not stop on a large file; the others show a busy dialog. The folder is kept per office
// file in the settings (default: beside the file).
class OfficeBackups final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMinutes = 30;

    explicit OfficeBackups(QObject* parent = nullptr);
    ~OfficeBackups() override;

    // The open file (nullptr when none). Call before the file closes; waits for a backup
    // still running.
    void setOffice(OfficeFile* office);
    // Backs up now when something was written since the last backup (or always when force),
    // with a busy dialog over parent. Returns false with the reason in lastError() when the
    // backup failed.
    bool backUpIfChanged(QWidget* parent, bool force = false);
    // The 30-minute backup: on a worker thread when something changed; reports by signal.
    void backUpInBackground();
    const QString& lastError() const { return m_lastError; }

    static QString folderFor(const QString& officePath);
    static void setFolderFor(const QString& officePath, const QString& folder);

Q_SIGNALS:
    // A backup was made (path), or failed (the reason, translated).
    void backedUp(const QString& path);
    void failed(const QString& reason);

private:
    struct Result
    {
        QString officePath; // the file backed up
        QString path;       // the backup, when made
        QString error;
    };
    static Result run(const QString& officePath, const QString& folder);
    qint64 changeMark() const; // the newest audit row: every change writes one
    void finish(const Result& result, qint64 mark);

    OfficeFile* m_office = nullptr;
    QTimer* m_timer;
    QFutureWatcher<Result> m_background;
    qint64 m_backgroundMark = 0;
    qint64 m_backedUpMark = -1;
    QString m_lastError;
};

} // namespace dd::ui
