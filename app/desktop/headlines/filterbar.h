#pragma once

#include "search/articlequery.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace glossa {

class CollectionListModel;
class DateField;
class Workspace;

// The controls above the headline list: search text, collection, outlet, date range, tag,
// verdict, the unread/starred switches, and "repeats a checked claim" (of any verdict or one). It only builds an ArticleQuery; the model runs it.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(Workspace *workspace, QWidget *parent = nullptr);

    ArticleQuery query() const;
    QLineEdit *searchField() const { return m_search; }
    QComboBox *collectionChooser() const { return m_collection; }
    DateField *fromField() const { return m_from; }
    DateField *toField() const { return m_to; }
    QCheckBox *repeatsFilter() const { return m_repeatsOnly; }
    QComboBox *repeatedVerdictFilter() const { return m_repeatedVerdict; }
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
    // Enter or Down in the search box: the analyst goes on to the results; Down also steps onto
    // the first one (Enter only searches and hands over the keyboard).
    void resultsRequested(bool stepOntoFirst);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

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
    DateField *m_from;
    DateField *m_to;
    QCheckBox *m_unreadOnly;
    QCheckBox *m_starredOnly;
    QCheckBox *m_repeatsOnly;
    QComboBox *m_repeatedVerdict; // any verdict, or one; enabled with m_repeatsOnly
    // Typing waits for a pause before searching, so each keystroke does not run a query.
    QTimer m_searchDelay;
};

} // namespace glossa
