#pragma once

#include <QSortFilterProxyModel>

namespace glossa {

// Narrows the sidebar's list to annotations with a tag, a claim verdict and/or of one analyst.
class AnnotationFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // The verdict filter value that keeps only annotations without a claim.
    static QString noClaim() { return QStringLiteral("-"); }

    explicit AnnotationFilterProxyModel(QObject *parent = nullptr);

    QString tagFilter() const { return m_tag; }
    // Empty: any tag. Matched without regard to case, like tag names in the library.
    void setTagFilter(const QString &tag);
    QString verdictFilter() const { return m_verdict; }
    // Empty: any; noClaim(): annotations without a claim; otherwise a verdict id.
    void setVerdictFilter(const QString &verdict);
    QString analystFilter() const { return m_analyst; }
    // Empty: every analyst's; otherwise one analyst's UUID.
    void setAnalystFilter(const QString &analystUuid);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_tag;
    QString m_verdict;
    QString m_analyst;
};

} // namespace glossa
