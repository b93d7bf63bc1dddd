#pragma once

#include "org/recordstore.h"

#include <QWidget>

class QComboBox;
class QListWidget;
class QPushButton;

namespace dd::ui {

// Choices whose order matters (a suggestion's deputies: the first leads): the chosen ones in a
// list with Move up, Move down and Remove (or Delete), and a box under it to add one, which can
// be typed into (part of a name, its pinyin or initials) when the choices are many.
class OrderedChoices final : public QWidget
{
    Q_OBJECT
public:
    // firstFormat marks the first entry, as "%1 (leading)"; addPrompt is the box's first entry.
    OrderedChoices(const QString& firstFormat, const QString& addPrompt, QWidget* parent = nullptr);

    // What may be added.
    void setChoices(const QList<Choice>& choices);
    // The chosen, in order, with their labels (which may name some not among the choices).
    void setChosen(const QList<Choice>& chosen);
    QList<qint64> chosen() const;

    QListWidget* list() const { return m_list; }
    QComboBox* adder() const { return m_adder; }

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void add(int index);
    void move(int by);
    void remove();
    void relabel();

    QListWidget* m_list;
    QComboBox* m_adder;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_remove;
    QString m_firstFormat;
    QString m_addPrompt;
};

} // namespace dd::ui
