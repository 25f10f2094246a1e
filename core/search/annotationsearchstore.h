#pragma once

#include "model/annotation.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace glossa {

// One annotation found by a search, with the article it belongs to.
struct AnnotationHit
{
    qint64 annotationId = 0;
    qint64 articleId = 0;
    QString exact;
    QString note;
    QString color;
    QStringList tags;
    std::optional<Claim> claim;
    QString articleTitle;
    QString source;  // empty when unknown
    QDate published; // invalid when unknown
};

// Full-text search over annotations: their quotes, notes and tag names (annotations_fts), with
// the user query language of FtsQuery, best matches first (bm25).
class AnnotationSearchStore
{
public:
    explicit AnnotationSearchStore(QSqlDatabase db);

    // Nothing (and no error) when the text holds nothing to search for.
    QList<AnnotationHit> search(const QString &userText, int limit = 500) const;

    QString lastError() const { return m_lastError; }

private:
    void addTags(QList<AnnotationHit> *hits) const;

    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace glossa
