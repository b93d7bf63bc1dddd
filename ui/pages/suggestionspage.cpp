#include "suggestionspage.h"

#include "errors.h"
#include "fieldform.h"
#include "models/pagedrowsmodel.h"
#include "opinion/opinionrepository.h"
#include "org/deputyrepository.h"
#include "storage/displayformat.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "widgets/commonchoices.h"
#include "widgets/listtable.h"
#include "widgets/orderedchoices.h"
#include "widgets/suggestionnumbering.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dd::ui {

namespace {
QString kindName(bool motion)
{
    return motion ? SuggestionsPage::tr("Motion") : SuggestionsPage::tr("Suggestion");
}

// The suggestion form; Save goes through core, refusals under their field.
bool editSuggestion(QWidget* parent, OfficeFile& office, Suggestion s)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("suggestionDialog"));
    dialog.setWindowTitle(s.id ? SuggestionsPage::tr("Suggestion: %1").arg(s.title)
                               : SuggestionsPage::tr("New suggestion"));
    const QSqlDatabase db = office.db();
    FieldForm form(&dialog);
    dialog.setLayout(form.layout());
    auto* kind = new QComboBox(&dialog);
    kind->setObjectName(QStringLiteral("kind"));
    kind->addItem(kindName(false), false);
    kind->addItem(kindName(true), true);
    kind->setCurrentIndex(s.motion ? 1 : 0);
    auto* title = new QLineEdit(s.title, &dialog);
    title->setObjectName(QStringLiteral("title"));
    auto* number = new QLineEdit(s.number, &dialog);
    number->setObjectName(QStringLiteral("number"));
    auto* congress = new QLineEdit(s.congress, &dialog);
    congress->setObjectName(QStringLiteral("congress"));
    const auto dateEdit = [&](const QDate& d) {
        auto* e = new QDateEdit(d.isValid() ? d : QDate::currentDate(), &dialog);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setCalendarPopup(true);
        e->setMaximumDate(QDate::currentDate());
        return e;
    };
    QDateEdit* submitted = dateEdit(s.submittedOn);
    // The suggestion's deputies in order, those who have left office since marked; the serving
    // ones to add.
    auto* deputies = new OrderedChoices(SuggestionsPage::tr("%1 (leading)"),
                                        SuggestionsPage::tr("(add a deputy)"), &dialog);
    deputies->setObjectName(QStringLiteral("deputies"));
    const QList<Choice> serving = choicesOf(db, DeputyRepository::servingChoicesSql());
    deputies->setChoices(serving);
    QHash<qint64, Choice> byId;
    for (const Choice& c : serving)
        byId.insert(c.id, c);
    QStringList gone; // those not serving, read on their own
    for (const qint64 id : std::as_const(s.deputyIds))
        if (!byId.contains(id))
            gone << QString::number(id);
    if (!gone.isEmpty())
        for (Choice c : choicesOf(db, DeputyRepository::choicesSql(
                                          QStringLiteral("id IN (%1)").arg(gone.join(u','))))) {
            c.label = SuggestionsPage::tr("%1 (left office)").arg(c.label);
            byId.insert(c.id, c);
        }
    QList<Choice> chosen;
    for (const qint64 id : std::as_const(s.deputyIds))
        if (byId.contains(id))
            chosen << byId.value(id);
    deputies->setChosen(chosen);
    auto* unit = new QComboBox(&dialog);
    addChoices(unit, choicesOf(db, QStringLiteral("SELECT id, name FROM handling_units")),
               SuggestionsPage::tr("(none)"), s.handlingUnitId);
    auto* replied = new QCheckBox(SuggestionsPage::tr("Replied &on"), &dialog);
    replied->setObjectName(QStringLiteral("replied"));
    replied->setChecked(s.replyOn.isValid());
    QDateEdit* replyOn = dateEdit(s.replyOn);
    replyOn->setEnabled(replied->isChecked());
    QObject::connect(replied, &QCheckBox::toggled, replyOn, &QWidget::setEnabled);
    auto* replyRow = new QWidget(&dialog);
    auto* replyLayout = new QHBoxLayout(replyRow);
    replyLayout->setContentsMargins(0, 0, 0, 0);
    replyLayout->addWidget(replied);
    replyLayout->addWidget(replyOn, 1);
    auto* reply = new QPlainTextEdit(s.reply, &dialog);
    reply->setTabChangesFocus(true);
    reply->setMaximumHeight(80);
    auto* satisfaction = new QComboBox(&dialog);
    satisfaction->setObjectName(QStringLiteral("satisfaction"));
    for (const Evaluation e : {Evaluation::None, Evaluation::Satisfied,
                               Evaluation::BasicallySatisfied, Evaluation::Dissatisfied})
        satisfaction->addItem(e == Evaluation::None ? SuggestionsPage::tr("(not yet)")
                                                    : evaluationName(e),
                              evaluationKey(e));
    satisfaction->setCurrentIndex(satisfaction->findData(evaluationKey(s.satisfaction)));
    auto* notes = new QPlainTextEdit(s.notes, &dialog);
    notes->setTabChangesFocus(true);
    notes->setMaximumHeight(60);
    QStringList sources;
    for (qint64 id : s.opinionIds)
        sources << OpinionRepository::load(db, id).title;
    if (s.id == 0)
        proposeSuggestionNumber(db, congress, number, kind);
    form.addRow(QStringLiteral("kind"), SuggestionsPage::tr("&Kind"), kind);
    form.addRow(QStringLiteral("title"), SuggestionsPage::tr("&Title"), title);
    form.addRow(QStringLiteral("number"), SuggestionsPage::tr("N&umber"), number);
    form.addRow(QStringLiteral("congress"), SuggestionsPage::tr("&Congress session"), congress);
    form.addRow(QStringLiteral("submittedOn"), SuggestionsPage::tr("&Submitted on"), submitted);
    form.addRow(QStringLiteral("deputies"), SuggestionsPage::tr("&Deputies"), deputies);
    form.addRow(QStringLiteral("handlingUnit"), SuggestionsPage::tr("&Handling unit"), unit);
    form.addRow(QStringLiteral("replyOn"), SuggestionsPage::tr("Reply status"), replyRow);
    form.addRow(QStringLiteral("reply"), SuggestionsPage::tr("Reply te&xt"), reply);
    form.addRow(QStringLiteral("satisfaction"), SuggestionsPage::tr("Deputy's s&atisfaction"),
                satisfaction);
    form.addRow(QStringLiteral("notes"), SuggestionsPage::tr("Not&es"), notes);
    if (!sources.isEmpty())
        form.layout()->addRow(SuggestionsPage::tr("From opinions:"),
                              new QLabel(sources.join(QStringLiteral("；")), &dialog));
    auto* buttons =
        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Save)->setEnabled(office.allows(Permission::EnterRecords));
    form.layout()->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        s.motion = kind->currentData().toBool();
        s.title = title->text();
        s.number = number->text();
        s.congress = congress->text();
        s.submittedOn = submitted->date();
        s.deputyIds = deputies->chosen(); // the first leads
        s.handlingUnitId = chosenId(unit);
        s.replyOn = replied->isChecked() ? replyOn->date() : QDate();
        s.reply = reply->toPlainText();
        s.satisfaction = evaluationFromKey(satisfaction->currentData().toString());
        s.notes = notes->toPlainText();
        try {
            SuggestionRepository::save(office, s);
            dialog.accept();
        } catch (const ValidationError& e) {
            form.showErrors(e.fieldErrors());
        } catch (const Error& e) {
            showError(&dialog, SuggestionsPage::tr("Saving the suggestion"), e);
        }
    });
    dialog.resize(600, 640);
    return dialog.exec() == QDialog::Accepted;
}
} // namespace

// The year's suggestions, read a page at a time (a district's year holds thousands).
class SuggestionTableModel final : public PagedRowsModel<SuggestionListRow>
{
public:
    using PagedRowsModel::PagedRowsModel;

    // Counts the year's suggestions and reads their first page (throws Error).
    void showQuery(const QSqlDatabase& db, int year)
    {
        const SuggestionRepository::ListCounts counts = SuggestionRepository::count(db, year);
        setQuery(counts.suggestions, [db, year](int offset, int limit) {
            return SuggestionRepository::list(db, year, offset, limit);
        });
        m_replied = counts.replied;
    }
    int replied() const { return m_replied; }

    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(headers().size());
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        const SuggestionListRow* r = rowAt(index.row());
        if (!r || role != Qt::DisplayRole)
            return {};
        const Suggestion& s = r->suggestion;
        const QStringList cells = {displayDate(s.submittedOn),
                                   kindName(s.motion),
                                   s.number,
                                   s.title,
                                   r->deputies,
                                   s.congress,
                                   r->handlingUnit,
                                   displayDate(s.replyOn),
                                   evaluationName(s.satisfaction)};
        return cells.value(index.column());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        return orientation == Qt::Horizontal && role == Qt::DisplayRole
                   ? QVariant(headers().value(section))
                   : QVariant();
    }

private:
    static QStringList headers()
    {
        return {SuggestionsPage::tr("Submitted"),     SuggestionsPage::tr("Kind"),
                SuggestionsPage::tr("Number"),        SuggestionsPage::tr("Title"),
                SuggestionsPage::tr("Deputies"),      SuggestionsPage::tr("Congress session"),
                SuggestionsPage::tr("Handling unit"), SuggestionsPage::tr("Replied"),
                SuggestionsPage::tr("Satisfaction")};
    }

    int m_replied = 0;
};

SuggestionsPage::SuggestionsPage(QWidget* parent)
    : Page(parent), m_year(new QComboBox(this)), m_model(new SuggestionTableModel(this)),
      m_table(new QTableView(this)), m_count(new QLabel(this)),
      m_new(new QPushButton(tr("&New suggestion…"), this)),
      m_open(new QPushButton(tr("&Open…"), this)), m_delete(new QPushButton(tr("&Delete"), this))
{
    setObjectName(QStringLiteral("suggestionsPage"));
    m_table->setObjectName(QStringLiteral("suggestionsTable"));
    m_year->setObjectName(QStringLiteral("year"));
    m_count->setObjectName(QStringLiteral("count"));
    m_new->setObjectName(QStringLiteral("newSuggestion"));
    m_model->setErrorHandler(
        [this](const Error& e) { showError(this, tr("Reading the suggestions"), e); });
    m_table->setModel(m_model);
    setUpListTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* top = new QHBoxLayout;
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addStretch(1);
    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_count);
    for (QPushButton* b : {m_new, m_open, m_delete})
        actions->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Formal suggestions and motions</h2>"), this));
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    connect(m_year, &QComboBox::activated, this, &SuggestionsPage::reload);
    connect(m_new, &QPushButton::clicked, this, [this] { edit(true); });
    connect(m_open, &QPushButton::clicked, this, [this] { edit(false); });
    connect(m_delete, &QPushButton::clicked, this, &SuggestionsPage::remove);
    connect(m_table, &QTableView::activated, this, [this] { edit(false); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SuggestionsPage::updateActions);
    setEnabled(false);
}

QString SuggestionsPage::title() const
{
    return tr("Formal suggestions");
}

void SuggestionsPage::setOffice(OfficeFile* office)
{
    m_office = office;
    forgetColumnWidths(m_table); // another file
    setEnabled(office != nullptr);
    m_year->clear();
    if (office)
        addYears(m_year, SuggestionRepository::firstYear(office->db()), tr("All years"));
    reload();
}

void SuggestionsPage::reload()
{
    try {
        if (m_office)
            m_model->showQuery(m_office->db(), m_year->currentData().toInt());
        else
            m_model->setRows({});
    } catch (const Error& e) {
        m_model->setRows({});
        showError(this, tr("Reading the suggestions"), e);
    }
    fitColumnsOnce(m_table);
    m_count->setText(tr("%n suggestion(s)", nullptr, m_model->total()) + QStringLiteral(" · ") +
                     tr("%n replied", nullptr, m_model->replied()));
    updateActions();
}

const SuggestionListRow* SuggestionsPage::current() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    return selected.isEmpty() ? nullptr : m_model->rowAt(selected.first().row());
}

void SuggestionsPage::updateActions()
{
    const bool writable = m_office && m_office->allows(Permission::EnterRecords);
    m_new->setEnabled(writable);
    m_open->setEnabled(current() != nullptr);
    m_delete->setEnabled(writable && current() != nullptr);
}

void SuggestionsPage::edit(bool isNew)
{
    if (!m_office)
        return;
    const SuggestionListRow* r = current();
    if (!isNew && !r)
        return;
    if (editSuggestion(this, *m_office, isNew ? Suggestion{} : r->suggestion))
        reload();
}

void SuggestionsPage::remove()
{
    const SuggestionListRow* r = current();
    if (!m_office || !r)
        return;
    if (QMessageBox::question(this, tr("Delete suggestion"),
                              tr("Delete the suggestion “%1”?").arg(r->suggestion.title),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes)
        return;
    try {
        SuggestionRepository::remove(*m_office, r->suggestion.id);
    } catch (const ValidationError& e) {
        QMessageBox::warning(this, tr("Delete suggestion"),
                             e.fieldErrors().isEmpty() ? e.message()
                                                       : e.fieldErrors().first().message);
    } catch (const Error& e) {
        showError(this, tr("Deleting the suggestion"), e);
    }
    reload();
}

} // namespace dd::ui
