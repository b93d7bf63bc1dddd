#include "integritydialog.h"

#include "storage/integrity.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace dd::ui {

IntegrityDialog::IntegrityDialog(const IntegrityReport& report, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Integrity check"));
    auto* verdict = new QLabel(report.ok() ? tr("<b>The office file is in good order.</b>")
                                           : tr("<b style='color:#b00020'>Problems were found.</b> "
                                                "The file was not changed; restore a backup if "
                                                "records are missing."),
                               this);
    verdict->setObjectName(QStringLiteral("verdictLabel"));
    verdict->setWordWrap(true);
    auto* text = new QPlainTextEdit(report.toText(), this);
    text->setObjectName(QStringLiteral("reportText"));
    text->setReadOnly(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(verdict);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

} // namespace dd::ui
