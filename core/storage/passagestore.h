#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace glossa {

// An article that may carry a passage, with the text needed to check it.
struct PassageCandidate
{
    qint64 articleId = 0;
    QString title;
    QString source;
    QDate published;
    QString url;
    QString contentHash;
    QString text;
};

// The SQL side of "where else?": which articles share a passage's rarest words.
class PassageStore
{
public:
    explicit PassageStore(QSqlDatabase db);

    // The words of \a words that the index knows, rarest first, with how many articles hold
    // each, counted up to kRarityCap (a word at the cap is common). Only the first kMaxWords
    // distinct words of three letters or more are looked at.
    QList<QPair<QString, int>> rarestWords(const QStringList &words, int count) const;
    static constexpr int kRarityCap = 5000;
    static constexpr int kMaxWords = 64;
    // Articles holding any of \a words, those with more of them (by bm25) first. A "word" made
    // of several words separated by spaces is searched as a phrase.
    QList<PassageCandidate> candidates(const QStringList &words, qint64 excludeArticleId, int limit) const;

    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace glossa
