#pragma once

#include "search/whereelse.h"

#include <QFutureWatcher>
#include <QObject>

namespace glossa {

// Runs WhereElse::find off the UI thread. The worker opens its own Library on the same file:
// a QSqlDatabase connection must never be used from another thread than the one that made it.
class WhereElseSearch : public QObject
{
    Q_OBJECT
public:
    explicit WhereElseSearch(QObject *parent = nullptr);
    ~WhereElseSearch() override;

    // Starts a search; the result of any earlier one still running is discarded.
    void start(const QString &libraryPath, const QString &passage, qint64 excludeArticleId);
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void finished(const QList<glossa::WhereElseHit> &hits);
    void failed(const QString &message);

private:
    struct Outcome
    {
        QList<WhereElseHit> hits;
        QString error;
    };
    static Outcome run(const QString &libraryPath, const QString &passage, qint64 excludeArticleId);
    void deliver();

    QFutureWatcher<Outcome> m_watcher;
};

} // namespace glossa
