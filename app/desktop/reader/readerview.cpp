#include "readerview.h"

#include "anchoring/quoteboundaries.h"
#include "annotations/annotationdescription.h"
#include "annotations/annotationlistmodel.h"
#include "common/annotationplacement.h"
#include "common/scriptsupport.h"
#include "common/taxonomylabels.h"
#include "articledocumentbuilder.h"
#include "claimmemory/appearancelistmodel.h"
#include "articlepartsbar.h"
#include "articletextview.h"
#include "findbar.h"
#include "readersearch.h"
#include "worthcheckingmarks.h"
#include "preferences/preferences.h"
#include "common/oneline.h"
#include "openarticle.h"
#include "workspace.h"

#include <QAccessible>
#include <QAction>
#include <QScrollBar>
#include <QSettings>
#include <QTextBlock>
#include <QTextCursor>
#include <QColor>
#include <QToolTip>
#include <QVBoxLayout>

namespace glossa {

namespace {

constexpr int kMinZoomSteps = -4;
constexpr int kMaxZoomSteps = 14;
constexpr int kFlashMilliseconds = 700;
const char *const kZoomSetting = "reader/zoomSteps";

} // namespace

ReaderView::ReaderView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_text(new ArticleTextView(this)), m_findBar(new FindBar(this)),
      m_partsBar(new ArticlePartsBar(this)), m_search(new ReaderSearch(m_text, m_findBar, this)),
      m_worth(new WorthCheckingMarks(workspace, m_text, this))
{
    setObjectName(QStringLiteral("readerView"));
    m_text->setObjectName(QStringLiteral("readerText"));
    m_text->setAccessibleName(tr("Article"));
    m_text->setAccessibleDescription(tr("Article text"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_partsBar);
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

    m_sentenceAction = new QAction(tr("Extend Selection to &Sentence"), this);
    m_sentenceAction->setObjectName(QStringLiteral("extendToSentenceAction"));
    m_sentenceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_sentenceAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_sentenceAction->setEnabled(false);
    addAction(m_sentenceAction);
    connect(m_sentenceAction, &QAction::triggered, this, &ReaderView::extendSelectionToSentence);
    addAction(m_worth->toggleAction());
    m_text->setContextActions(textContextActions());
    connect(m_text, &QTextEdit::cursorPositionChanged, this, [this] {
        if (!m_map.isEmpty())
            m_worth->setCaret(m_map.toCanonical(m_text->textCursor().position()));
    });
    connect(m_partsBar, &ArticlePartsBar::partRequested, this, [this](int part) {
        showPart(part);
        m_text->setFocus(Qt::OtherFocusReason);
    });

    m_flashTimer.setSingleShot(true);
    m_flashTimer.setInterval(kFlashMilliseconds);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] {
        m_flash.reset();
        applySelections();
    });

    connect(m_text, &QTextEdit::selectionChanged, this, &ReaderView::selectionChanged);
    connect(m_text, &QTextEdit::cursorPositionChanged, this, &ReaderView::describeCursor);
    connect(m_text, &ArticleTextView::toolTipRequested, this, &ReaderView::showToolTip);
    connect(m_text, &ArticleTextView::clickedAt, this, &ReaderView::activateAt);
    connect(m_text, &ArticleTextView::mouseSelectionMade, this, &ReaderView::snapSelection);
    connect(m_text, &ArticleTextView::paletteChanged, this, &ReaderView::rebuildDocument);

    OpenArticle *open = m_workspace->openArticle();
    connect(open, &OpenArticle::opened, this, &ReaderView::display);
    // A long article is read on a worker thread: the pane says which one is coming meanwhile.
    connect(open, &OpenArticle::loading, this, [this, idle = m_text->placeholderText()](qint64, const QString &title) {
        m_text->setPlaceholderText(tr("Opening “%1”…").arg(title));
        connect(m_workspace->openArticle(), &OpenArticle::opened, this,
                [this, idle] { m_text->setPlaceholderText(idle); }, Qt::SingleShotConnection);
    });
    connect(open, &OpenArticle::annotationsReset, this, &ReaderView::reloadAnnotations);
    connect(open, &OpenArticle::annotationChanged, this, &ReaderView::onAnnotationChanged);
    connect(open, &OpenArticle::appearancesReset, this, [this] {
        reloadAppearances();
        applySelections();
    });

    m_zoomSteps = std::clamp(QSettings().value(QLatin1String(kZoomSetting), 0).toInt(), kMinZoomSteps, kMaxZoomSteps);
    setReadingFont(Preferences::readerFontFamily(), Preferences::readerFontSize());
}

QFont ReaderView::readingFont() const
{
    QFont font = QWidget::font();
    // A text face for long reading unless the analyst chose one; fontconfig falls back per
    // script (Arabic included) either way.
    if (m_fontFamily.isEmpty())
        font.setFamilies({QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"), QStringLiteral("Georgia"),
                          QStringLiteral("serif")});
    else
        font.setFamilies({m_fontFamily, QStringLiteral("serif")});
    font.setPointSizeF(m_fontSize > 0 ? m_fontSize : std::max<qreal>(QWidget::font().pointSizeF(), 9.0) + 3.0);
    return font;
}

void ReaderView::setReadingFont(const QString &family, qreal pointSize)
{
    m_fontFamily = family;
    m_fontSize = pointSize;
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
    const bool another = !m_article || m_article->id != article->id || m_article->text.size() != article->text.size();
    if (another) {
        QTextCursor cursor = m_text->textCursor();
        cursor.clearSelection();
        cursor.setPosition(0);
        m_text->setTextCursor(cursor);
    }
    m_article = *article;
    m_parts = ArticleParts(*m_article);
    if (another || m_part >= m_parts.count())
        m_part = 0;
    m_partsBar->setPart(m_part, m_parts.count(), m_article->text.size());
    m_sentenceAction->setEnabled(true);
    m_flash.reset();
    rebuildDocument();
    m_text->verticalScrollBar()->setValue(0);
    m_search->refreshMatchInfo();
}

void ReaderView::clear()
{
    m_workspace->openArticle()->close();
    showNothing();
}

void ReaderView::showPart(int part)
{
    if (!m_article || part < 0 || part >= m_parts.count() || part == m_part)
        return;
    m_part = part;
    m_partsBar->setPart(m_part, m_parts.count(), m_article->text.size());
    QTextCursor cursor = m_text->textCursor();
    cursor.clearSelection(); // its positions belong to the part that was shown
    cursor.setPosition(0);
    m_text->setTextCursor(cursor);
    m_flash.reset();
    rebuildDocument();
    m_text->verticalScrollBar()->setValue(0);
}

bool ReaderView::inShownPart(const Annotation &annotation) const
{
    if (m_parts.count() <= 1)
        return true;
    const int start = m_parts.start(m_part);
    const int end = m_parts.end(m_part);
    return annotation.anchor.end > start && annotation.anchor.start < end;
}

void ReaderView::showNothing()
{
    m_article.reset();
    m_parts = ArticleParts();
    m_part = 0;
    m_partsBar->setPart(0, 1, 0);
    m_sentenceAction->setEnabled(false);
    m_map.clear();
    m_highlights.setAnnotations({});
    m_highlightSelections.clear();
    m_appearanceSelections.clear();
    m_search->clearTermMarks();
    m_worth->clear();
    m_flash.reset();
    m_text->setExtraSelections({});
    m_text->document()->clear();
    m_search->clearMatchInfo();
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
    m_map = ArticleDocumentBuilder::build(m_text->document(), *m_article, m_text->palette(), m_parts.start(m_part),
                                          m_parts.end(m_part));
    m_search->markSearchTerms();
    reloadAnnotations();
    batch.endEditBlock();
    m_text->updateMeasure();
    m_worth->show(*m_article, m_map, m_parts.start(m_part), m_parts.end(m_part));
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
        if (AnnotationPlacement::isInText(annotation, m_article->text) && inShownPart(annotation))
            inText.append(annotation);
    }
    m_highlights.setAnnotations(inText);
    m_highlightSelections = m_highlights.selections(m_text->document(), m_map, m_text->palette());
    reloadAppearances();
    if (m_flash && !m_highlights.annotation(m_flash->format.property(QTextFormat::UserProperty).toLongLong()))
        m_flash.reset();
    applySelections();
}

void ReaderView::reloadAppearances()
{
    if (!m_article)
        return;
    m_appearanceSelections = AppearanceUnderlines::selections(
        m_text->document(), m_map, m_workspace->openArticle()->appearances()->appearances(), m_parts.start(m_part),
        m_parts.end(m_part));
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
        && AnnotationPlacement::isInText(*annotation, m_article->text) && inShownPart(*annotation)) {
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
    if (!m_flash && m_search->termSelections().isEmpty() && m_appearanceSelections.isEmpty()) {
        m_text->setExtraSelections(m_highlightSelections);
        return;
    }
    // Later selections are drawn over earlier ones: search terms under the highlights, the
    // claim memory's proposals over them.
    QList<QTextEdit::ExtraSelection> selections =
        m_search->termSelections() + m_highlightSelections + m_appearanceSelections;
    if (m_flash)
        selections.append(*m_flash);
    m_text->setExtraSelections(selections);
}

void ReaderView::setSearchTerms(const QString &search)
{
    if (!m_search->setSearchTerms(search) || !m_article)
        return;
    QTextCursor batch(m_text->document()); // see HighlightLayer::selections()
    batch.beginEditBlock();
    m_search->markSearchTerms();
    batch.endEditBlock();
    applySelections();
}

int ReaderView::searchTermCount() const
{
    return int(m_search->termSelections().size());
}

void ReaderView::scrollToAnnotation(qint64 annotationId)
{
    // In another part of a long article: that part is shown first.
    if (!m_highlights.annotation(annotationId) && m_article && m_parts.count() > 1) {
        const Annotation *elsewhere = m_workspace->openArticle()->annotations()->annotation(annotationId);
        if (elsewhere && elsewhere->articleId == m_article->id
            && AnnotationPlacement::isInText(*elsewhere, m_article->text))
            showPart(m_parts.partOf(elsewhere->anchor.start));
    }
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
    QFont font = readingFont();
    font.setPointSizeF(font.pointSizeF() + m_zoomSteps);
    // The document's default font follows the view's font; headings are relative to it.
    m_text->setFont(font);
    QSettings().setValue(QLatin1String(kZoomSetting), m_zoomSteps);
}

void ReaderView::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
    m_text->setContextActions(textContextActions());
}

QList<QAction *> ReaderView::textContextActions() const
{
    return QList<QAction *>{m_sentenceAction, m_worth->toggleAction(), m_worth->acceptAction(), m_worth->dismissAction()}
           + m_contextActions;
}

QAction *ReaderView::worthCheckingAction() const
{
    return m_worth->toggleAction();
}

void ReaderView::snapSelection(bool exact)
{
    if (exact || !m_article || m_map.isEmpty())
        return;
    const QTextCursor cursor = m_text->textCursor();
    const int anchor = m_map.toCanonical(cursor.anchor());
    const int position = m_map.toCanonical(cursor.position());
    const QuoteBoundaries::Span snapped =
        QuoteBoundaries::snapToWords(m_article->text, {std::min(anchor, position), std::max(anchor, position)});
    if (anchor <= position)
        setCanonicalSelection(snapped.start, snapped.end);
    else
        setCanonicalSelection(snapped.end, snapped.start);
}

void ReaderView::extendSelectionToSentence()
{
    if (!m_article || m_map.isEmpty())
        return;
    const QTextCursor cursor = m_text->textCursor();
    const int start = m_map.toCanonical(cursor.selectionStart());
    const int end = m_map.toCanonical(cursor.selectionEnd());
    const QuoteBoundaries::Span sentence = QuoteBoundaries::extendToSentence(m_article->text, {start, end});
    setCanonicalSelection(sentence.start, sentence.end);
}

void ReaderView::setCanonicalSelection(int anchor, int position)
{
    QTextCursor cursor(m_text->document());
    cursor.setPosition(m_map.toDocument(anchor));
    cursor.setPosition(m_map.toDocument(position), QTextCursor::KeepAnchor);
    if (cursor.anchor() == m_text->textCursor().anchor() && cursor.position() == m_text->textCursor().position())
        return;
    m_text->setTextCursor(cursor);
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
    if (m_parts.count() > 1 && (start < m_parts.start(m_part) || start >= m_parts.end(m_part)))
        showPart(m_parts.partOf(start));
    QTextCursor cursor(m_text->document());
    cursor.setPosition(m_map.toDocument(start));
    cursor.setPosition(m_map.toDocument(end), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
}

QString ReaderView::annotationsAtCursor() const
{
    const int position = m_text->textCursor().position();
    if (m_map.isEmpty() || position < 0)
        return QString();
    QStringList described;
    for (const Annotation *annotation : m_highlights.annotationsAt(m_map.toCanonical(position)))
        described << AnnotationDescription::of(*annotation);
    return described.join(QLatin1Char(' '));
}

// A screen reader hears what the caret (or the selection's end) is in: the highlights and
// claims there, in words, as the text's accessible description.
void ReaderView::describeCursor()
{
    const QString said = annotationsAtCursor();
    const QString description = said.isEmpty() ? tr("Article text") : said;
    if (m_text->accessibleDescription() == description)
        return;
    m_text->setAccessibleDescription(description);
    if (QAccessible::isActive()) {
        QAccessibleEvent event(m_text, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void ReaderView::showToolTip(int documentPosition, const QPoint &globalPos)
{
    const QList<const Annotation *> hits =
        documentPosition < 0 || m_map.isEmpty() ? QList<const Annotation *>()
                                                : m_highlights.annotationsAt(m_map.toCanonical(documentPosition));
    const Appearance *repeat = documentPosition < 0 || m_map.isEmpty()
        ? nullptr
        : m_workspace->openArticle()->appearances()->appearanceAt(m_map.toCanonical(documentPosition));
    if (hits.isEmpty() && !repeat) {
        QToolTip::hideText();
        return;
    }
    // Built as HTML with every piece of user text escaped, so a note can never become markup.
    QStringList parts;
    if (repeat)
        parts << AppearanceListModel::sentence(*repeat).toHtmlEscaped();
    for (const Annotation *annotation : hits) {
        QStringList lines;
        const QString quote = oneLine(annotation->anchor.exact, 80).toHtmlEscaped();
        lines << (readsWellInItalic(quote) ? QStringLiteral("<i>“%1”</i>") : QStringLiteral("“%1”")).arg(quote);
        // The colour in words too: the highlight's tint alone says nothing to some readers.
        lines << tr("%1 highlight").arg(TaxonomyLabels::color(annotation->color).toHtmlEscaped());
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
    const int offset = m_map.toCanonical(documentPosition);
    const QList<const Annotation *> hits = m_highlights.annotationsAt(offset);
    if (!hits.isEmpty())
        emit annotationActivated(hits.first()->id);
    else if (const Appearance *repeat = m_workspace->openArticle()->appearances()->appearanceAt(offset))
        emit appearanceActivated(repeat->id);
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
