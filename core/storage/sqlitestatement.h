#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace glossa {

// One statement prepared on the raw SQLite handle of a QSQLITE connection, bound by index: the
// one way core reaches SQLite below Qt. For the import's hot path, where QSqlQuery costs a
// QVariant, a UTF-16 → UTF-8 conversion inside SQLite and several allocations per value (at
// twenty rows per page, most of an import's time outside SQLite itself), and for what Qt
// cannot bind: FTS5's internal tables read page by page, a pointer handed to fts5(). The
// statement shares the connection (and its transactions) with every QSqlQuery on it.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // The connection's sqlite3 handle, or nullptr when it is not an open QSQLITE connection.
    static sqlite3 *handle(const QSqlDatabase &db);

    bool prepare(sqlite3 *db, const char *sql);
    bool isPrepared() const { return m_statement != nullptr; }

    // Indexes start at 1, as in SQL. Text is copied by SQLite, so temporaries are fine.
    void bindText(int index, const QByteArray &utf8);
    void bindText(int index, const QString &text) { bindText(index, text.toUtf8()); }
    void bindTextOrNull(int index, const QString &text); // NULL for an empty string
    void bindInt(int index, qint64 value);
    void bindBlob(int index, const QByteArray &bytes);
    void bindNull(int index);
    // SQLite's pointer passing (sqlite3_bind_pointer): \a type names what \a pointer is.
    void bindPointer(int index, void *pointer, const char *type);

    // Runs a statement that returns no rows (or ignores them); resets it for the next use.
    bool exec();
    // Runs a query: true when it returned a row, whose first column *value receives.
    bool fetchInt(qint64 *value);

    // Row by row: step() is true while there is a row to read with the column accessors, false
    // at the end or on an error (errorText()). reset() makes the statement ready to be bound
    // and run again.
    bool step();
    void reset();
    qint64 columnInt(int column) const;
    // A blob or text column's bytes (UTF-8 for text).
    QByteArray columnBytes(int column) const;

    qint64 lastInsertId() const;
    QString errorText() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace glossa
