#pragma once

#include <QWidget>

namespace dd {
class OfficeFile;
}

namespace dd::ui {

// One module of the main window (本街道, and later 代表, 活动, 民意...). MainWindow only
// switches between pages; each page owns its logic and talks to core.
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    // Called with the open office, or nullptr when it closes. Never owned by the page.
    virtual void setOffice(OfficeFile* office) = 0;

    // Pages with forms: unsaved edits, save (false when refused, messages shown), revert.
    virtual bool isDirty() const { return false; }
    virtual bool save() { return true; }
    virtual void revert() {}

    // The page is shown again: re-read what other pages may have changed meanwhile.
    virtual void refresh() {}

    // Asks about unsaved edits before the page is left or the office closed.
    bool confirmLeave();

Q_SIGNALS:
    void dirtyChanged(bool dirty);
    // The page saved something that the window shows elsewhere (title, status bar).
    void officeChanged();
};

} // namespace dd::ui
