#pragma once

#include <QString>

namespace dd {

// Passwords are stored as libsodium Argon2id strings ("$argon2id$v=19$m=…,t=…,p=1$salt$hash"):
// the salt and the cost travel with the hash, so the cost can be raised later without
// invalidating old passwords. Hashing or verifying one takes about 0.1–0.3 s on purpose.
QString hashPassword(const QString& password);
bool verifyPassword(const QString& storedHash, const QString& password);

// Empty when acceptable, else the reason (translated): 8 to 128 characters.
QString passwordProblem(const QString& password);

} // namespace dd
