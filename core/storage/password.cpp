#include "password.h"

#include "error.h"

#include <QCoreApplication>
#include <sodium.h>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::Password)
};

// Argon2id with 3 passes over 64 MiB: about 0.15 s here, well above the 0.1 s floor that
// makes guessing slow, and light enough for a log-in dialog.
constexpr unsigned long long kOpsLimit = 3;
constexpr size_t kMemLimit = 64u * 1024u * 1024u;

void initSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw Error(Error::Kind::Io, Text::tr("The password library could not start."));
}
} // namespace

QString passwordProblem(const QString& password)
{
    if (password.size() < 8)
        return Text::tr("The password must have at least 8 characters.");
    if (password.size() > 128)
        return Text::tr("The password must have at most 128 characters.");
    return {};
}

QString hashPassword(const QString& password)
{
    initSodium();
    const QByteArray bytes = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, bytes.constData(), size_t(bytes.size()), kOpsLimit, kMemLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw Error(Error::Kind::Io, Text::tr("Not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString& storedHash, const QString& password)
{
    if (storedHash.isEmpty())
        return false;
    initSodium();
    const QByteArray hash = storedHash.toLatin1();
    const QByteArray bytes = password.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), bytes.constData(), size_t(bytes.size())) == 0;
}

} // namespace dd
