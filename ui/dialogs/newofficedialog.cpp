#include "newofficedialog.h"

#include "fieldform.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dd::ui {

NewOfficeDialog::NewOfficeDialog(const QString& folder, QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_district(new QLineEdit(this)),
      m_city(new QLineEdit(this)), m_path(new QLineEdit(this)),
      m_errors(makeErrorLabel(this, QStringLiteral("errorsLabel"))), m_folder(folder)
{
    setWindowTitle(tr("New office file"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_name->setPlaceholderText(tr("e.g. 市西街道"));

    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(OfficeSettings::fieldLabel(QStringLiteral("name")) + QLatin1Char(':'), m_name);
    form->addRow(OfficeSettings::fieldLabel(QStringLiteral("district")) + QLatin1Char(':'),
                 m_district);
    form->addRow(OfficeSettings::fieldLabel(QStringLiteral("city")) + QLatin1Char(':'), m_city);
    form->addRow(tr("File:"), pathRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &NewOfficeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewOfficeDialog::reject);
    connect(browse, &QPushButton::clicked, this, &NewOfficeDialog::browse);
    // Suggest a file name from the office name until the user picks a path.
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& name) {
        if (!m_path->isModified())
            m_path->setText(QDir(m_folder).filePath(name.trimmed() + QStringLiteral(".ddoffice")));
    });
    resize(560, sizeHint().height());
}

OfficeSettings NewOfficeDialog::settings() const
{
    OfficeSettings s;
    s.name = m_name->text();
    s.district = m_district->text();
    s.city = m_city->text();
    s.workYear = QDate::currentDate().year();
    return s.normalized();
}

QString NewOfficeDialog::path() const
{
    QString p = m_path->text().trimmed();
    if (!p.isEmpty() && QFileInfo(p).suffix().isEmpty())
        p += QStringLiteral(".ddoffice");
    return p;
}

void NewOfficeDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save the new office file as"),
                                                        path().isEmpty() ? m_folder : path(),
                                                        tr("DeputyDesk office files (*.ddoffice)"));
    if (!chosen.isEmpty()) {
        m_path->setText(chosen);
        m_path->setModified(true);
    }
}

void NewOfficeDialog::accept()
{
    QStringList problems;
    for (const FieldError& e : settings().validate())
        problems << e.message;
    if (path().isEmpty())
        problems << tr("File: choose where to save the office file.");
    else if (QFileInfo::exists(path()))
        problems << tr("File: %1 already exists; choose another name.").arg(path());
    m_errors->setText(problems.join(QLatin1Char('\n')));
    m_errors->setVisible(!problems.isEmpty());
    if (problems.isEmpty())
        QDialog::accept();
}

} // namespace dd::ui
