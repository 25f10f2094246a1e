#pragma once

#include <QSqlDatabase>
#include <QString>

namespace glossa {

// Rolls back unless commit() succeeded, so every early return leaves the library as it was.
//
// The outermost Transaction on a connection is BEGIN IMMEDIATE: it takes the write lock at
// once, so two processes writing the same library wait for each other (busy timeout) instead
// of failing on a read-to-write upgrade. Inner ones are savepoints, so a store's method that
// is atomic on its own can also be one step of a larger atomic operation (an import).
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    // True when SQLite itself rolled this outermost transaction back (after a full disk or an I/O
    // error it may): the connection writes in autocommit from then on, so that a savepoint or
    // statement run "inside" it would be committed at once, alone. Nothing more may be written
    // in it; commit() refuses it.
    bool endedByTheLibrary() const;
    bool commit();
    // Why beginning or committing failed.
    QString errorText() const { return m_error; }

private:
    bool execute(const QString &statement);

    QSqlDatabase m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = false;
    QString m_error;
};

} // namespace glossa
