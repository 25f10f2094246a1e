#include "annotationactions.h"

#include "anchoring/textanchoring.h"
#include "annotationdialog.h"
#include "noterecovery.h"
#include "edits/addannotationcommand.h"
#include "model/taxonomy.h"
#include "reader/readerview.h"
#include "common/taxonomylabels.h"
#include "workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QPainter>
#include <QSettings>

namespace glossa {

namespace {

const char *const kColorSetting = "annotations/highlightColor";

QIcon colorIcon(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(150));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, 13, 13));
    return QIcon(pixmap);
}

} // namespace

AnnotationActions::AnnotationActions(Workspace *workspace, ReaderView *reader, QWidget *dialogParent)
    : QObject(reader), m_workspace(workspace), m_reader(reader), m_dialogParent(dialogParent)
{
    m_highlight = new QAction(tr("&Highlight"), this);
    m_highlight->setObjectName(QStringLiteral("highlightAction"));
    m_highlight->setShortcut(QKeySequence(Qt::Key_H));
    m_highlight->setToolTip(tr("Highlight the selected passage (H)"));
    connect(m_highlight, &QAction::triggered, this, &AnnotationActions::highlight);

    m_claim = new QAction(tr("&Claim…"), this);
    m_claim->setObjectName(QStringLiteral("claimAction"));
    m_claim->setShortcut(QKeySequence(Qt::Key_C));
    m_claim->setToolTip(tr("Record the claim the selected passage makes (C)"));
    connect(m_claim, &QAction::triggered, this, &AnnotationActions::claim);

    m_note = new QAction(tr("&Note…"), this);
    m_note->setObjectName(QStringLiteral("noteAction"));
    m_note->setShortcut(QKeySequence(Qt::Key_N));
    m_note->setToolTip(tr("Write a note on the selected passage (N)"));
    connect(m_note, &QAction::triggered, this, &AnnotationActions::note);

    m_colorMenu = new QMenu(tr("Highlight &Colour"), reader);
    m_colorMenu->setObjectName(QStringLiteral("highlightColorMenu"));
    m_colorGroup = new QActionGroup(this);
    m_colorGroup->setExclusive(true);
    const QList<Taxonomy::Entry> &colors = Taxonomy::builtIn().colors();
    for (int i = 0; i < colors.size(); ++i) {
        const Taxonomy::Entry &entry = colors.at(i);
        QAction *action = m_colorMenu->addAction(colorIcon(QColor(entry.color)), TaxonomyLabels::color(entry.id));
        action->setCheckable(true);
        action->setData(entry.color);
        // 1..5 pick a colour and highlight, for keyboard-only annotating.
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::Key(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_colorGroup->addAction(action);
        reader->addAction(action);
        connect(action, &QAction::triggered, this, [this, color = entry.color] {
            setCurrentColor(color);
            if (m_reader->selectedSpan())
                createHighlight(color);
        });
    }

    const QString fallback = colors.isEmpty() ? QStringLiteral("#ffd54f") : colors.first().color;
    setCurrentColor(QSettings().value(QLatin1String(kColorSetting), fallback).toString());

    // Window-wide, like J and K, so that H, C and N act on the reader's selection wherever the
    // focus went after making it (the list, the sidebar's cards). A field being typed in takes
    // the letter first (it claims printable keys before shortcuts), so typing an "h" in a search
    // box or a note never highlights anything; without a selection the actions are off.
    for (QAction *action : {m_highlight, m_claim, m_note}) {
        action->setShortcutContext(Qt::WindowShortcut);
        reader->addAction(action);
    }
    QList<QAction *> contextActions = actions();
    contextActions << m_colorMenu->menuAction();
    reader->setContextActions(contextActions);

    connect(reader, &ReaderView::selectionChanged, this, &AnnotationActions::updateEnabled);
    updateEnabled();
}

QList<QAction *> AnnotationActions::actions() const
{
    return {m_highlight, m_claim, m_note};
}

void AnnotationActions::setCurrentColor(const QString &color)
{
    const QString resolved = Taxonomy::builtIn().resolveColor(color);
    m_currentColor = resolved.isEmpty() ? color : resolved;
    for (QAction *action : m_colorGroup->actions())
        action->setChecked(action->data().toString().compare(m_currentColor, Qt::CaseInsensitive) == 0);
    m_highlight->setIcon(colorIcon(QColor(m_currentColor)));
    QSettings().setValue(QLatin1String(kColorSetting), m_currentColor);
}

void AnnotationActions::updateEnabled()
{
    const bool hasSelection = m_reader->selectedSpan().has_value();
    for (QAction *action : actions())
        action->setEnabled(hasSelection && !m_workspace->isReadOnly());
}

std::optional<Annotation> AnnotationActions::annotationForSelection() const
{
    const Article *article = m_reader->article();
    const std::optional<std::pair<int, int>> span = m_reader->selectedSpan();
    if (!article || !span)
        return std::nullopt;
    Annotation annotation;
    annotation.articleId = article->id;
    annotation.anchor = TextAnchoring::makeAnchor(article->text, span->first, span->second);
    annotation.color = m_currentColor;
    if (annotation.anchor.start >= annotation.anchor.end)
        return std::nullopt;
    return annotation;
}

qint64 AnnotationActions::add(Annotation annotation)
{
    qint64 created = 0;
    m_workspace->undoStack()->push(
        new AddAnnotationCommand(m_workspace, annotation, [&created](qint64 id) { created = id; }));
    // The selection is drawn over the new highlight and would hide it: the passage is done.
    if (created != 0)
        m_reader->collapseSelection();
    return created;
}

qint64 AnnotationActions::createHighlight(const QString &color)
{
    std::optional<Annotation> annotation = annotationForSelection();
    if (!annotation)
        return 0;
    if (!color.isEmpty())
        annotation->color = color;
    return add(*annotation);
}

qint64 AnnotationActions::createClaim(const Claim &claim, const QString &note, const QStringList &tags,
                                      const QString &color)
{
    std::optional<Annotation> annotation = annotationForSelection();
    if (!annotation)
        return 0;
    annotation->claim = claim;
    annotation->note = note;
    annotation->tags = tags;
    if (!color.isEmpty())
        annotation->color = color;
    return add(*annotation);
}

qint64 AnnotationActions::createNote(const QString &note, const QStringList &tags, const QString &color)
{
    std::optional<Annotation> annotation = annotationForSelection();
    if (!annotation)
        return 0;
    annotation->note = note;
    annotation->tags = tags;
    if (!color.isEmpty())
        annotation->color = color;
    return add(*annotation);
}

void AnnotationActions::highlight()
{
    createHighlight();
}

void AnnotationActions::claim()
{
    openDialog(true);
}

void AnnotationActions::note()
{
    openDialog(false);
}

void AnnotationActions::openDialog(bool asClaim)
{
    const std::optional<Annotation> proposed = annotationForSelection();
    if (!proposed)
        return;
    AnnotationDialog dialog(asClaim ? AnnotationDialog::Purpose::NewClaim : AnnotationDialog::Purpose::NewNote,
                            m_dialogParent ? m_dialogParent.data() : m_reader);
    dialog.setQuoteSpan(m_reader->article()->text, proposed->anchor.start, proposed->anchor.end);
    dialog.setColor(proposed->color);
    dialog.setKnownTags(m_workspace->tags().names());
    // Saved from the dialog, which stays open with what was typed should the library refuse it.
    // The quote may have been widened or narrowed in the dialog: the reader selects the span to
    // save, so that what is stored is what createClaim()/createNote() store from a selection.
    dialog.saveWith(m_workspace->libraryPath(), NoteRecovery::annotationKey(*proposed), [&]() -> QString {
        const auto [start, end] = dialog.quoteSpan();
        m_reader->selectSpan(start, end);
        qint64 id = 0;
        QString refusal = m_workspace->refusalOf([&] {
            id = dialog.hasClaim() ? createClaim(dialog.claim(), dialog.note(), dialog.tags(), dialog.color())
                                   : createNote(dialog.note(), dialog.tags(), dialog.color());
        });
        if (refusal.isEmpty() && id == 0)
            refusal = tr("the selected passage could not be annotated");
        return refusal;
    });
    dialog.exec();
}

} // namespace glossa
