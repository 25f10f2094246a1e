#pragma once

// Helpers shared by the robustness suites: running glossa-cli, looking at a library file from
// outside (its own connection, as a second process would) and fingerprinting its content.

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTest>
#include <QVariant>

namespace glossa::robustness {

// True in the AddressSanitizer/UBSan build (scripts/sanitize.sh, GLOSSA_SANITIZE=ON), where
// every instrumented call costs several times its normal time: the largest cases scale down
// there (each says how) so the suites stay within CTest's and QtTest's limits. The normal
// build always runs them at full size.
#ifdef GLOSSA_SANITIZED_BUILD
constexpr bool kSanitizedBuild = true;
#else
constexpr bool kSanitizedBuild = false;
#endif

struct CliRun
{
    int exitCode = -1; // -1: crashed or timed out
    QByteArray out;
    QString err;
};

inline CliRun runCli(const QStringList &args, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/glossa-robustness-xdg"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GLOSSA_CLI), args);
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// A plain SQLite connection to a library file, without Glossa's open (no migration, no check):
// the way a test inspects what a killed process left behind.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("robustness-raw-%1").arg(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // First column of every row; an SQL error becomes a single "ERROR: ..." value.
    QStringList column(const QString &sql) const
    {
        QSqlQuery query(db());
        QStringList values;
        if (!query.exec(sql))
            return {QStringLiteral("ERROR: ") + query.lastError().text()};
        while (query.next())
            values << query.value(0).toString();
        return values;
    }
    qint64 number(const QString &sql) const
    {
        const QStringList values = column(sql);
        return values.isEmpty() ? -1 : values.first().toLongLong();
    }
    QString exec(const QString &sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql) ? QString() : query.lastError().text();
    }

    // SHA-256 over every row of every ordinary table (FTS shadow tables included, virtual
    // tables excluded: they are views of the others), rows sorted: equal fingerprints mean
    // the library holds exactly the same data.
    QByteArray fingerprint() const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const QStringList tables = column(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"));
        for (const QString &table : tables) {
            hash.addData(table.toUtf8());
            QSqlQuery query(db());
            if (!query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
                return "ERROR " + query.lastError().text().toUtf8();
            QStringList rows;
            while (query.next()) {
                QStringList cells;
                for (int i = 0; i < query.record().count(); ++i) {
                    const QVariant value = query.value(i);
                    cells << (value.isNull() ? QStringLiteral("<null>")
                                             : value.typeId() == QMetaType::QByteArray
                                                 ? QString::fromLatin1(value.toByteArray().toHex())
                                                 : value.toString());
                }
                rows << cells.join(QChar(0x1f));
            }
            rows.sort();
            hash.addData(rows.join(QChar(0x1e)).toUtf8());
        }
        return hash.result().toHex();
    }

private:
    static int &counter()
    {
        static int value = 0;
        return value;
    }
    QString m_name;
};

} // namespace glossa::robustness
