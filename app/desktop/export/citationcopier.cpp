#include "citationcopier.h"

#include "annotations/annotationsidebar.h"
#include "citation.h"
#include "workspace.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QListView>
#include <QMimeData>

namespace glossa {

CitationCopier::CitationCopier(Workspace *workspace, AnnotationSidebar *sidebar)
    : QObject(sidebar), m_workspace(workspace), m_sidebar(sidebar)
{
    m_copyAction = new QAction(tr("Copy as &Citation"), sidebar->listView());
    m_copyAction->setObjectName(QStringLiteral("copyCitationAction"));
    m_copyAction->setToolTip(tr("Copy the passage with its outlet and date, ready to paste into a brief"));
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    // Only while the list has the focus: in the reader the same keys belong to the text.
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    sidebar->listView()->addAction(m_copyAction);
    sidebar->addContextAction(m_copyAction);
    connect(m_copyAction, &QAction::triggered, this, [this] { copy(m_sidebar->selectedAnnotation()); });
    connect(sidebar->listView()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CitationCopier::updateEnabled);
    connect(sidebar->listView()->model(), &QAbstractItemModel::modelReset, this, &CitationCopier::updateEnabled);
    updateEnabled();
}

void CitationCopier::updateEnabled()
{
    m_copyAction->setEnabled(m_sidebar->selectedAnnotation() != 0);
}

QMimeData *CitationCopier::mimeData(qint64 annotationId) const
{
    if (annotationId == 0 || !m_workspace->isOpen())
        return nullptr;
    const std::optional<Annotation> annotation = m_workspace->annotations().annotation(annotationId);
    if (!annotation)
        return nullptr;
    const std::optional<Article> article = m_workspace->articles().article(annotation->articleId);
    if (!article)
        return nullptr;
    auto *data = new QMimeData;
    data->setText(Citation::plainText(*article, *annotation));
    data->setHtml(Citation::html(*article, *annotation));
    return data;
}

bool CitationCopier::copy(qint64 annotationId) const
{
    QMimeData *data = mimeData(annotationId);
    if (!data)
        return false;
    QGuiApplication::clipboard()->setMimeData(data); // the clipboard takes ownership
    return true;
}

} // namespace glossa
