#pragma once

#include "model/annotation.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace glossa {

// One change of a claim field (kind, verdict, claimant, evidence, confidence): who, when, from
// what to what. A field that had no value (a claim just made) is an empty from.
struct ClaimChange
{
    QDateTime when;
    Analyst analyst; // empty when the change was made before the library knew analysts
    QString field;
    QString from;
    QString to;
};

// What comparing analysts needs of one annotation: whose it is, where it sits, how it was coded.
struct Coding
{
    qint64 articleId = 0;
    QString uuid;
    Analyst analyst;
    int start = 0;
    int end = 0;
    bool orphaned = false;
    bool isClaim = false;
    QString kind;
    QString verdict;
};

// Creates, changes and deletes annotations with their tags and claim. Each call is one
// transaction, so every user edit reaches the file as it happens.
class AnnotationStore
{
public:
    explicit AnnotationStore(QSqlDatabase db);

    // Stores a new annotation; sets its id, its UUID (unless it came with one) and timestamps. It
    // belongs to its analyst when it names one (a merged file), else to the connection's acting
    // analyst (AnalystStore::actAs). A claim's first values start its history. Returns false (lastError) when the
    // article does not exist or the span is outside its text.
    bool create(Annotation &annotation);
    // Stores many new annotations, all or none (an import). Keeps each one's created and
    // modified times where they are set, and sets their ids; what is stored is the version
    // merged (mergedModified).
    bool createAll(QList<Annotation> &annotations);
    // Puts back an annotation exactly as it was, id and timestamps included (undo of a delete).
    bool restore(const Annotation &annotation);
    // Replaces colour, note, tags, claim and anchor; sets the modified time. Whatever changes in
    // the claim is added to its history, by the acting analyst. The maker stays the maker.
    bool update(Annotation &annotation);
    // update() for many annotations in one transaction: all are saved or none (a bulk edit
    // from the claims board is one user action, so it must not half-happen).
    bool updateAll(QList<Annotation> &annotations);
    bool remove(qint64 id);

    // Merging another library's file: replaces what the user edits with \a annotation's (the
    // same row, found by its UUID), keeping its modified time as the file gave it, as the
    // version last merged. The claim's changes go to its history.
    bool applyMerged(Annotation &annotation);
    // Keeps the other version of an annotation changed on both sides since they last merged
    // (its JSON as it came), and marks the annotation conflicted until someone settles it.
    bool addConflict(qint64 annotationId, const QDateTime &modified, const QByteArray &version);
    QList<QByteArray> conflictingVersions(qint64 annotationId) const;

    std::optional<Annotation> annotation(qint64 id) const;
    std::optional<Annotation> annotationByUuid(const QString &uuid) const;
    // The annotation imported from another tool under that tool's identifier (Annotation::foreignId).
    std::optional<Annotation> annotationByForeignId(const QString &foreignId) const;
    // Whether this connection's analyst may change or delete \a annotation: their own, one of
    // nobody's, and on a team library any for an editor (the server's own rule, asked of it).
    // The reason in lastError() when not.
    bool mayChange(const Annotation &annotation) const;
    // The analysts' own annotations (not the final layer) on the given articles, those of every
    // analyst, in one statement per few hundred articles; by article, then start.
    QList<Coding> codings(const QList<qint64> &articleIds) const;
    // The articles that two analysts or more annotated, ascending.
    QList<qint64> articlesCodedByTwoOrMore() const;
    // The length of each article's text in UTF-16 units, the unit of annotation offsets.
    QHash<qint64, int> textLengths(const QList<qint64> &articleIds) const;

    // The changes of an annotation's claim, oldest first.
    QList<ClaimChange> claimHistory(qint64 annotationId) const;
    QList<Annotation> annotationsForArticle(qint64 articleId) const;

    // After update() refused a change based on an older version than the row's: the annotation
    // as it is now (someone else's change), so that the user can choose; nullopt otherwise.
    std::optional<Annotation> lastConflict() const { return m_conflict; }

    QString lastError() const { return m_lastError; }

    // Why an annotation cannot be stored over this article text (its span outside it, its
    // quote not what the text holds there); empty when it can. Orphans always can.
    static QString spanProblem(const Annotation &annotation, const QString &body);
    // Why its quote, prefix or suffix is too long to keep; empty when none is.
    static QString quoteLengthProblem(const Annotation &annotation);
    // The columns a new annotation row takes, and their values bound in that order (one and a
    // batch of many are inserted alike: insertNew, AnnotationBatchWriter).
    static QString insertColumns();
    static void bindInsertValues(QSqlQuery &query, const Annotation &annotation, const QString &created,
                                 const QString &modified, const QString &uuid, const QVariant &analystId);
    // "?, ?, …" for insertColumns() and \a extra more.
    static QString insertPlaceholders(int extra = 0);
    // A claim's row: the statement and its values bound in order.
    static QString claimInsertSql();
    static void bindClaimValues(QSqlQuery &query, qint64 annotationId, const Claim &claim);

private:
    static QString noteFormatValue(const Annotation &annotation);
    std::optional<Annotation> m_conflict;
    QString noSuchAnnotation(qint64 id) const;
    bool insertNew(Annotation &annotation, const QString &created, const QString &modified);
    bool writeDetails(const Annotation &annotation);
    bool checkSpan(const Annotation &annotation);
    // The analysts row an annotation is stored with: its own analyst, else the acting one, else
    // none (null).
    bool analystIdFor(const Annotation &annotation, QVariant *id);
    bool recordClaimChanges(qint64 annotationId, const std::optional<Claim> &before,
                            const std::optional<Claim> &after, const QString &when);
    std::optional<Claim> claimOf(qint64 id) const;
    // update() and applyMerged(): what the user edits, written with \a modified as the time;
    // \a merged records it as the version last merged too.
    bool rewrite(Annotation &annotation, const QString &modified, bool merged);
    QList<Annotation> load(const QString &where, const QVariant &value) const;

    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace glossa
