#include "readerview.h"

#include "annotations/annotationlistmodel.h"
#include "common/annotationplacement.h"
#include "common/scriptsupport.h"
#include "common/taxonomylabels.h"
#include "articledocumentbuilder.h"
#include "articletextview.h"
#include "findbar.h"
#include "common/oneline.h"
#include "openarticle.h"
#include "workspace.h"

#include <QAction>
#include <QScrollBar>
#include <QSettings>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QColor>
#include <QToolTip>
#include <QVBoxLayout>

namespace glossa {

namespace {

constexpr int kMinZoomSteps = -4;
constexpr int kMaxZoomSteps = 14;
constexpr int kFlashMilliseconds = 700;
const char *const kZoomSetting = "reader/zoomSteps";

QFont readingFont(const QFont &base)
{
    QFont font = base;
    // A text face for long reading; fontconfig falls back per script (Arabic included).
    font.setFamilies({QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"), QStringLiteral("Georgia"),
                      QStringLiteral("serif")});
    font.setPointSizeF(std::max<qreal>(base.pointSizeF(), 9.0) + 3.0);
    return font;
}

} // namespace

ReaderView::ReaderView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_text(new ArticleTextView(this)), m_findBar(new FindBar(this))
{
    setObjectName(QStringLiteral("readerView"));
    m_text->setObjectName(QStringLiteral("readerText"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_findBar);
    m_findBar->hide();
    setFocusProxy(m_text);
    // Drawn while no article is open, so that the empty pane says what to do.
    m_text->setPlaceholderText(tr("Select an article in the list — J and K move to the next and previous one."));

    m_findAction = new QAction(tr("&Find in Article…"), this);
    m_findAction->setObjectName(QStringLiteral("findInArticle"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_findAction);
    connect(m_findAction, &QAction::triggered, m_findBar, &FindBar::activate);
    connect(m_findBar, &FindBar::findRequested, this,
            [this](const QString &text, bool backward) { find(text, backward, false); });
    connect(m_findBar, &FindBar::queryChanged, this, [this](const QString &text) { find(text, false, true); });
    connect(m_findBar, &FindBar::closed, this, [this] { m_text->setFocus(Qt::OtherFocusReason); });

    m_flashTimer.setSingleShot(true);
    m_flashTimer.setInterval(kFlashMilliseconds);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] {
        m_flash.reset();
        applySelections();
    });

    connect(m_text, &QTextEdit::selectionChanged, this, &ReaderView::selectionChanged);
    connect(m_text, &ArticleTextView::toolTipRequested, this, &ReaderView::showToolTip);
    connect(m_text, &ArticleTextView::clickedAt, this, &ReaderView::activateAt);
    connect(m_text, &ArticleTextView::paletteChanged, this, &ReaderView::rebuildDocument);

    OpenArticle *open = m_workspace->openArticle();
    connect(open, &OpenArticle::opened, this, &ReaderView::display);
    connect(open, &OpenArticle::annotationsReset, this, &ReaderView::reloadAnnotations);
    connect(open, &OpenArticle::annotationChanged, this, &ReaderView::onAnnotationChanged);

    m_zoomSteps = std::clamp(QSettings().value(QLatin1String(kZoomSetting), 0).toInt(), kMinZoomSteps, kMaxZoomSteps);
    applyZoom();
}

ReaderView::~ReaderView() = default;

void ReaderView::showArticle(qint64 id)
{
    // The one already open is not read again: its highlights follow its edits (undo and redo
    // show the edited article again after every step).
    m_workspace->openArticle()->open(id);
    if (articleId() != m_workspace->openArticle()->id())
        display(); // open already (the sidebar opened it first): nothing was emitted
}

void ReaderView::display()
{
    const Article *article = m_workspace->openArticle()->article();
    if (!article) {
        showNothing();
        return;
    }
    // Another article: no selection comes along (at the old offsets it would sit mid-word in
    // text nobody chose, and H would annotate it). The same one shown again keeps it.
    if (!m_article || m_article->id != article->id) {
        QTextCursor cursor = m_text->textCursor();
        cursor.clearSelection();
        cursor.setPosition(0);
        m_text->setTextCursor(cursor);
    }
    m_article = *article;
    m_flash.reset();
    rebuildDocument();
    m_text->verticalScrollBar()->setValue(0);
    if (m_findBar->isVisible())
        updateMatchInfo(m_findBar->text());
}

void ReaderView::clear()
{
    m_workspace->openArticle()->close();
    showNothing();
}

void ReaderView::showNothing()
{
    m_article.reset();
    m_map.clear();
    m_highlights.setAnnotations({});
    m_highlightSelections.clear();
    m_flash.reset();
    m_text->setExtraSelections({});
    m_text->document()->clear();
    m_findBar->setMatchInfo(0, 0);
}

void ReaderView::rebuildDocument()
{
    if (!m_article)
        return;
    // Keep the reading position when only the palette changed.
    const int scroll = m_text->verticalScrollBar()->value();
    const std::optional<std::pair<int, int>> selection = selectedSpan();
    m_text->setExtraSelections({});
    // One edit block around the text and its highlights, so the document is laid out once, when
    // it closes. Placed before that, the highlights cost nothing to place: QTextEdit finds the
    // rectangle of each new extra selection, which on a laid-out text re-shapes its line.
    QTextCursor batch(m_text->document());
    batch.beginEditBlock();
    m_map = ArticleDocumentBuilder::build(m_text->document(), *m_article, m_text->palette());
    reloadAnnotations();
    batch.endEditBlock();
    m_text->updateMeasure();
    if (selection)
        selectSpan(selection->first, selection->second);
    m_text->verticalScrollBar()->setValue(scroll);
}

void ReaderView::reloadAnnotations()
{
    if (!m_article)
        return;
    QList<Annotation> inText;
    const QList<Annotation> &all = m_workspace->openArticle()->annotations()->annotations();
    for (const Annotation &annotation : all) {
        if (AnnotationPlacement::isInText(annotation, m_article->text))
            inText.append(annotation);
    }
    m_highlights.setAnnotations(inText);
    m_highlightSelections = m_highlights.selections(m_text->document(), m_map, m_text->palette());
    if (m_flash && !m_highlights.annotation(m_flash->format.property(QTextFormat::UserProperty).toLongLong()))
        m_flash.reset();
    applySelections();
}

void ReaderView::onAnnotationChanged(qint64 annotationId, Workspace::AnnotationChange change)
{
    if (!m_article || m_article->id != m_workspace->openArticle()->id())
        return;
    // One annotation changed: redraw that one highlight; the others and their selections stay.
    const Annotation *annotation = change == Workspace::AnnotationChange::Removed
        ? nullptr
        : m_workspace->openArticle()->annotations()->annotation(annotationId);
    if (annotation && annotation->articleId == m_article->id && !m_map.isEmpty()
        && AnnotationPlacement::isInText(*annotation, m_article->text)) {
        const HighlightLayer::Placement placement = m_highlights.upsert(*annotation);
        if (placement.from >= 0)
            m_highlightSelections.removeAt(placement.from);
        QTextCursor batch(m_text->document()); // see HighlightLayer::selections()
        batch.beginEditBlock();
        m_highlightSelections.insert(placement.to, HighlightLayer::selection(m_text->document(), m_map, *annotation,
                                                                             m_text->palette()));
        batch.endEditBlock();
    } else {
        const int from = m_highlights.remove(annotationId);
        if (from >= 0)
            m_highlightSelections.removeAt(from);
    }
    if (m_flash && !m_highlights.annotation(m_flash->format.property(QTextFormat::UserProperty).toLongLong()))
        m_flash.reset();
    applySelections();
}

void ReaderView::applySelections()
{
    if (!m_flash) {
        m_text->setExtraSelections(m_highlightSelections);
        return;
    }
    QList<QTextEdit::ExtraSelection> selections = m_highlightSelections;
    selections.append(*m_flash);
    m_text->setExtraSelections(selections);
}

void ReaderView::scrollToAnnotation(qint64 annotationId)
{
    const Annotation *annotation = m_highlights.annotation(annotationId);
    if (!annotation)
        return;
    // Bring the passage to the upper third of the view rather than to an edge.
    QTextCursor cursor(m_text->document());
    cursor.setPosition(m_map.toDocument(annotation->anchor.start));
    const QRect rect = m_text->cursorRect(cursor);
    QScrollBar *bar = m_text->verticalScrollBar();
    bar->setValue(bar->value() + rect.top() - m_text->viewport()->height() / 3);

    m_flash = HighlightLayer::flashSelection(m_text->document(), m_map, *annotation, m_text->palette());
    m_flash->format.setProperty(QTextFormat::UserProperty, annotationId);
    applySelections();
    m_flashTimer.start();
}

void ReaderView::zoomIn()
{
    m_zoomSteps = std::min(m_zoomSteps + 1, kMaxZoomSteps);
    applyZoom();
}

void ReaderView::zoomOut()
{
    m_zoomSteps = std::max(m_zoomSteps - 1, kMinZoomSteps);
    applyZoom();
}

void ReaderView::resetZoom()
{
    m_zoomSteps = 0;
    applyZoom();
}

void ReaderView::applyZoom()
{
    QFont font = readingFont(QWidget::font());
    font.setPointSizeF(font.pointSizeF() + m_zoomSteps);
    // The document's default font follows the view's font; headings are relative to it.
    m_text->setFont(font);
    QSettings().setValue(QLatin1String(kZoomSetting), m_zoomSteps);
}

void ReaderView::setContextActions(const QList<QAction *> &actions)
{
    m_text->setContextActions(actions);
}

std::optional<std::pair<int, int>> ReaderView::selectedSpan() const
{
    if (!m_article || m_map.isEmpty())
        return std::nullopt;
    const QTextCursor cursor = m_text->textCursor();
    if (!cursor.hasSelection())
        return std::nullopt;
    const int start = m_map.toCanonical(cursor.selectionStart());
    const int end = m_map.toCanonical(cursor.selectionEnd());
    if (start < 0 || end <= start)
        return std::nullopt;
    return std::make_pair(start, end);
}

void ReaderView::selectSpan(int start, int end)
{
    if (!m_article || m_map.isEmpty())
        return;
    if (end < start)
        std::swap(start, end);
    QTextCursor cursor(m_text->document());
    cursor.setPosition(m_map.toDocument(start));
    cursor.setPosition(m_map.toDocument(end), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
}

void ReaderView::showToolTip(int documentPosition, const QPoint &globalPos)
{
    const QList<const Annotation *> hits =
        documentPosition < 0 || m_map.isEmpty() ? QList<const Annotation *>()
                                                : m_highlights.annotationsAt(m_map.toCanonical(documentPosition));
    if (hits.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    // Built as HTML with every piece of user text escaped, so a note can never become markup.
    QStringList parts;
    for (const Annotation *annotation : hits) {
        QStringList lines;
        const QString quote = oneLine(annotation->anchor.exact, 80).toHtmlEscaped();
        lines << (readsWellInItalic(quote) ? QStringLiteral("<i>“%1”</i>") : QStringLiteral("“%1”")).arg(quote);
        if (annotation->claim) {
            const Claim &claim = *annotation->claim;
            QString line = tr("%1 — <b>%2</b>").arg(TaxonomyLabels::kind(claim.kind).toHtmlEscaped(),
                                                      TaxonomyLabels::verdict(claim.verdict).toHtmlEscaped());
            if (!claim.claimant.isEmpty())
                line += tr(" (claimant: %1)").arg(claim.claimant.toHtmlEscaped());
            lines << line;
        }
        if (!annotation->tags.isEmpty())
            lines << tr("Tags: %1").arg(annotation->tags.join(QStringLiteral(", ")).toHtmlEscaped());
        if (!annotation->note.isEmpty())
            lines << oneLine(annotation->note, 160).toHtmlEscaped();
        // Whose reading: a dot in the analyst's colour (a #rrggbb from the library) and the name.
        if (annotation->analyst.isValid())
            lines << QStringLiteral("<span style=\"color:%1\">●</span> %2")
                         .arg(QColor(annotation->analyst.displayColor()).name(), annotation->analyst.name.toHtmlEscaped());
        parts << lines.join(QStringLiteral("<br>"));
    }
    QToolTip::showText(globalPos, QStringLiteral("<qt>") + parts.join(QStringLiteral("<hr>")) + QStringLiteral("</qt>"),
                       m_text->viewport());
}

void ReaderView::activateAt(int documentPosition)
{
    if (m_map.isEmpty())
        return;
    const QList<const Annotation *> hits = m_highlights.annotationsAt(m_map.toCanonical(documentPosition));
    if (!hits.isEmpty())
        emit annotationActivated(hits.first()->id);
}

void ReaderView::find(const QString &text, bool backward, bool fromSelectionStart)
{
    QTextDocument *document = m_text->document();
    if (text.isEmpty()) {
        QTextCursor cursor = m_text->textCursor();
        cursor.clearSelection();
        m_text->setTextCursor(cursor);
        m_findBar->setMatchInfo(0, 0);
        return;
    }
    QTextCursor from = m_text->textCursor();
    if (fromSelectionStart)
        from.setPosition(from.selectionStart());
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    QTextCursor found = document->find(text, from, flags);
    if (found.isNull()) {
        // Wrap around, as browsers and editors do.
        QTextCursor wrap(document);
        wrap.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        found = document->find(text, wrap, flags);
    }
    if (!found.isNull()) {
        m_text->setTextCursor(found);
        m_text->ensureCursorVisible();
    }
    updateMatchInfo(text);
}

void ReaderView::updateMatchInfo(const QString &text)
{
    if (text.isEmpty()) {
        m_findBar->setMatchInfo(0, 0);
        return;
    }
    const QTextCursor current = m_text->textCursor();
    int total = 0;
    int index = 0;
    QTextCursor match(m_text->document());
    while (!(match = m_text->document()->find(text, match)).isNull()) {
        ++total;
        if (match.selectionStart() == current.selectionStart() && match.selectionEnd() == current.selectionEnd())
            index = total;
    }
    m_findBar->setMatchInfo(index, total);
}

void ReaderView::collapseSelection()
{
    QTextCursor cursor = m_text->textCursor();
    if (!cursor.hasSelection())
        return;
    cursor.setPosition(cursor.selectionEnd());
    m_text->setTextCursor(cursor);
}

int ReaderView::leastReadableWidth() const
{
    constexpr int kLeastCharacters = 45;
    return QFontMetrics(m_text->font()).horizontalAdvance(QLatin1Char('0')) * kLeastCharacters;
}

void ReaderView::focusText(Qt::FocusReason reason)
{
    // Where the analyst is looking: a cursor off screen (at the end, where building the document
    // left it) or in the title above the text goes to the first article text in view.
    if (m_article && !m_map.isEmpty()) {
        QTextCursor cursor = m_text->textCursor();
        const int textStart = m_map.toDocument(0);
        const bool inView = m_text->viewport()->rect().intersects(m_text->cursorRect(cursor));
        if (!cursor.hasSelection() && (!inView || cursor.position() < textStart || cursor.atEnd())) {
            const int topOfView = m_text->cursorForPosition(QPoint(0, 0)).position();
            cursor.setPosition(std::max(topOfView, textStart));
            m_text->setTextCursor(cursor);
        }
    }
    m_text->setFocus(reason);
}

} // namespace glossa
