#pragma once

#include "model/annotation.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace glossa {

// Stores many new annotations in one transaction, all or none: an import must never stop
// half-way. Unlike AnnotationStore::create it keeps the annotations' original created and
// modified times. Tags go through TagStore as AnnotationStore does.
class AnnotationBatchWriter
{
public:
    explicit AnnotationBatchWriter(QSqlDatabase db);

    // Sets each annotation's id; keeps valid created/modified times (an import keeps the
    // original ones) and stamps the others now. False (lastError) leaves the library unchanged.
    bool insertAll(QList<Annotation> &annotations);

    QString lastError() const { return m_lastError; }

private:
    bool insertOne(Annotation &annotation, const QString &now);

    QSqlDatabase m_db;
    QString m_lastError;
};

} // namespace glossa
