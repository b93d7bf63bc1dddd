#include "opinionsetupdialogs.h"

#include "errors.h"
#include "fieldform.h"
#include "opinion/opinionrepository.h"
#include "opinion/suggestion.h"
#include "org/validators.h"
#include "org/workcalendar.h"
#include "storage/displayformat.h"
#include "storage/officefile.h"
#include "widgets/dialogbuttons.h"
#include "widgets/listtable.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

namespace {
// The message of a validation error, one field per line.
QString messagesOf(const ValidationError& e)
{
    QStringList lines;
    for (const FieldError& f : e.fieldErrors())
        lines << f.message;
    return lines.isEmpty() ? e.message() : lines.join(QLatin1Char('\n'));
}
} // namespace

CategoriesDialog::CategoriesDialog(OfficeFile& office, QWidget* parent)
    : QDialog(parent), m_office(office), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("categoriesDialog"));
    setWindowTitle(tr("Opinion categories"));
    m_list->setObjectName(QStringLiteral("categories"));
    auto* add = new QPushButton(tr("&Add…"), this);
    auto* rename = new QPushButton(tr("&Rename…"), this);
    auto* retire = new QPushButton(tr("Re&tire / restore"), this);
    connect(add, &QPushButton::clicked, this, &CategoriesDialog::add);
    connect(rename, &QPushButton::clicked, this, &CategoriesDialog::rename);
    connect(retire, &QPushButton::clicked, this, &CategoriesDialog::toggleRetired);
    connect(m_list, &QListWidget::itemActivated, this, &CategoriesDialog::rename);
    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {add, rename, retire})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("A retired category is kept on the opinions that use it "
                                    "but not offered for new ones."),
                                 this));
    layout->addLayout(row);
    layout->addWidget(closeButtons(this));
    const bool writable = office.allows(Permission::ConfigureOffice);
    for (QPushButton* b : {add, rename, retire})
        b->setEnabled(writable);
    reload();
}

void CategoriesDialog::reload()
{
    const int row = m_list->currentRow();
    m_list->clear();
    for (const OpinionCategory& c : OpinionRepository::categories(m_office.db(), true)) {
        auto* item =
            new QListWidgetItem(c.retired ? tr("%1 (retired)").arg(c.name) : c.name, m_list);
        item->setData(Qt::UserRole, c.id);
        item->setData(Qt::UserRole + 1, c.name);
        item->setData(Qt::UserRole + 2, c.retired);
        if (c.retired)
            item->setForeground(QColor(0x70, 0x70, 0x70));
    }
    m_list->setCurrentRow(qMin(row, m_list->count() - 1));
}

void CategoriesDialog::add()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New category"), tr("Category:"),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    try {
        OpinionRepository::saveCategory(m_office, OpinionCategory{0, name, false});
    } catch (const ValidationError& e) {
        QMessageBox::warning(this, tr("New category"), messagesOf(e));
    } catch (const Error& e) {
        showError(this, tr("Saving the category"), e);
    }
    reload();
}

void CategoriesDialog::rename()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item || !m_office.allows(Permission::ConfigureOffice))
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename category"), tr("Category:"), QLineEdit::Normal,
                              item->data(Qt::UserRole + 1).toString(), &ok);
    if (!ok)
        return;
    try {
        OpinionRepository::saveCategory(m_office,
                                        OpinionCategory{item->data(Qt::UserRole).toLongLong(), name,
                                                        item->data(Qt::UserRole + 2).toBool()});
    } catch (const ValidationError& e) {
        QMessageBox::warning(this, tr("Rename category"), messagesOf(e));
    } catch (const Error& e) {
        showError(this, tr("Saving the category"), e);
    }
    reload();
}

void CategoriesDialog::toggleRetired()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    try {
        OpinionRepository::saveCategory(m_office,
                                        OpinionCategory{item->data(Qt::UserRole).toLongLong(),
                                                        item->data(Qt::UserRole + 1).toString(),
                                                        !item->data(Qt::UserRole + 2).toBool()});
    } catch (const Error& e) {
        showError(this, tr("Saving the category"), e);
    }
    reload();
}

WorkingDaysDialog::WorkingDaysDialog(OfficeFile& office, QWidget* parent)
    : QDialog(parent), m_office(office), m_year(new QSpinBox(this)),
      m_table(new QTableWidget(0, 3, this)), m_error(makeErrorLabel(this, QStringLiteral("error")))
{
    setObjectName(QStringLiteral("workingDaysDialog"));
    setWindowTitle(tr("Working-day calendar"));
    m_year->setObjectName(QStringLiteral("year"));
    m_table->setObjectName(QStringLiteral("days"));
    m_year->setRange(2000, 2100);
    m_table->setHorizontalHeaderLabels({tr("Day (YYYY-MM-DD)"), tr("Kind"), tr("Name")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* add = new QPushButton(tr("&Add a day"), this);
    add->setObjectName(QStringLiteral("addDay"));
    auto* remove = new QPushButton(tr("&Remove the day"), this);
    auto* save = new QPushButton(tr("&Save the year"), this);
    save->setObjectName(QStringLiteral("saveYear"));
    connect(add, &QPushButton::clicked, this, &WorkingDaysDialog::addRow);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            m_dirty = true;
        }
    });
    connect(save, &QPushButton::clicked, this, &WorkingDaysDialog::saveYear);
    connect(m_table, &QTableWidget::itemChanged, this, [this] { m_dirty = true; });
    connect(m_year, &QSpinBox::valueChanged, this, [this](int year) {
        if (m_dirty &&
            QMessageBox::question(this, windowTitle(),
                                  tr("Save the changes to %1 first?").arg(m_loadedYear)) ==
                QMessageBox::Yes &&
            !saveYear()) {
            const QSignalBlocker block(m_year);
            m_year->setValue(m_loadedYear);
            return;
        }
        load(year);
    });
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("&Year:"), this));
    static_cast<QLabel*>(top->itemAt(0)->widget())->setBuddy(m_year);
    top->addWidget(m_year);
    top->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Monday to Friday are working days except the holidays "
                                    "listed; a Saturday or Sunday listed as a working day is "
                                    "worked in exchange (调休). Deadlines in working days follow "
                                    "this calendar."),
                                 this));
    static_cast<QLabel*>(layout->itemAt(0)->widget())->setWordWrap(true);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addWidget(closeButtons(this));
    for (QWidget* w :
         {static_cast<QWidget*>(add), static_cast<QWidget*>(remove), static_cast<QWidget*>(save)})
        w->setEnabled(office.allows(Permission::ConfigureOffice));
    resize(560, 560);
    m_year->setValue(QDate::currentDate().year());
    load(m_year->value());
}

void WorkingDaysDialog::load(int year)
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    for (const CalendarDay& d : CalendarRepository::days(m_office.db(), year)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(d.day.toString(Qt::ISODate)));
        auto* kind = new QComboBox(m_table);
        kind->addItem(tr("Holiday"), false);
        kind->addItem(tr("Working day (调休)"), true);
        kind->setCurrentIndex(d.workday ? 1 : 0);
        connect(kind, &QComboBox::activated, this, [this] { m_dirty = true; });
        m_table->setCellWidget(row, 1, kind);
        m_table->setItem(row, 2, new QTableWidgetItem(d.name));
    }
    fitColumnsToContents(m_table);
    m_loadedYear = year;
    m_dirty = false;
    m_error->hide();
}

void WorkingDaysDialog::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(QStringLiteral("%1-01-01").arg(m_year->value())));
    auto* kind = new QComboBox(m_table);
    kind->addItem(tr("Holiday"), false);
    kind->addItem(tr("Working day (调休)"), true);
    m_table->setCellWidget(row, 1, kind);
    m_table->setItem(row, 2, new QTableWidgetItem);
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
    m_dirty = true;
}

bool WorkingDaysDialog::saveYear()
{
    QList<CalendarDay> days;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* kind = qobject_cast<QComboBox*>(m_table->cellWidget(row, 1));
        days << CalendarDay{
            validate::parseDate(m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString()),
            kind && kind->currentData().toBool(),
            m_table->item(row, 2) ? m_table->item(row, 2)->text() : QString()};
    }
    try {
        CalendarRepository::saveYear(m_office, m_loadedYear, days);
        load(m_loadedYear);
        return true;
    } catch (const ValidationError& e) {
        m_error->setText(messagesOf(e));
        m_error->show();
    } catch (const Error& e) {
        showError(this, tr("Saving the calendar"), e);
    }
    return false;
}

SupervisionTopicsDialog::SupervisionTopicsDialog(OfficeFile& office, QWidget* parent)
    : QDialog(parent), m_office(office), m_table(new QTableWidget(this)),
      m_withdraw(new QPushButton(tr("&Withdraw…"), this))
{
    setObjectName(QStringLiteral("supervisionTopicsDialog"));
    setWindowTitle(tr("Supervision topics"));
    m_table->setObjectName(QStringLiteral("topics"));
    setUpListTable(m_table);
    auto* announce = new QPushButton(tr("&Announce a topic…"), this);
    announce->setObjectName(QStringLiteral("announce"));
    announce->setEnabled(office.allows(Permission::EnterRecords));
    connect(announce, &QPushButton::clicked, this, &SupervisionTopicsDialog::announce);
    m_withdraw->setObjectName(QStringLiteral("withdraw"));
    m_withdraw->setEnabled(false);
    connect(m_withdraw, &QPushButton::clicked, this, &SupervisionTopicsDialog::withdraw);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_withdraw->setEnabled(row >= 0 && m_office.allows(Permission::EnterRecords));
    });
    auto* layout = new QVBoxLayout(this);
    auto* rule = new QLabel(tr("单月公告、双月督办: a topic announced in an odd month has its "
                               "supervision session in the following even month, planned on the "
                               "activities calendar."),
                            this);
    rule->setWordWrap(true);
    layout->addWidget(rule);
    layout->addWidget(m_table, 1);
    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_withdraw);
    actions->addWidget(announce);
    layout->addLayout(actions);
    layout->addWidget(closeButtons(this));
    resize(680, 420);
    reload();
}

void SupervisionTopicsDialog::reload()
{
    m_topics = SupervisionTopicRepository::list(m_office.db());
    const QList<SupervisionTopic>& topics = m_topics;
    const QStringList headers = {tr("Announced"), tr("Topic"), tr("Session planned"),
                                 tr("Opinions")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(topics.size()));
    for (int row = 0; row < topics.size(); ++row) {
        const SupervisionTopic& t = topics[row];
        const QStringList cells = {displayDate(t.announcedOn), t.title, displayDate(t.sessionOn),
                                   QString::number(t.opinionIds.size())};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    fitColumnsToContents(m_table);
    m_withdraw->setEnabled(m_table->currentRow() >= 0 && m_office.allows(Permission::EnterRecords));
}

void SupervisionTopicsDialog::withdraw()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_topics.size())
        return;
    const SupervisionTopic& topic = m_topics[row];
    if (QMessageBox::question(this, tr("Withdraw the topic"),
                              tr("Withdraw the supervision topic “%1”, announced on %2? Its "
                                 "session planned for %3 is taken off the calendar. The "
                                 "opinions it concerns are kept.")
                                  .arg(topic.title, displayDate(topic.announcedOn),
                                       displayDate(topic.sessionOn))) != QMessageBox::Yes)
        return;
    try {
        SupervisionTopicRepository::withdraw(m_office, topic.id);
    } catch (const ValidationError& e) {
        QMessageBox::warning(this, tr("Withdraw the topic"), e.fieldErrors().first().message);
    } catch (const Error& e) {
        showError(this, tr("Withdrawing the topic"), e);
    }
    reload();
}

void SupervisionTopicsDialog::announce()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("announceDialog"));
    dialog.setWindowTitle(tr("Announce a supervision topic"));
    FieldForm form(&dialog);
    dialog.setLayout(form.layout());
    auto* title = new QLineEdit(&dialog);
    title->setObjectName(QStringLiteral("title"));
    auto* on = new QDateEdit(QDate::currentDate(), &dialog);
    on->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    on->setCalendarPopup(true);
    auto* session = new QLabel(&dialog);
    auto* opinions = new QListWidget(&dialog);
    opinions->setObjectName(QStringLiteral("opinions"));
    const WorkCalendar calendar = WorkCalendar::load(m_office.db());
    const auto updateSession = [&] {
        session->setText(tr("Session planned for %1")
                             .arg(displayDate(supervisionSessionDay(on->date(), calendar))));
    };
    connect(on, &QDateEdit::dateChanged, &dialog, updateSession);
    updateSession();
    OpinionFilter open;
    for (const OpinionState s : {OpinionState::Dispatched, OpinionState::InProgress}) {
        open.state = s;
        for (const OpinionListRow& r : OpinionRepository::list(m_office.db(), open)) {
            auto* item = new QListWidgetItem(
                QStringLiteral("%1  %2 · %3")
                    .arg(displayDate(r.opinion.registeredOn), r.opinion.title, r.handlingUnit),
                opinions);
            item->setData(Qt::UserRole, r.opinion.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    form.addRow(QStringLiteral("title"), tr("&Topic"), title);
    form.addRow(QStringLiteral("announcedOn"), tr("&Announced on"), on);
    form.layout()->addRow(QString(), session);
    form.addRow(QStringLiteral("opinions"), tr("&Opinions concerned"), opinions);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form.layout()->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        SupervisionTopic topic;
        topic.title = title->text();
        topic.announcedOn = on->date();
        for (int i = 0; i < opinions->count(); ++i)
            if (opinions->item(i)->checkState() == Qt::Checked)
                topic.opinionIds << opinions->item(i)->data(Qt::UserRole).toLongLong();
        try {
            SupervisionTopicRepository::announce(m_office, topic);
            dialog.accept();
        } catch (const ValidationError& e) {
            form.showErrors(e.fieldErrors());
        } catch (const Error& e) {
            showError(&dialog, tr("Announcing the topic"), e);
        }
    });
    dialog.resize(620, 480);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace dd::ui
