#pragma once

#include "documentsearch.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTextEdit>

namespace glossa {

class ArticleTextView;
class FindBar;

// What the reader finds in the document it shows: the find bar's matches (Find in Article,
// folded as the library's search folds) and the marks under the words of the library search the
// headline list is filtered by. It owns neither widget; the reader draws the marks it keeps.
class ReaderSearch : public QObject
{
    Q_OBJECT
public:
    ReaderSearch(ArticleTextView *text, FindBar *findBar, QObject *parent = nullptr);

    // The find bar's "n of m" for the document as it now is (after it was rebuilt).
    void refreshMatchInfo();
    void clearMatchInfo();

    // The library search whose words are marked; false when it is the one already kept.
    bool setSearchTerms(const QString &search);
    // Marks the kept search's words in the document as it now is.
    void markSearchTerms();
    void clearTermMarks() { m_termSelections.clear(); }
    const QList<QTextEdit::ExtraSelection> &termSelections() const { return m_termSelections; }

private:
    void find(const QString &text, bool backward, bool fromSelectionStart);
    void updateMatchInfo(const QString &text);

    ArticleTextView *m_text;
    FindBar *m_findBar;
    DocumentSearch m_search;
    QString m_searchTerms;
    QList<QTextEdit::ExtraSelection> m_termSelections;
};

} // namespace glossa
