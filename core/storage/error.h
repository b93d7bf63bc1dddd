#pragma once

#include <exception>
#include <QString>
#include <QStringList>

namespace dd {

// One field that failed validation: which field, and what was expected of it.
struct FieldError
{
    QString field;   // stable key, e.g. "name"
    QString label;   // the field's translated name, e.g. "街道名称"
    QString message; // the whole sentence shown to the user, naming the field
};

// What core throws. ui/ turns it into a dialog, the command line into one line on stderr;
// core itself never shows anything. nativeCode is SQLite's extended result code (0 if none).
class Error : public std::exception
{
public:
    enum class Kind
    {
        NotFound,     // the file does not exist
        Io,           // the operating system refused a read or write
        NotSqlite,    // not an SQLite database at all
        NotOffice,    // SQLite, but not a DeputyDesk office file
        Damaged,      // a DeputyDesk file whose content is broken
        TooNew,       // written by a newer DeputyDesk
        NeedsUpgrade, // older schema, but opened read-only so it cannot be migrated
        Locked,       // another process holds the writer lock
        ReadOnly,     // the file or its folder cannot be written
        Sql,          // a statement failed
        Validation,   // user input rejected; see fieldErrors()
        Exists,       // refusing to overwrite
        LogIn,        // wrong user or password, account locked or inactive, no one logged in
        Forbidden,    // the user's role does not allow the action
        DiskFull,     // the disk (or the file's size limit) is full; the change was not saved
    };

    Error(Kind kind, QString message, int nativeCode = 0);

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }
    int nativeCode() const { return m_nativeCode; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    Kind m_kind;
    QString m_message;
    int m_nativeCode;
    QByteArray m_utf8;
};

class ValidationError : public Error
{
public:
    explicit ValidationError(QList<FieldError> errors);
    const QList<FieldError>& fieldErrors() const { return m_errors; }

private:
    QList<FieldError> m_errors;
};

} // namespace dd
