#include "annotationsearchmodel.h"

#include "common/taxonomylabels.h"
#include "common/oneline.h"
#include "workspace.h"

#include <QColor>
#include <QLocale>

namespace glossa {

namespace {

// Quotes and notes can be paragraphs long; the cell shows a line, the tooltip all of it.
constexpr int kCellChars = 160;

} // namespace

AnnotationSearchModel::AnnotationSearchModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::annotationsChanged, this, &AnnotationSearchModel::scheduleRefresh);
    connect(workspace, &Workspace::tagsChanged, this, &AnnotationSearchModel::scheduleRefresh);
    connect(workspace, &Workspace::contentChanged, this, &AnnotationSearchModel::scheduleRefresh);
    connect(workspace, &Workspace::libraryOpened, this, &AnnotationSearchModel::refresh);
}

int AnnotationSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int AnnotationSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AnnotationHit &hit = m_hits.at(index.row());
    switch (role) {
    case AnnotationIdRole:
        return hit.annotationId;
    case ArticleIdRole:
        return hit.articleId;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Quote:
            return hit.exact;
        case Note:
            return hit.note.isEmpty() ? QVariant() : QVariant(hit.note);
        case Article:
            return hit.articleTitle;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Quote && QColor::isValidColorName(hit.color))
            return QColor::fromString(hit.color);
        if (index.column() == Claim && hit.claim)
            return TaxonomyLabels::verdictColor(hit.claim->verdict);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Quote:
            return oneLine(hit.exact, kCellChars);
        case Note:
            return oneLine(hit.note, kCellChars);
        case Tags:
            return hit.tags.join(QStringLiteral(", "));
        case Claim:
            return hit.claim ? tr("%1 · %2").arg(TaxonomyLabels::kind(hit.claim->kind),
                                                 TaxonomyLabels::verdict(hit.claim->verdict))
                             : QString();
        case Article:
            return oneLine(hit.articleTitle, kCellChars);
        case Outlet:
            return hit.source.isEmpty() ? tr("Unknown") : hit.source;
        case Published:
            return hit.published.isValid() ? QLocale().toString(hit.published, QLocale::ShortFormat) : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AnnotationSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Quote:
        return tr("Passage");
    case Note:
        return tr("Note");
    case Tags:
        return tr("Tags");
    case Claim:
        return tr("Kind · Verdict");
    case Article:
        return tr("Article");
    case Outlet:
        return tr("Outlet");
    case Published:
        return tr("Date");
    default:
        return {};
    }
}

void AnnotationSearchModel::search(const QString &text)
{
    m_text = text;
    refresh();
}

void AnnotationSearchModel::refresh()
{
    m_refreshPending = false;
    beginResetModel();
    m_hits.clear();
    m_error.clear();
    if (m_workspace->isOpen() && !m_text.trimmed().isEmpty()) {
        const AnnotationSearchStore store(m_workspace->library().database());
        m_hits = store.search(m_text, kLimit);
        m_error = store.lastError();
    }
    endResetModel();
}

void AnnotationSearchModel::scheduleRefresh()
{
    // A bulk edit notifies every article it touched; search once after all of them.
    if (m_refreshPending || m_text.trimmed().isEmpty())
        return;
    m_refreshPending = true;
    QMetaObject::invokeMethod(this, &AnnotationSearchModel::refresh, Qt::QueuedConnection);
}

} // namespace glossa
