#include "appearancelistmodel.h"

#include "common/taxonomylabels.h"

#include <QLocale>
#include <algorithm>

namespace glossa {

AppearanceListModel::AppearanceListModel(QObject *parent) : QAbstractListModel(parent) {}

void AppearanceListModel::setAppearances(QList<Appearance> appearances)
{
    std::stable_sort(appearances.begin(), appearances.end(), [](const Appearance &a, const Appearance &b) {
        return a.start != b.start ? a.start < b.start : a.id < b.id;
    });
    beginResetModel();
    m_appearances = std::move(appearances);
    endResetModel();
}

const Appearance *AppearanceListModel::appearance(qint64 id) const
{
    for (const Appearance &appearance : m_appearances) {
        if (appearance.id == id)
            return &appearance;
    }
    return nullptr;
}

QModelIndex AppearanceListModel::indexOf(qint64 id) const
{
    for (int row = 0; row < m_appearances.size(); ++row) {
        if (m_appearances.at(row).id == id)
            return index(row);
    }
    return QModelIndex();
}

const Appearance *AppearanceListModel::appearanceAt(int canonicalOffset) const
{
    const Appearance *innermost = nullptr;
    for (const Appearance &appearance : m_appearances) {
        if (appearance.start <= canonicalOffset && canonicalOffset <= appearance.end
            && (!innermost || appearance.end - appearance.start < innermost->end - innermost->start))
            innermost = &appearance;
    }
    return innermost;
}

int AppearanceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_appearances.size());
}

QString AppearanceListModel::sentence(const Appearance &appearance)
{
    const RememberedClaim &claim = appearance.claim;
    const QString verdict = TaxonomyLabels::verdict(claim.verdict);
    // Day, month in words and year, in the interface's language: no weekday, which the long
    // format adds and a card has no room for.
    const QString date = claim.settled.isValid()
        ? QLocale().toString(claim.settled.date(), QStringLiteral("d MMMM yyyy"))
        : QString();
    if (!claim.reviewer.isEmpty() && !date.isEmpty())
        return tr("Repeats a claim rated %1 by %2 on %3").arg(verdict, claim.reviewer, date);
    if (!claim.reviewer.isEmpty())
        return tr("Repeats a claim rated %1 by %2").arg(verdict, claim.reviewer);
    if (!date.isEmpty())
        return tr("Repeats a claim rated %1 on %2").arg(verdict, date);
    return tr("Repeats a claim rated %1").arg(verdict);
}

QVariant AppearanceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Appearance &appearance = m_appearances.at(index.row());
    const RememberedClaim &claim = appearance.claim;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return sentence(appearance);
    case Qt::ToolTipRole:
        return appearance.reason;
    case AppearanceIdRole:
        return appearance.id;
    case ArticleIdRole:
        return appearance.articleId;
    case StartRole:
        return appearance.start;
    case EndRole:
        return appearance.end;
    case ExactRole:
        return appearance.exact;
    case VerdictRole:
        return claim.verdict;
    case VerdictLabelRole:
        return TaxonomyLabels::verdict(claim.verdict);
    case VerdictColorRole:
        return TaxonomyLabels::verdictColor(claim.verdict);
    case ReviewerRole:
        return claim.reviewer;
    case SettledRole:
        return claim.settled;
    case ClaimTextRole:
        return claim.text;
    case ClaimSourceRole:
        return RememberedClaim::sourceName(claim.source);
    case ClaimArticleIdRole:
        return claim.articleId;
    case ClaimIdRole:
        return claim.id;
    case UrlRole:
        return claim.url;
    case ScoreRole:
        return appearance.score;
    case MatchRole:
        return Appearance::matchName(appearance.match);
    case ReasonRole:
        return appearance.reason;
    }
    return QVariant();
}

QHash<int, QByteArray> AppearanceListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(AppearanceIdRole, "appearanceId");
    names.insert(ArticleIdRole, "articleId");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(ExactRole, "exact");
    names.insert(VerdictRole, "verdict");
    names.insert(VerdictLabelRole, "verdictLabel");
    names.insert(VerdictColorRole, "verdictColor");
    names.insert(ReviewerRole, "reviewer");
    names.insert(SettledRole, "settled");
    names.insert(ClaimTextRole, "claimText");
    names.insert(ClaimSourceRole, "claimSource");
    names.insert(ClaimArticleIdRole, "claimArticleId");
    names.insert(ClaimIdRole, "claimId");
    names.insert(UrlRole, "url");
    names.insert(ScoreRole, "score");
    names.insert(MatchRole, "match");
    names.insert(ReasonRole, "reason");
    return names;
}

} // namespace glossa
