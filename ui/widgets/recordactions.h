#pragma once

#include "org/recordstore.h"

class QWidget;

namespace dd {
class OfficeFile;
}

namespace dd::ui {

// Opens the record dialog (editing when record has an id, else adding with these presets);
// returns the saved id, or 0 when cancelled.
qint64 editRecord(QWidget* parent, OfficeFile& office, const RecordSpec& spec,
                  const QVariantMap& record);
// Asks first, then deletes; core refuses while other records refer to it (shown as a message).
bool deleteRecord(QWidget* parent, OfficeFile& office, const RecordSpec& spec, qint64 id,
                  const QString& name);
// What each column of a list shows for the spec's listed fields.
class RecordLabels final
{
public:
    RecordLabels(const QSqlDatabase& db, const RecordSpec& spec);
    QString text(const FieldSpec& field, const QVariantMap& record) const;

private:
    QHash<QString, QHash<qint64, QString>> m_labels;
};

} // namespace dd::ui
