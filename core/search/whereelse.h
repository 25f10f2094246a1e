#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace glossa {

struct WhereElseHit
{
    qint64 articleId = 0;
    QString title;
    QString source;
    QDate published;
    QString url;
    QString contentHash;
    double score = 0; // 1 = verbatim copy
    int start = 0;    // the matching passage in that article's text (UTF-16)
    int end = 0;
    QString passage;
};

// "Where else?": the other articles in the library that carry the same or nearly the same
// passage, earliest first — how a claim spread from one outlet to others.
class WhereElse
{
public:
    explicit WhereElse(QSqlDatabase db);

    // \a minimumScore: share of the passage's three-word shingles that must be found.
    QList<WhereElseHit> find(const QString &passage, qint64 excludeArticleId, double minimumScore = 0.4) const;
    QString lastError() const { return m_lastError; }

    static constexpr int kRareWords = 8;
    static constexpr int kCandidates = 200;
    static constexpr int kPhrases = 4;

    // Runs of PassageMatcher::kShingleWords words spread over \a words, at most kPhrases: what
    // candidates are searched by when none of the passage's words is rare.
    static QStringList phrases(const QStringList &words);

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace glossa
