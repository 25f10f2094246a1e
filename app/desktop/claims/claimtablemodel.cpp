#include "claimtablemodel.h"

#include "common/taxonomylabels.h"
#include "model/taxonomy.h"
#include "common/oneline.h"
#include "workspace.h"

#include <QBrush>
#include <QLocale>

namespace glossa {

namespace {

// Passages can be paragraphs long; the cell shows a line, the tooltip the whole passage.
constexpr int kPassageChars = 160;

} // namespace

ClaimTableModel::ClaimTableModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    // Any annotation or tag change may add, drop or alter a claim; the board is a library-wide
    // view, so it simply reads the (indexed, filtered) query again.
    connect(workspace, &Workspace::annotationsChanged, this, &ClaimTableModel::scheduleRefresh);
    connect(workspace, &Workspace::tagsChanged, this, &ClaimTableModel::scheduleRefresh);
    connect(workspace, &Workspace::contentChanged, this, &ClaimTableModel::scheduleRefresh);
    connect(workspace, &Workspace::libraryOpened, this, &ClaimTableModel::refresh);
    refresh();
}

int ClaimTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClaimRow &row = m_rows.at(index.row());
    switch (role) {
    case AnnotationIdRole:
        return row.annotationId;
    case ArticleIdRole:
        return row.articleId;
    case Qt::ToolTipRole:
        if (index.column() == Passage)
            return row.note.isEmpty() ? row.exact : row.exact + QStringLiteral("\n\n") + row.note;
        if (index.column() == Article)
            return row.articleTitle;
        return {};
    case Qt::DecorationRole:
        if (index.column() == Verdict)
            return TaxonomyLabels::verdictColor(row.claim.verdict);
        if (index.column() == Passage && !row.color.isEmpty())
            return QColor(row.color);
        return {};
    case SortRole:
        switch (index.column()) {
        case Published:
            return row.published;
        case Verdict: {
            // Rated verdicts sort from false to supported; unrated ones after them.
            const Taxonomy::Entry *entry = Taxonomy::builtIn().verdict(row.claim.verdict);
            return entry && entry->rating > 0 ? entry->rating : 99;
        }
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Passage:
            return oneLine(row.exact, kPassageChars);
        case Kind:
            return TaxonomyLabels::kind(row.claim.kind);
        case Verdict:
            return TaxonomyLabels::verdict(row.claim.verdict);
        case Claimant:
            return row.claim.claimant;
        case Tags:
            return row.tags.join(QStringLiteral(", "));
        case Article:
            return oneLine(row.articleTitle, kPassageChars);
        case Outlet:
            return row.source.isEmpty() ? tr("Unknown") : row.source;
        case Published:
            return row.published.isValid() ? QLocale().toString(row.published, QLocale::ShortFormat) : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ClaimTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Passage:
        return tr("Passage");
    case Kind:
        return tr("Kind");
    case Verdict:
        return tr("Verdict");
    case Claimant:
        return tr("Claimant");
    case Tags:
        return tr("Tags");
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

void ClaimTableModel::setQuery(const ClaimQuery &query)
{
    m_query = query;
    refresh();
}

void ClaimTableModel::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QMetaObject::invokeMethod(this, &ClaimTableModel::refresh, Qt::QueuedConnection);
}

void ClaimTableModel::refresh()
{
    m_refreshPending = false;
    beginResetModel();
    if (m_workspace->isOpen()) {
        ClaimStore store(m_workspace->library().database());
        m_rows = store.claims(m_query);
    } else {
        m_rows.clear();
    }
    endResetModel();
}

} // namespace glossa
