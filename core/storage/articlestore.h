#pragma once

#include "model/article.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QHash>
#include <QStringList>
#include <optional>

namespace glossa {

// An article's note as the library holds it: who wrote it last and when (a note written before
// analysts were recorded has neither).
struct ArticleNoteVersion
{
    QString note;
    QString analystName;
    QDateTime modified;
};

struct LibraryStats
{
    int articles = 0;
    int unread = 0;
    int starred = 0;
    int sources = 0;
    int dumps = 0;
    int annotations = 0;
    int claims = 0;
    int orphaned = 0;
    int tags = 0;
    qint64 rawBytes = 0;
};

// Reads articles and keeps their reading state: everything about articles but listing and
// searching them (ArticleFinder, one floor up) and importing them (ArticleWriter).
class ArticleStore
{
public:
    explicit ArticleStore(QSqlDatabase db);

    std::optional<Article> article(qint64 id) const;
    // The texts of many articles alone, by id, a few hundred a statement (what an offset in code
    // points is counted on); an id not in the library is left out.
    QHash<qint64, QString> texts(const QList<qint64> &ids) const;
    std::optional<ArticleState> state(qint64 id) const;
    QStringList sources() const;
    // The latest publication date in the library, read off the date index; invalid when no
    // article has one. (Where a date chooser opens, rather than at its minimum.)
    QDate newestPublished() const;
    // Counts that read every row: at a million articles, off the UI thread.
    LibraryStats stats() const;
    // The highest article id: at least the number of articles, read off one index page.
    qint64 largestId() const;
    // The raw bytes of the dump an article came from, decompressed.
    QByteArray rawDump(qint64 dumpId) const;

    bool setRead(qint64 id, bool read);
    bool setStarred(qint64 id, bool starred);
    // Writes the note. With \a basedOn (the note the edit started from), only when the library
    // still holds that note: when someone else changed it meanwhile, nothing is written, false
    // is returned and lastNoteConflict() says what the note is now, never written over.
    bool setNote(qint64 id, const QString &note, const std::optional<QString> &basedOn = std::nullopt);
    std::optional<ArticleNoteVersion> lastNoteConflict() const { return m_noteConflict; }
    bool setTags(qint64 id, const QStringList &tags);

    QString lastError() const { return m_lastError; }

    // One row of the headline list, without a snippet: lets a view refresh a single row after
    // an edit instead of re-running its whole query.
    std::optional<ArticleSummary> summary(qint64 id) const;
    // How long the article's text is, in characters, as its last block ends: one index seek,
    // the text itself not read (a window decides from it whether reading the text would stall
    // it). 0 for an article without blocks or not in the library.
    qint64 textLength(qint64 id) const;

private:
    bool setFlag(const char *column, qint64 id, bool value);
    QStringList tagsOf(qint64 id) const;

    QSqlDatabase m_db;
    mutable QString m_lastError;
    std::optional<ArticleNoteVersion> m_noteConflict;
};

} // namespace glossa
