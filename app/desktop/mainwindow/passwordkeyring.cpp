#include "passwordkeyring.h"

#include "storage/libraryaddress.h"
#include "storage/serverconnection.h"

#include <QEventLoop>
#include <QSettings>

#include <qt6keychain/keychain.h>

namespace glossa {

namespace {

const QString kService = QStringLiteral("Glossa team library");

QString settingsKey(const LibraryAddress &address)
{
    // A place holds '/' and ':', which QSettings would take as groups.
    return QStringLiteral("teamLibrary/rememberedPasswords/") + QString::fromLatin1(address.place().toUtf8().toHex());
}

// Runs \a job to its end: qtkeychain's jobs answer through the event loop.
bool finish(QKeychain::Job &job, QString *error)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a password in a plain file
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (job.error() == QKeychain::NoError)
        return true;
    if (error)
        *error = job.errorString().simplified();
    return false;
}

} // namespace

bool PasswordKeyring::remember(const LibraryAddress &address, const QString &password, QString *error)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(address.place());
    job.setTextData(password);
    if (!finish(job, error))
        return false;
    QSettings().setValue(settingsKey(address), true);
    return true;
}

QString PasswordKeyring::recall(const LibraryAddress &address, QString *error)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(address.place());
    QString why;
    if (finish(job, &why))
        return job.textData();
    if (job.error() == QKeychain::EntryNotFound)
        QSettings().remove(settingsKey(address)); // removed from the keyring meanwhile
    else if (error)
        *error = why;
    return QString();
}

void PasswordKeyring::forget(const LibraryAddress &address)
{
    if (!isRemembered(address))
        return;
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(address.place());
    finish(job, nullptr);
    QSettings().remove(settingsKey(address));
}

bool PasswordKeyring::provideRemembered(const QString &path, QString *error)
{
    if (!LibraryAddress::looksLikeServer(path))
        return true;
    const std::optional<LibraryAddress> address = LibraryAddress::parse(path);
    if (!address || ServerConnection::hasSessionPassword(*address) || !isRemembered(*address))
        return true;
    QString why;
    const QString password = recall(*address, &why);
    if (!password.isEmpty())
        ServerConnection::setSessionPassword(*address, password);
    if (why.isEmpty())
        return true;
    if (error)
        *error = why;
    return false;
}

bool PasswordKeyring::isRemembered(const LibraryAddress &address)
{
    return QSettings().value(settingsKey(address)).toBool();
}

} // namespace glossa
