#pragma once

#include "appearanceunderlines.h"
#include "articleparts.h"
#include "documentpositionmap.h"
#include "highlightlayer.h"
#include "model/article.h"
#include "workspace.h"

#include <QTimer>
#include <QWidget>
#include <optional>
#include <utility>

class QAction;

namespace glossa {

class ArticlePartsBar;
class ArticleTextView;
class FindBar;
class ReaderSearch;
class WorthCheckingMarks;

// The reader pane: an article's title, outlet, date and provenance, then its headings and
// paragraphs, with the annotations drawn over them. Selections are exchanged with the rest of
// the app as canonical offsets (UTF-16 into Article::text), never as document positions.
class ReaderView : public QWidget
{
    Q_OBJECT
public:
    explicit ReaderView(Workspace *workspace, QWidget *parent = nullptr);
    ~ReaderView() override;

    // Shows an article; showing the one already shown changes nothing, so the scroll position
    // and selection survive (undo asks the window to show the edited article).
    void showArticle(qint64 id);
    void clear();
    qint64 articleId() const { return m_article ? m_article->id : 0; }
    const Article *article() const { return m_article ? &*m_article : nullptr; }

    // Scrolls an annotation into view and flashes it briefly.
    void scrollToAnnotation(qint64 annotationId);

    void zoomIn();
    void zoomOut();
    void resetZoom();
    int zoomSteps() const { return m_zoomSteps; }
    // The text's face and size before zoom: \a family empty and \a pointSize 0 for the reader's
    // own (a serif face a little larger than the interface's). Applied at once.
    void setReadingFont(const QString &family, qreal pointSize);
    QFont readingFont() const;

    // Ctrl+F: shows the find bar.
    QAction *findAction() const { return m_findAction; }
    // Ctrl+Shift+E, and in the text's context menu: the selection (or the caret) widened to the
    // whole sentences it touches.
    QAction *extendToSentenceAction() const { return m_sentenceAction; }
    void extendSelectionToSentence();
    // View ▸ Worth Checking (Ctrl+Shift+W): marks the sentences most worth checking.
    QAction *worthCheckingAction() const;
    WorthCheckingMarks *worthChecking() const { return m_worth; }
    // Actions shown in the text's context menu under Copy / Select All (annotating).
    void setContextActions(const QList<QAction *> &actions);

    // The selected span of the article's canonical text, start < end; none without a selection.
    std::optional<std::pair<int, int>> selectedSpan() const;
    // Selects a span of the canonical text (offsets are clamped to the text).
    void selectSpan(int start, int end);
    // The library search the headline list is filtered by: its words are marked in every
    // article shown, under the highlights. Empty: nothing is marked.
    void setSearchTerms(const QString &search);
    int searchTermCount() const;

    // The highlights and claims at the text cursor, in words (empty: none); what the text's
    // accessible description says while the caret is in them.
    QString annotationsAtCursor() const;

    // A very long article is shown one part at a time (ArticleParts); these say which.
    int partCount() const { return m_parts.count(); }
    int currentPart() const { return m_part; }
    void showPart(int part);
    // Drops the selection, leaving the cursor at its end (where keyboard selecting goes on).
    void collapseSelection();
    // The narrowest text column that still reads well: 45 characters of the reading font (as
    // zoomed). The window gives the reader this before the other panes get more.
    int leastReadableWidth() const;
    // Gives the keyboard to the text, its cursor at the article's first word when it was still
    // above it (title, provenance), so that Shift+arrows select article text at once.
    void focusText(Qt::FocusReason reason = Qt::ShortcutFocusReason);

    // For tests and benchmarks: the text surface and the position table.
    ArticleTextView *textView() const { return m_text; }
    const DocumentPositionMap &positionMap() const { return m_map; }
    const HighlightLayer &highlights() const { return m_highlights; }
    // The claim memory's proposals underlined in the part shown (AppearanceUnderlines).
    const QList<QTextEdit::ExtraSelection> &appearanceUnderlines() const { return m_appearanceSelections; }

signals:
    // The analyst clicked a highlight.
    void annotationActivated(qint64 annotationId);
    // The analyst clicked a proposed repeat of a checked claim (outside any highlight).
    void appearanceActivated(qint64 appearanceId);
    // The selection changed (annotating actions enable themselves on it).
    void selectionChanged();

private:
    void rebuildDocument();
    void reloadAnnotations();
    void reloadAppearances();
    // The annotation has text in the part shown.
    bool inShownPart(const Annotation &annotation) const;
    void display(); // the open article, afresh
    void showNothing();
    void onAnnotationChanged(qint64 annotationId, Workspace::AnnotationChange change);
    void applySelections();
    // A mouse selection ended: unless it was made exact (Alt), it snaps to whole words.
    void snapSelection(bool exact);
    // Selects [anchor, position) or (position, anchor] of the canonical text, keeping which end
    // the caret is at.
    void setCanonicalSelection(int anchor, int position);
    void applyZoom();
    QList<QAction *> textContextActions() const;
    void showToolTip(int documentPosition, const QPoint &globalPos);
    void describeCursor();
    void activateAt(int documentPosition);

    Workspace *m_workspace;
    ArticleTextView *m_text;
    FindBar *m_findBar;
    ArticlePartsBar *m_partsBar;
    ReaderSearch *m_search;
    WorthCheckingMarks *m_worth;
    QList<QAction *> m_contextActions; // the window's, after the reader's own
    QAction *m_findAction;
    QAction *m_sentenceAction;
    std::optional<Article> m_article;
    ArticleParts m_parts;
    int m_part = 0;
    DocumentPositionMap m_map;
    HighlightLayer m_highlights;
    QList<QTextEdit::ExtraSelection> m_highlightSelections;
    QList<QTextEdit::ExtraSelection> m_appearanceSelections;
    std::optional<QTextEdit::ExtraSelection> m_flash;
    QTimer m_flashTimer;
    int m_zoomSteps = 0;
    QString m_fontFamily;
    qreal m_fontSize = 0;
};

} // namespace glossa
