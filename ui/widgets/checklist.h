#pragma once

#include "org/pinyin.h"
#include "org/recordstore.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QListWidget;

namespace dd::ui {

// A list of choices to tick (group members, responsible deputies, a community's districts),
// with a filter line; when allowNew, a name typed there that is not in the list can be added.
// "Ticked only (N)" under the list counts the ticked and shows only them: among a
// district's 11,000 deputies the few ticked are otherwise out of sight.
class CheckList final : public QWidget
{
    Q_OBJECT
public:
    explicit CheckList(QWidget* parent = nullptr);

    void setChoices(const QList<Choice>& choices);
    void setAllowNew(bool allow);
    // Ids of ticked choices, and new names as QString.
    QVariantList checked() const;
    void setChecked(const QVariantList& ids);
    QListWidget* list() const { return m_list; }
    QLineEdit* filter() const { return m_filter; }
    QCheckBox* tickedOnly() const { return m_tickedOnly; }

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();
    void addTyped();
    void countLater();
    void count();

    QCheckBox* m_tickedOnly;
    bool m_countPending = false;
    QLineEdit* m_filter;
    QListWidget* m_list;
    NameFilter m_names;
    bool m_allowNew = false;
};

} // namespace dd::ui
