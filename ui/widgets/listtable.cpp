#include "listtable.h"

#include <functional>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTableView>

namespace dd::ui {

void setUpListTable(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
}

void fitColumnsToContents(QTableView* table)
{
    QHeaderView* header = table->horizontalHeader();
    const bool stretch = header->stretchLastSection();
    // Sizing a stretched column fixes its width. So the stretch is lifted while the columns are
    // sized and set again after: the last column then takes the room left, but at least its
    // contents' width (what it had when the stretch was set).
    header->setStretchLastSection(false);
    table->resizeColumnsToContents();
    header->setStretchLastSection(stretch);
}

namespace {
const char* const kFitted = "ddColumnsFitted";
}

void fitColumnsOnce(QTableView* table)
{
    if (table->property(kFitted).toBool() || table->model()->rowCount() == 0)
        return;
    fitColumnsToContents(table);
    table->setProperty(kFitted, true);
}

void forgetColumnWidths(QTableView* table)
{
    table->setProperty(kFitted, false);
}

QString tableText(const QTableView* table)
{
    static const QRegularExpression breaks(QStringLiteral("[\\t\\r\\n]"));
    const QAbstractItemModel* model = table->model();
    const auto line = [&](const std::function<QVariant(int column)>& cell) -> QString {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            if (!table->isColumnHidden(c))
                cells << cell(c).toString().replace(breaks, QStringLiteral(" "));
        return cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    };
    QString text = line([&](int c) { return model->headerData(c, Qt::Horizontal); });
    for (int r = 0; r < model->rowCount(); ++r)
        text += line([&](int c) { return model->index(r, c).data(); });
    return text;
}

} // namespace dd::ui
