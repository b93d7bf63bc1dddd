#include "errors.h"

#include "storage/error.h"
#include "widgets/busycursor.h"

#include <atomic>
#include <exception>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

namespace dd::ui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::ui::Errors)
};
} // namespace

void showError(QWidget* parent, const QString& action, const Error& error)
{
    QMessageBox box(QMessageBox::Warning, action, action, QMessageBox::Ok, parent);
    box.setInformativeText(error.message());
    if (error.nativeCode() != 0)
        box.setDetailedText(Text::tr("SQLite result code: %1").arg(error.nativeCode()));
    box.exec();
}

namespace {
// Runs work on a worker thread while `progress` (modal) keeps the window responsive;
// rethrows what the work threw.
void runBehind(QProgressDialog& progress, const std::function<void()>& work)
{
    std::exception_ptr failure;
    QFutureWatcher<void> watcher;
    progress.setWindowModality(Qt::WindowModal);
    // Shown once the work has taken 300 ms. (setMinimumDuration would not do: the dialog's
    // own timer takes a new duration only from setValue, which a busy dialog never gets, and
    // keeps its default of four seconds.)
    QTimer::singleShot(300, &progress, &QWidget::show);
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&work, &failure] {
        try {
            work();
        } catch (...) {
            failure = std::current_exception();
        }
    }));
    if (!watcher.isFinished())
        loop.exec();
    progress.reset();
    if (failure)
        std::rethrow_exception(failure);
}

// A progress dialog that stays up until its work has stopped (the window behind it must not
// be used meanwhile): Cancel, Escape or closing it only asks the work to stop.
class StoppableProgress final : public QProgressDialog
{
public:
    StoppableProgress(const QString& label, QWidget* parent)
        : QProgressDialog(label, Text::tr("Cancel"), 0, 0, parent)
    {
        // QProgressDialog's own answer to canceled() hides it at once.
        disconnect(this, SIGNAL(canceled()), this, SLOT(cancel()));
        setAutoReset(false);
        setAutoClose(false);
    }
    void reject() override { Q_EMIT canceled(); } // Escape

protected:
    void closeEvent(QCloseEvent* event) override
    {
        event->ignore();
        Q_EMIT canceled();
    }
};
} // namespace

void runBusy(QWidget* parent, const QString& label, const std::function<void()>& work)
{
    QProgressDialog progress(label, QString(), 0, 0, parent);
    progress.setCancelButton(nullptr);
    runBehind(progress, work);
}

void runWithProgress(QWidget* parent, const QString& label,
                     const std::function<void(const ReportProgress&)>& work,
                     const std::function<void()>& stopNow)
{
    StoppableProgress progress(label, parent);
    std::atomic<bool> cancelled = false;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] {
        if (cancelled.exchange(true)) // seen at the work's next report
            return;
        if (auto* button = progress.findChild<QPushButton*>())
            button->setEnabled(false);
        if (stopNow) {
            progress.setLabelText(Text::tr("Stopping…"));
            stopNow();
        } else {
            progress.setLabelText(Text::tr("Stopping after the step under way…"));
        }
    });
    const ReportProgress report = [&](int done, int total, const QString& doing) {
        // To the dialog's thread; what is still queued when it closes is dropped with it.
        QMetaObject::invokeMethod(
            &progress,
            [&progress, &label, &cancelled, done, total, doing] {
                if (!cancelled)
                    progress.setLabelText(label + QLatin1Char('\n') + doing);
                progress.setMaximum(total);
                progress.setValue(done);
            },
            Qt::QueuedConnection);
        return !cancelled;
    };
    runBehind(progress, [&] { work(report); });
}

void runCheckedImport(QWidget* parent, const QString& title, const QString& failing,
                      const std::function<std::pair<bool, QString>(bool dryRun)>& run)
{
    try {
        std::pair<bool, QString> checked;
        {
            BusyCursor busy;
            checked = run(true);
        }
        const auto& [ok, text] = checked;
        if (!ok) {
            QMessageBox box(QMessageBox::Warning, title,
                            QCoreApplication::translate("dd::ui::Import", "Nothing was imported."),
                            QMessageBox::Ok, parent);
            box.setObjectName(QStringLiteral("importReport"));
            box.setDetailedText(text);
            box.setInformativeText(text.section(QLatin1Char('\n'), 0, 5));
            box.exec();
            return;
        }
        if (QMessageBox::question(parent, title,
                                  text + QStringLiteral("\n\n") +
                                      QCoreApplication::translate(
                                          "dd::ui::Import", "Import now?")) != QMessageBox::Yes)
            return;
        QString done;
        {
            BusyCursor busy;
            done = run(false).second;
        }
        QMessageBox::information(parent, title, done);
    } catch (const Error& e) {
        showError(parent, failing, e);
    }
}

} // namespace dd::ui
