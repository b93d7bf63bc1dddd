#include "errors.h"

#include "storage/error.h"

#include <exception>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
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

void runBusy(QWidget* parent, const QString& label, const std::function<void()>& work)
{
    std::exception_ptr failure;
    QFutureWatcher<void> watcher;
    QProgressDialog progress(label, QString(), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setCancelButton(nullptr);
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

void runCheckedImport(QWidget* parent, const QString& title, const QString& failing,
                      const std::function<std::pair<bool, QString>(bool dryRun)>& run)
{
    try {
        const auto [ok, text] = run(true);
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
        QMessageBox::information(parent, title, run(false).second);
    } catch (const Error& e) {
        showError(parent, failing, e);
    }
}

} // namespace dd::ui
