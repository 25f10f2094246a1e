#include "annotationfilterproxymodel.h"

#include "annotationlistmodel.h"

namespace glossa {

AnnotationFilterProxyModel::AnnotationFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // The source model's order (text order, orphaned last) is the order to show.
    setDynamicSortFilter(true);
}

void AnnotationFilterProxyModel::setTagFilter(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    invalidateFilter();
}

void AnnotationFilterProxyModel::setVerdictFilter(const QString &verdict)
{
    if (verdict == m_verdict)
        return;
    m_verdict = verdict;
    invalidateFilter();
}

void AnnotationFilterProxyModel::setAnalystFilter(const QString &analystUuid)
{
    if (analystUuid == m_analyst)
        return;
    m_analyst = analystUuid;
    invalidateFilter();
}

bool AnnotationFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_analyst.isEmpty() && index.data(AnnotationListModel::AnalystIdRole).toString() != m_analyst)
        return false;
    if (!m_tag.isEmpty()
        && !index.data(AnnotationListModel::TagsRole).toStringList().contains(m_tag, Qt::CaseInsensitive))
        return false;
    if (m_verdict.isEmpty())
        return true;
    const bool hasClaim = index.data(AnnotationListModel::HasClaimRole).toBool();
    if (m_verdict == noClaim())
        return !hasClaim;
    return hasClaim && index.data(AnnotationListModel::VerdictRole).toString() == m_verdict;
}

} // namespace glossa
