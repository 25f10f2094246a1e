#include "serverconnection.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace glossa {

QString ServerConnection::messageOf(const QSqlError &error)
{
    // libpq's text names the server and says why ("connection to server on socket … failed:
    // FATAL: role "x" does not exist"); Qt's own part ("Unable to connect") adds nothing.
    // The server's message is its first line; DETAIL and HINT lines follow, and Qt adds the code.
    QString message = error.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
    for (const QLatin1String level : {QLatin1String("ERROR:"), QLatin1String("FATAL:")}) {
        if (message.startsWith(level))
            message = message.mid(level.size()).trimmed();
    }
    static const QRegularExpression code(QStringLiteral("\\s*\\([0-9A-Z]{5}\\)$"));
    message.remove(code);
    message = message.simplified();
    return message.isEmpty() ? error.text().simplified() : message;
}

namespace {

QMutex passwordsMutex;

QHash<QString, QString> &sessionPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}


} // namespace

void ServerConnection::setSessionPassword(const LibraryAddress &address, const QString &password)
{
    const QMutexLocker locker(&passwordsMutex);
    if (password.isEmpty())
        sessionPasswords().remove(address.place());
    else
        sessionPasswords().insert(address.place(), password);
}

bool ServerConnection::hasSessionPassword(const LibraryAddress &address)
{
    const QMutexLocker locker(&passwordsMutex);
    return sessionPasswords().contains(address.place());
}

bool ServerConnection::open(const LibraryAddress &address, const QString &connectionName, const QString &given,
                            QString *error)
{
    QString password = given;
    if (password.isEmpty()) {
        const QMutexLocker locker(&passwordsMutex);
        password = sessionPasswords().value(address.place());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        if (!db.isValid()) {
            if (error)
                *error = QStringLiteral("cannot open %1: Qt's PostgreSQL driver is not installed (Debian package "
                                        "libqt6sql6-psql)")
                             .arg(address.displayText());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            return false;
        }
        QString options = address.connectionString();
        if (address.parameter(QStringLiteral("application_name")).isEmpty())
            options += QStringLiteral(" fallback_application_name='glossa'");
        // Unless the address says otherwise: a server that does not answer is given up after
        // ten seconds rather than the system's minutes, and a network cut under an idle
        // connection is found by TCP's keepalives within a minute rather than two hours.
        const std::pair<const char *, const char *> defaults[] = {
            {"connect_timeout", "10"}, {"keepalives_idle", "30"}, {"keepalives_interval", "10"}, {"keepalives_count", "3"}};
        for (const auto &[keyword, value] : defaults) {
            if (address.parameter(QString::fromLatin1(keyword)).isEmpty())
                options += QStringLiteral(" %1=%2").arg(QString::fromLatin1(keyword), QString::fromLatin1(value));
        }
        db.setConnectOptions(options.trimmed());
        if (!password.isEmpty())
            db.setPassword(password);
        if (db.open()) {
            // libpq prints the server's notices on stderr, which is not where a desktop app or
            // a command's output says things: what matters comes back as an error.
            QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO warning"));
            return true;
        }
        if (error)
            *error = QStringLiteral("cannot open %1: %2").arg(address.displayText(), messageOf(db.lastError()));
    }
    QSqlDatabase::removeDatabase(connectionName);
    return false;
}

void ServerConnection::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace glossa
