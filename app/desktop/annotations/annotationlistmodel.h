#pragma once

#include "model/annotation.h"

#include <QAbstractListModel>
#include <QList>

namespace glossa {

// The annotations of one article, as the sidebar lists them: those in the text in text order,
// then the orphaned ones (their quote is no longer in the text) by creation.
// Updates are incremental (rows inserted, removed, changed) so selection and scroll position
// survive an edit.
class AnnotationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        AnnotationIdRole = Qt::UserRole + 1,
        QuoteRole,
        ColorRole,       // QColor
        NoteRole,
        TagsRole,        // QStringList
        HasClaimRole,
        ClaimKindRole,   // kind id
        ClaimKindLabelRole,
        VerdictRole,     // verdict id
        VerdictLabelRole,
        VerdictColorRole, // QColor
        ClaimantRole,
        OrphanedRole,
        StartRole,
        EndRole,
        AnalystIdRole,       // the analyst's UUID; empty for annotations nobody has claimed
        AnalystNameRole,
        AnalystInitialsRole,
        AnalystColorRole,    // QColor: the analyst's, or one picked for them (Analyst::displayColor)
        FinalLayerRole,      // bool: a decision of the article's final layer
        ConflictRole,        // bool: another version waits to be settled
    };

    explicit AnnotationListModel(QObject *parent = nullptr);

    // text is the article's canonical text, to tell which annotations are still in it.
    void setAnnotations(const QList<Annotation> &annotations, const QString &text);
    void clear();
    // One annotation added or changed (its row is inserted, updated or moved) or removed:
    // what the sidebar does after a single edit, without re-reading the others.
    void upsert(const Annotation &annotation, const QString &text);
    void remove(qint64 id);

    const QList<Annotation> &annotations() const { return m_annotations; }
    const Annotation *annotation(qint64 id) const;
    QModelIndex indexOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        Annotation annotation;
        bool orphaned = false;
    };
    QList<Row> ordered(const QList<Annotation> &annotations, const QString &text) const;
    static bool sameRow(const Row &a, const Row &b);
    // The sidebar's order: in-text rows by position, then orphaned ones by id.
    static bool rowBefore(const Row &a, const Row &b);
    int rowOf(qint64 id) const;

    QList<Row> m_rows;
    QList<Annotation> m_annotations;
};

} // namespace glossa
