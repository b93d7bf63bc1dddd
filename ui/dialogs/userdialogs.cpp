#include "userdialogs.h"

#include "errors.h"
#include "storage/error.h"
#include "storage/officefile.h"
#include "storage/password.h"
#include "storage/userrepository.h"
#include "widgets/dialogbuttons.h"
#include "widgets/listtable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

namespace {
const QString kLastLoginKey = QStringLiteral("login/last");

QLabel* errorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error"));
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void setProblem(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLineEdit* passwordEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(128);
    return edit;
}

// The message of a refused password: the field's own message when core names one.
QString messageOf(const Error& e)
{
    if (const auto* v = dynamic_cast<const ValidationError*>(&e); v && !v->fieldErrors().isEmpty())
        return v->fieldErrors().first().message;
    return e.message();
}
} // namespace

LogInDialog::LogInDialog(OfficeFile& office, QWidget* parent)
    : LogInDialog(
          tr("Log in to %1.").arg(office.path()),
          [&office](const QString& login, const QString& password) {
              office.logIn(login, password);
          },
          parent)
{
}

LogInDialog::LogInDialog(const QString& intro, Attempt attempt, QWidget* parent)
    : QDialog(parent), m_attempt(std::move(attempt)), m_login(new QLineEdit(this)),
      m_password(passwordEdit(QStringLiteral("password"), this)), m_error(errorLabel(this))
{
    setObjectName(QStringLiteral("logInDialog"));
    setWindowTitle(tr("Log in"));
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setText(QSettings().value(kLastLoginKey).toString());
    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto* text = new QLabel(intro, this);
    text->setObjectName(QStringLiteral("intro"));
    text->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancelButtons(this));
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
    resize(420, sizeHint().height());
}

void LogInDialog::showProblem(const QString& text)
{
    setProblem(m_error, text);
}

void LogInDialog::chooseAnotherUser()
{
    m_login->selectAll();
    m_login->setFocus();
}

void LogInDialog::accept()
{
    if (m_login->text().trimmed().isEmpty()) {
        showProblem(tr("Enter your user name."));
        m_login->setFocus();
        return;
    }
    try {
        m_attempt(m_login->text(), m_password->text());
    } catch (const Error& e) {
        showProblem(e.message());
        m_password->clear();
        m_password->setFocus();
        return;
    }
    QSettings().setValue(kLastLoginKey, m_login->text().trimmed());
    QDialog::accept();
}

PasswordDialog::PasswordDialog(OfficeFile& office, qint64 userId, const QString& intro,
                               QWidget* parent)
    : QDialog(parent), m_office(office), m_userId(userId),
      m_password(passwordEdit(QStringLiteral("password"), this)),
      m_repeat(passwordEdit(QStringLiteral("repeat"), this)), m_error(errorLabel(this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Set a password"));
    auto* text = new QLabel(intro, this);
    text->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("New &password:"), m_password);
    form->addRow(tr("&Repeat it:"), m_repeat);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("At least 8 characters."), this));
    layout->addWidget(m_error);
    layout->addWidget(okCancelButtons(this));
    m_password->setFocus();
    resize(460, sizeHint().height());
}

void PasswordDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        setProblem(m_error, tr("The two passwords differ; type the same password twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    try {
        UserRepository::setPassword(m_office, m_userId, m_password->text());
    } catch (const Error& e) {
        setProblem(m_error, messageOf(e));
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

UsersDialog::UsersDialog(OfficeFile& office, QWidget* parent)
    : QDialog(parent), m_office(office), m_table(new QTableWidget(this)),
      m_active(new QPushButton(tr("S&witch off"), this))
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users and passwords"));
    m_table->setObjectName(QStringLiteral("users"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Name"), tr("Role"), tr("State")});
    setUpListTable(m_table);
    auto* add = new QPushButton(tr("&Add a user…"), this);
    auto* reset = new QPushButton(tr("&Reset password…"), this);
    auto* unlock = new QPushButton(tr("&Lift the lock"), this);
    auto* role = new QPushButton(tr("Change r&ole…"), this);
    add->setObjectName(QStringLiteral("add"));
    reset->setObjectName(QStringLiteral("reset"));
    unlock->setObjectName(QStringLiteral("unlock"));
    role->setObjectName(QStringLiteral("role"));
    m_active->setObjectName(QStringLiteral("active"));
    connect(add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(reset, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(unlock, &QPushButton::clicked, this, &UsersDialog::unlock);
    connect(role, &QPushButton::clicked, this, &UsersDialog::changeRole);
    connect(m_active, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    connect(m_table, &QTableWidget::currentCellChanged, this, &UsersDialog::updateButtons);
    auto* row = new QHBoxLayout;
    for (QPushButton* b : {add, reset, unlock, role, m_active}) {
        row->addWidget(b);
        b->setEnabled(office.allows(Permission::ManageUsers));
    }
    row->addStretch(1);
    QDialogButtonBox* close = closeButtons(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(row);
    layout->addWidget(close);
    resize(640, 380);
    reload();
}

void UsersDialog::reload()
{
    const QList<UserAccount> accounts = UserRepository::accounts(m_office.db());
    m_table->setRowCount(int(accounts.size()));
    for (int r = 0; r < accounts.size(); ++r) {
        const UserAccount& a = accounts.at(r);
        const QString state =
            !a.active ? tr("Switched off")
            : a.lockedUntil.isValid()
                ? tr("Locked until %1")
                      .arg(a.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")))
            : !a.hasPassword ? tr("No password yet")
                             : tr("Active");
        const QStringList cells{a.user.login, a.user.displayName, roleDisplayName(a.user.role),
                                state};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, a.user.id);
            item->setData(Qt::UserRole + 1, a.active);
            item->setData(Qt::UserRole + 2, roleKey(a.user.role));
            m_table->setItem(r, c, item);
        }
    }
    updateButtons();
}

void UsersDialog::updateButtons()
{
    const QTableWidgetItem* item = m_table->item(m_table->currentRow(), 0);
    m_active->setText(item && !item->data(Qt::UserRole + 1).toBool() ? tr("S&witch on")
                                                                     : tr("S&witch off"));
}

void UsersDialog::toggleActive()
{
    const QTableWidgetItem* item = m_table->item(m_table->currentRow(), 0);
    if (!item)
        return;
    const bool active = item->data(Qt::UserRole + 1).toBool();
    if (active && QMessageBox::question(this, tr("Switch off"),
                                        tr("Switch off the account %1? It can no longer log in "
                                           "until it is switched on again; its name stays in "
                                           "the records and the audit trail.")
                                            .arg(item->text())) != QMessageBox::Yes)
        return;
    const int row = m_table->currentRow();
    try {
        UserRepository::setActive(m_office, item->data(Qt::UserRole).toLongLong(), !active);
    } catch (const Error& e) {
        showError(this,
                  active ? tr("Cannot switch the account off") : tr("Cannot switch the account on"),
                  e);
    }
    reload();
    m_table->setCurrentCell(row, 0);
}

void UsersDialog::changeRole()
{
    const QTableWidgetItem* item = m_table->item(m_table->currentRow(), 0);
    if (!item)
        return;
    const QList<Role> roles{Role::Admin, Role::Chair, Role::Clerk, Role::Viewer};
    QStringList names;
    int current = 0;
    for (Role r : roles) {
        if (roleKey(r) == item->data(Qt::UserRole + 2).toString())
            current = int(names.size());
        names << roleDisplayName(r);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Change role"), tr("Role of %1:").arg(item->text()), names, current, false, &ok);
    if (!ok)
        return;
    const int row = m_table->currentRow();
    try {
        UserRepository::setRole(m_office, item->data(Qt::UserRole).toLongLong(),
                                roles.at(names.indexOf(chosen)));
    } catch (const Error& e) {
        showError(this, tr("Cannot change the role"), e);
    }
    reload();
    m_table->setCurrentCell(row, 0);
}

qint64 UsersDialog::currentId() const
{
    const QTableWidgetItem* item = m_table->item(m_table->currentRow(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void UsersDialog::addUser()
{
    NewUserDialog dialog(m_office, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void UsersDialog::resetPassword()
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    PasswordDialog dialog(m_office, id,
                          tr("Choose a new password for %1 and tell it to them in person. It "
                             "also lifts a lock.")
                              .arg(m_table->item(m_table->currentRow(), 0)->text()),
                          this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void UsersDialog::unlock()
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    try {
        UserRepository::unlock(m_office, id);
    } catch (const Error& e) {
        showError(this, tr("Cannot lift the lock"), e);
    }
    reload();
}

NewUserDialog::NewUserDialog(OfficeFile& office, QWidget* parent)
    : QDialog(parent), m_office(office), m_login(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_password(passwordEdit(QStringLiteral("password"), this)),
      m_error(errorLabel(this))
{
    setObjectName(QStringLiteral("newUserDialog"));
    setWindowTitle(tr("Add a user"));
    m_login->setObjectName(QStringLiteral("login"));
    m_name->setObjectName(QStringLiteral("name"));
    m_role->setObjectName(QStringLiteral("role"));
    m_login->setMaxLength(40);
    for (Role role : {Role::Clerk, Role::Chair, Role::Viewer, Role::Admin})
        m_role->addItem(roleDisplayName(role), roleKey(role));
    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("R&ole:"), m_role);
    form->addRow(tr("First &password:"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancelButtons(this));
}

void NewUserDialog::accept()
{
    if (const QString problem = passwordProblem(m_password->text()); !problem.isEmpty()) {
        setProblem(m_error, problem);
        m_password->setFocus();
        return;
    }
    try {
        UserRepository::add(m_office, m_login->text(), m_name->text(),
                            roleFromKey(m_role->currentData().toString()), m_password->text());
    } catch (const Error& e) {
        setProblem(m_error, messageOf(e));
        return;
    }
    QDialog::accept();
}

} // namespace dd::ui
