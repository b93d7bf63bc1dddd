#pragma once

// Helpers shared by the QTest-driven page tests.
#include <catch2/catch.hpp>
#include <functional>
#include <QApplication>
#include <QDialog>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace dd::test {

// A click on a column's header, as a user sorts by it.
inline void clickHeader(QTableView* table, int column)
{
    QHeaderView* header = table->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                    header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

// The named child widget, failing the test when there is none.
template <typename T> T* child(QObject* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

// Commits text as a Chinese input method does (QTest::keyClicks knows only ASCII).
inline void type(QWidget* edit, const QString& text)
{
    edit->setFocus();
    if (auto* line = qobject_cast<QLineEdit*>(edit))
        line->selectAll();
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(edit, &commit);
}

// Runs act on the modal dialog of type T that the next action opens (exec() blocks), once
// one is showing for which match (if given) holds; polls for up to five seconds.
template <typename T>
void whenDialogOpens(std::function<void(T*)> act, std::function<bool(T*)> match = {},
                     int attempts = 500)
{
    QTimer::singleShot(10, [act, match, attempts] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible() || (match && !match(dialog))) {
            REQUIRE(attempts > 0);
            whenDialogOpens<T>(act, match, attempts - 1);
            return;
        }
        act(dialog);
    });
}

// Answers the dialog that opening an office file shows: logs in to a file with passwords, or
// sets the administrator's password (kDemoPassword) of a file without.
inline void passOpeningDialog(const QString& login = QStringLiteral("admin"),
                              const QString& password = QStringLiteral("demo1234"))
{
    whenDialogOpens<QDialog>(
        [login, password](QDialog* dialog) {
            if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("login")))
                name->setText(login);
            dialog->findChild<QLineEdit*>(QStringLiteral("password"))->setText(password);
            if (auto* repeat = dialog->findChild<QLineEdit*>(QStringLiteral("repeat")))
                repeat->setText(password);
            dialog->accept();
        },
        [](QDialog* dialog) {
            return dialog->objectName() == QLatin1String("logInDialog") ||
                   dialog->objectName() == QLatin1String("passwordDialog");
        });
}

} // namespace dd::test
