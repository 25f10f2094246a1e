#pragma once

#include "search/articlequery.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace glossa {

class CollectionListModel;
class Workspace;

// The controls above the headline list: search text, collection, outlet, date range, tag,
// verdict, and the unread/starred switches. It only builds an ArticleQuery; the model runs it.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(Workspace *workspace, QWidget *parent = nullptr);

    ArticleQuery query() const;
    QLineEdit *searchField() const { return m_search; }
    QComboBox *collectionChooser() const { return m_collection; }
    // 0: all articles.
    qint64 collectionId() const;

public slots:
    // Re-reads the outlets and tags offered (after an import, or another library).
    void refreshChoices();
    void clear();
    // Limits the list to one collection (0: all articles); an unknown id means all articles.
    void setCollection(qint64 collectionId);

signals:
    void queryChanged(const ArticleQuery &query);
    void collectionChanged(qint64 collectionId);

private:
    void emitSoon();
    void emitNow();
    static void refillCombo(QComboBox *combo, const QString &anyText, const QStringList &values);
    void reloadCollections();

    Workspace *m_workspace;
    QLineEdit *m_search;
    QComboBox *m_collection;
    CollectionListModel *m_collections;
    QComboBox *m_source;
    QComboBox *m_tag;
    QComboBox *m_verdict;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_unreadOnly;
    QCheckBox *m_starredOnly;
    // Typing waits for a pause before searching, so each keystroke does not run a query.
    QTimer m_searchDelay;
};

} // namespace glossa
