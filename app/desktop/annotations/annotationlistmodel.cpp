#include "annotationlistmodel.h"

#include "annotationdescription.h"
#include "common/annotationplacement.h"
#include "common/taxonomylabels.h"

#include <QColor>
#include <QSet>
#include <algorithm>

namespace glossa {

AnnotationListModel::AnnotationListModel(QObject *parent) : QAbstractListModel(parent) {}

QList<AnnotationListModel::Row> AnnotationListModel::ordered(const QList<Annotation> &annotations,
                                                             const QString &text) const
{
    QList<Row> rows;
    rows.reserve(annotations.size());
    for (const Annotation &annotation : annotations)
        rows.append(Row{annotation, !AnnotationPlacement::isInText(annotation, text)});
    std::stable_sort(rows.begin(), rows.end(), &AnnotationListModel::rowBefore);
    return rows;
}

bool AnnotationListModel::rowBefore(const Row &a, const Row &b)
{
    if (a.orphaned != b.orphaned)
        return !a.orphaned;
    if (a.orphaned)
        return a.annotation.id < b.annotation.id;
    const TextAnchor &x = a.annotation.anchor;
    const TextAnchor &y = b.annotation.anchor;
    if (x.start != y.start)
        return x.start < y.start;
    if (x.end != y.end)
        return x.end < y.end;
    return a.annotation.id < b.annotation.id;
}

bool AnnotationListModel::sameRow(const Row &a, const Row &b)
{
    return a.orphaned == b.orphaned && a.annotation.sameContent(b.annotation);
}

void AnnotationListModel::setAnnotations(const QList<Annotation> &annotations, const QString &text)
{
    m_annotations = annotations;
    QList<Row> next = ordered(annotations, text);

    QSet<qint64> nextIds;
    for (const Row &row : next)
        nextIds.insert(row.annotation.id);

    // 1. Remove the rows that are gone, bottom up, one contiguous run at a time.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (nextIds.contains(m_rows.at(row).annotation.id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !nextIds.contains(m_rows.at(first - 1).annotation.id))
            --first;
        beginRemoveRows(QModelIndex(), first, row);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
        endRemoveRows();
        row = first - 1;
    }

    // 2. What is left must be in the new order; a reordering (rare: an annotation orphaned or
    //    found again) is simplest told as a reset.
    QList<qint64> kept;
    for (const Row &row : std::as_const(m_rows))
        kept.append(row.annotation.id);
    QSet<qint64> keptIds(kept.cbegin(), kept.cend());
    QList<qint64> nextKept;
    for (const Row &row : std::as_const(next)) {
        if (keptIds.contains(row.annotation.id))
            nextKept.append(row.annotation.id);
    }
    if (kept != nextKept) {
        beginResetModel();
        m_rows = next;
        endResetModel();
        return;
    }

    // 3. Insert the new rows where they belong, top down, and refresh the changed ones.
    for (int row = 0; row < next.size(); ++row) {
        const Row &wanted = next.at(row);
        if (row < m_rows.size() && m_rows.at(row).annotation.id == wanted.annotation.id) {
            if (!sameRow(m_rows.at(row), wanted)) {
                m_rows[row] = wanted;
                emit dataChanged(index(row), index(row));
            } else {
                m_rows[row] = wanted; // timestamps may differ
            }
            continue;
        }
        int last = row;
        while (last + 1 < next.size() && !keptIds.contains(next.at(last + 1).annotation.id))
            ++last;
        beginInsertRows(QModelIndex(), row, last);
        for (int i = row; i <= last; ++i)
            m_rows.insert(i, next.at(i));
        endInsertRows();
        row = last;
    }
}

void AnnotationListModel::clear()
{
    m_annotations.clear();
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void AnnotationListModel::upsert(const Annotation &annotation, const QString &text)
{
    const Row wanted{annotation, !AnnotationPlacement::isInText(annotation, text)};
    const auto stored = std::find_if(m_annotations.begin(), m_annotations.end(),
                                     [&](const Annotation &a) { return a.id == annotation.id; });
    if (stored != m_annotations.end())
        *stored = annotation;
    else
        m_annotations.append(annotation);

    int row = rowOf(annotation.id);
    if (row >= 0) {
        const bool stillInOrder = (row == 0 || rowBefore(m_rows.at(row - 1), wanted))
            && (row + 1 == m_rows.size() || rowBefore(wanted, m_rows.at(row + 1)));
        if (stillInOrder) {
            const bool changed = !sameRow(m_rows.at(row), wanted);
            m_rows[row] = wanted; // timestamps may differ
            if (changed)
                emit dataChanged(index(row), index(row));
            return;
        }
        // Its place changed (re-anchored, orphaned or found again): out, then back in below.
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    row = int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), wanted, &AnnotationListModel::rowBefore)
              - m_rows.cbegin());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(row, wanted);
    endInsertRows();
}

void AnnotationListModel::remove(qint64 id)
{
    m_annotations.removeIf([id](const Annotation &a) { return a.id == id; });
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int AnnotationListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).annotation.id == id)
            return row;
    }
    return -1;
}

const Annotation *AnnotationListModel::annotation(qint64 id) const
{
    for (const Row &row : m_rows) {
        if (row.annotation.id == id)
            return &row.annotation;
    }
    return nullptr;
}

QModelIndex AnnotationListModel::indexOf(qint64 id) const
{
    const int row = rowOf(id);
    return row >= 0 ? index(row) : QModelIndex();
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    const Annotation &a = row.annotation;
    switch (role) {
    case Qt::DisplayRole:
    case QuoteRole:
        return a.anchor.exact;
    case Qt::ToolTipRole: {
        // The colour and verdict in words (with the tags, the note and whose reading it is).
        return QStringLiteral("%1\n%2").arg(a.anchor.exact.simplified(), AnnotationDescription::of(a));
    }
    case Qt::AccessibleTextRole:
        return QStringLiteral("“%1” %2").arg(a.anchor.exact.simplified(), AnnotationDescription::of(a));
    case Qt::DecorationRole:
    case ColorRole:
        return QColor(a.color);
    case AnnotationIdRole:
        return a.id;
    case NoteRole:
        return a.note;
    case TagsRole:
        return a.tags;
    case HasClaimRole:
        return a.claim.has_value();
    case ClaimKindRole:
        return a.claim ? QVariant(a.claim->kind) : QVariant();
    case ClaimKindLabelRole:
        return a.claim ? QVariant(TaxonomyLabels::kind(a.claim->kind)) : QVariant();
    case VerdictRole:
        return a.claim ? QVariant(a.claim->verdict) : QVariant();
    case VerdictLabelRole:
        return a.claim ? QVariant(TaxonomyLabels::verdict(a.claim->verdict)) : QVariant();
    case VerdictColorRole:
        return a.claim ? QVariant(TaxonomyLabels::verdictColor(a.claim->verdict)) : QVariant();
    case ClaimantRole:
        return a.claim ? QVariant(a.claim->claimant) : QVariant();
    case OrphanedRole:
        return row.orphaned;
    case StartRole:
        return a.anchor.start;
    case EndRole:
        return a.anchor.end;
    case AnalystIdRole:
        return a.analyst.uuid;
    case AnalystNameRole:
        return a.analyst.name;
    case AnalystInitialsRole:
        return a.analyst.isValid() ? QVariant(a.analyst.displayInitials()) : QVariant();
    case AnalystColorRole:
        return a.analyst.isValid() ? QVariant(QColor(a.analyst.displayColor())) : QVariant();
    case FinalLayerRole:
        return a.layer == Annotation::Layer::Final;
    case ConflictRole:
        return a.conflicted;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> AnnotationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(AnnotationIdRole, "annotationId");
    names.insert(QuoteRole, "quote");
    names.insert(ColorRole, "color");
    names.insert(NoteRole, "note");
    names.insert(TagsRole, "tags");
    names.insert(HasClaimRole, "hasClaim");
    names.insert(ClaimKindRole, "claimKind");
    names.insert(ClaimKindLabelRole, "claimKindLabel");
    names.insert(VerdictRole, "verdict");
    names.insert(VerdictLabelRole, "verdictLabel");
    names.insert(VerdictColorRole, "verdictColor");
    names.insert(ClaimantRole, "claimant");
    names.insert(OrphanedRole, "orphaned");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(AnalystIdRole, "analystId");
    names.insert(AnalystNameRole, "analystName");
    names.insert(AnalystInitialsRole, "analystInitials");
    names.insert(AnalystColorRole, "analystColor");
    names.insert(FinalLayerRole, "finalLayer");
    names.insert(ConflictRole, "conflict");
    return names;
}

} // namespace glossa
