#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace dd::ui {

// Shown while no office file is open: create, open, try the demo, or pick a recent file. A
// recent file that is no longer where it was is marked (greyed, "file not found"); Delete or
// the context menu takes an entry off the list (the file itself is left alone).
class StartPage final : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);
    void setRecentFiles(const QStringList& paths);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString& path);
    void forgetRequested(const QString& path);

private:
    QLabel* m_recentLabel;
    QListWidget* m_recent;
};

} // namespace dd::ui
