#pragma once

#include "error.h"
#include "officelock.h"

namespace dd {

// A lock held by someone else. holder() says who, so the UI can offer read-only or breaking.
class LockedError : public Error
{
public:
    explicit LockedError(const QString& path, LockHolder holder);
    const LockHolder& holder() const { return m_holder; }

private:
    LockHolder m_holder;
};

} // namespace dd
