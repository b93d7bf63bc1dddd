#include "error.h"

namespace dd {

Error::Error(Kind kind, QString message, int nativeCode)
    : m_kind(kind), m_message(std::move(message)), m_nativeCode(nativeCode),
      m_utf8(m_message.toUtf8())
{
}

static QString joinMessages(const QList<FieldError>& errors)
{
    QStringList lines;
    for (const FieldError& e : errors)
        lines << e.message;
    return lines.join(QLatin1Char('\n'));
}

ValidationError::ValidationError(QList<FieldError> errors)
    : Error(Kind::Validation, joinMessages(errors)), m_errors(std::move(errors))
{
}

} // namespace dd
