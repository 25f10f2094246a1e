#pragma once

#include "model/annotation.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace glossa {

// Stores many new annotations in one transaction, all or none (AnnotationStore::createAll: the
// merge of a W3C file, the import of a REFI-QDA project). The same rows as one create() each,
// with each statement prepared once and each article text, analyst and tag looked up once per
// batch: an import of 10,000 annotations runs some 15 statements per annotation, not 25
// prepared anew. Keeps each annotation's created and modified times where they are set; what
// is stored is the version merged (merged_modified).
class AnnotationBatchWriter
{
public:
    explicit AnnotationBatchWriter(QSqlDatabase db);

    // Sets each annotation's id, UUID (unless it came with one), times, merged version and,
    // when it names none, its analyst (the acting one). False (lastError) writes nothing.
    bool insert(QList<Annotation> &annotations);
    QString lastError() const { return m_lastError; }

private:
    bool fail(const QString &error);
    const QString *body(qint64 articleId);
    bool analystId(const Annotation &annotation, QVariant *id);
    qint64 tagId(const QString &tag);

    QSqlDatabase m_db;
    QString m_lastError;
    QHash<qint64, QString> m_bodies;
    QHash<QString, qint64> m_analysts; // by UUID
    QHash<QString, qint64> m_tags;     // by folded name
};

} // namespace glossa
