#pragma once

#include <functional>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace dd {
class OfficeFile;
}

namespace dd::ui {

// Asks for user name and password on opening a file with passwords. A wrong password, a
// locked account or a switched-off one is explained inside the dialog, which stays open
// until the log-in succeeds or is cancelled.
class LogInDialog final : public QDialog
{
    Q_OBJECT
public:
    // Logs in to the open office.
    LogInDialog(OfficeFile& office, QWidget* parent = nullptr);
    // Hands user name and password to attempt, which throws dd::Error to refuse them.
    using Attempt = std::function<void(const QString& login, const QString& password)>;
    LogInDialog(const QString& intro, Attempt attempt, QWidget* parent = nullptr);
    void showProblem(const QString& text); // in red, above the buttons
    void chooseAnotherUser();              // the user name selected, to be typed over
    void accept() override;

private:
    Attempt m_attempt;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_error;
};

// Chooses a new password twice: the administrator's on the first opening of a file without
// passwords, one's own, or (administrators) another user's.
class PasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(OfficeFile& office, qint64 userId, const QString& intro,
                   QWidget* parent = nullptr);
    void accept() override;

private:
    OfficeFile& m_office;
    qint64 m_userId;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_error;
};

// The administrator's list of users: add one, reset a password, lift a lock, change a role,
// switch an account off or on.
class UsersDialog final : public QDialog
{
    Q_OBJECT
public:
    UsersDialog(OfficeFile& office, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    void reload();
    qint64 currentId() const;
    void addUser();
    void resetPassword();
    void unlock();
    void toggleActive();
    void changeRole();
    void updateButtons(); // "switch off" or "switch on", for the current row

    OfficeFile& m_office;
    QTableWidget* m_table;
    QPushButton* m_active;
};

// A new user's name, role and first password.
class NewUserDialog final : public QDialog
{
    Q_OBJECT
public:
    NewUserDialog(OfficeFile& office, QWidget* parent = nullptr);
    void accept() override;

private:
    OfficeFile& m_office;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_password;
    QLabel* m_error;
};

} // namespace dd::ui
