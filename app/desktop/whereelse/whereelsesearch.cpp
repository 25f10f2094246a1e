#include "whereelsesearch.h"

#include "storage/library.h"

#include <QtConcurrent/QtConcurrentRun>

namespace glossa {

WhereElseSearch::WhereElseSearch(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &WhereElseSearch::deliver);
}

// The worker's Library lives on its own stack; waiting keeps the file open no longer than us.
WhereElseSearch::~WhereElseSearch()
{
    m_watcher.waitForFinished();
}

void WhereElseSearch::start(const QString &libraryPath, const QString &passage, qint64 excludeArticleId)
{
    // A search cannot be interrupted inside SQLite; a newer request simply replaces the watched
    // future, and the older result is never delivered.
    m_watcher.setFuture(QtConcurrent::run(&WhereElseSearch::run, libraryPath, passage, excludeArticleId));
}

WhereElseSearch::Outcome WhereElseSearch::run(const QString &libraryPath, const QString &passage,
                                               qint64 excludeArticleId)
{
    Outcome outcome;
    Library library;
    if (!library.open(libraryPath, &outcome.error))
        return outcome;
    const WhereElse whereElse(library.database());
    outcome.hits = whereElse.find(passage, excludeArticleId);
    outcome.error = whereElse.lastError();
    return outcome;
}

void WhereElseSearch::deliver()
{
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
        return;
    const Outcome outcome = m_watcher.result();
    if (outcome.hits.isEmpty() && !outcome.error.isEmpty())
        emit failed(outcome.error);
    else
        emit finished(outcome.hits);
}

} // namespace glossa
