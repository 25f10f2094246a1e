#include "readersearch.h"

#include "articletextview.h"
#include "findbar.h"

#include <QColor>
#include <QTextCursor>
#include <QTextDocument>
#include <optional>

namespace glossa {

ReaderSearch::ReaderSearch(ArticleTextView *text, FindBar *findBar, QObject *parent)
    : QObject(parent), m_text(text), m_findBar(findBar)
{
    connect(m_findBar, &FindBar::findRequested, this,
            [this](const QString &query, bool backward) { find(query, backward, false); });
    connect(m_findBar, &FindBar::queryChanged, this, [this](const QString &query) { find(query, false, true); });
    connect(m_findBar, &FindBar::closed, this, [this] { m_text->setFocus(Qt::OtherFocusReason); });
}

void ReaderSearch::refreshMatchInfo()
{
    if (m_findBar->isVisible())
        updateMatchInfo(m_findBar->text());
}

void ReaderSearch::clearMatchInfo()
{
    m_findBar->setMatchInfo(0, 0);
}

bool ReaderSearch::setSearchTerms(const QString &search)
{
    if (search == m_searchTerms)
        return false;
    m_searchTerms = search;
    return true;
}

void ReaderSearch::markSearchTerms()
{
    m_termSelections.clear();
    if (m_searchTerms.trimmed().isEmpty())
        return;
    // An underline in the link colour over a faint wash of it: visible in either theme, and
    // never taken for a highlight, which is a full background.
    const QColor accent = m_text->palette().color(QPalette::Link);
    QColor wash = accent;
    wash.setAlpha(40);
    QTextCharFormat format;
    format.setBackground(wash);
    format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    format.setUnderlineColor(accent);
    format.setProperty(QTextFormat::UserProperty + 1, true); // a search term, for tests
    for (const auto &[start, end] : m_search.findSearchTerms(m_text->document(), m_searchTerms)) {
        QTextCursor cursor(m_text->document());
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        m_termSelections.append({cursor, format});
    }
}

void ReaderSearch::find(const QString &text, bool backward, bool fromSelectionStart)
{
    QTextDocument *document = m_text->document();
    if (text.isEmpty()) {
        QTextCursor cursor = m_text->textCursor();
        cursor.clearSelection();
        m_text->setTextCursor(cursor);
        m_findBar->setMatchInfo(0, 0);
        return;
    }
    // Folded as the library's search folds: "algerienne" finds "Algérienne".
    const QList<std::pair<int, int>> matches = m_search.find(document, text);
    const QTextCursor cursor = m_text->textCursor();
    const int from = fromSelectionStart ? cursor.selectionStart() : backward ? cursor.selectionStart() : cursor.selectionEnd();
    std::optional<std::pair<int, int>> found;
    if (backward) {
        for (auto it = matches.crbegin(); it != matches.crend() && !found; ++it) {
            if (it->first < from)
                found = *it;
        }
    } else {
        for (auto it = matches.cbegin(); it != matches.cend() && !found; ++it) {
            if (it->first >= from)
                found = *it;
        }
    }
    if (!found && !matches.isEmpty()) // wrap around, as browsers and editors do
        found = backward ? matches.constLast() : matches.constFirst();
    if (found) {
        QTextCursor select(document);
        select.setPosition(found->first);
        select.setPosition(found->second, QTextCursor::KeepAnchor);
        m_text->setTextCursor(select);
        m_text->ensureCursorVisible();
    }
    updateMatchInfo(text);
}

void ReaderSearch::updateMatchInfo(const QString &text)
{
    if (text.isEmpty()) {
        m_findBar->setMatchInfo(0, 0);
        return;
    }
    const QTextCursor current = m_text->textCursor();
    const QList<std::pair<int, int>> matches = m_search.find(m_text->document(), text);
    int index = 0;
    for (int i = 0; i < matches.size() && index == 0; ++i) {
        if (matches.at(i).first == current.selectionStart() && matches.at(i).second == current.selectionEnd())
            index = i + 1;
    }
    m_findBar->setMatchInfo(index, int(matches.size()));
}

} // namespace glossa
