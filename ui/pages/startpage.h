#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace dd::ui {

// Shown while no office file is open: create, open, try the demo, or pick a recent file.
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

private:
    QLabel* m_recentLabel;
    QListWidget* m_recent;
};

} // namespace dd::ui
