#pragma once

#include "page.h"

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QHBoxLayout;

namespace dd::ui {

// A page showing organisation records as a tree (communities and their grids; the venue
// tree) with buttons below it. Subclasses fill the tree and act on the current item, whose
// Qt::UserRole holds the id and Qt::UserRole + 1 the kind of record ("community", "grid"...).
class TreePage : public Page
{
    Q_OBJECT
public:
    TreePage(const QString& heading, QWidget* parent);

    void setOffice(OfficeFile* office) override;
    void refresh() override { reload(); }
    void reload();
    QTreeWidget* tree() const { return m_tree; }

protected:
    static constexpr int kIdRole = Qt::UserRole;
    static constexpr int kKindRole = Qt::UserRole + 1;

    virtual void fill() = 0;          // m_tree is empty and m_office set
    virtual void updateActions() = 0; // after a selection change or reload
    QPushButton* addButton(const QString& text, const QString& objectName);
    QTreeWidgetItem* item(QTreeWidgetItem* parent, const QStringList& columns, qint64 id,
                          const QString& kind);
    qint64 currentId() const;
    QString currentKind() const;
    void select(const QString& kind, qint64 id);
    bool writable() const;
    void setCount(const QString& text);

    OfficeFile* m_office = nullptr;

private:
    QTreeWidget* m_tree;
    QHBoxLayout* m_actions;
    QLabel* m_count;
};

} // namespace dd::ui
