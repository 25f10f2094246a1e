#pragma once

#include "search/annotationsearchstore.h"

#include <QAbstractTableModel>

namespace glossa {

class Workspace;

// The annotations that match a search (quote, note, tags), best first: one row per annotation
// with its claim and its article. It searches again after any annotation or tag edit, so the
// rows never show a state the library no longer has.
class AnnotationSearchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Quote, Note, Tags, Claim, Article, Outlet, Published, ColumnCount };
    enum Role { AnnotationIdRole = Qt::UserRole + 1, ArticleIdRole };

    explicit AnnotationSearchModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString searchText() const { return m_text; }
    const AnnotationHit &hitAt(int row) const { return m_hits.at(row); }
    // The last search failed (the reason); empty when it did not.
    QString errorText() const { return m_error; }

    // At most this many rows: a search is for finding, not for listing the library.
    static constexpr int kLimit = 500;

public slots:
    void search(const QString &text);
    void refresh();

private:
    void scheduleRefresh();

    Workspace *m_workspace;
    QString m_text;
    QList<AnnotationHit> m_hits;
    QString m_error;
    bool m_refreshPending = false;
};

} // namespace glossa
