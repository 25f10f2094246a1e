#pragma once

#include <QObject>

class QAction;
class QMimeData;

namespace glossa {

class AnnotationSidebar;
class Workspace;

// "Copy as Citation" on the annotation selected in the sidebar: puts the citation on the
// clipboard as plain text and HTML. Offered in the sidebar's context menu and on Ctrl+Shift+C
// while the annotation list has the focus.
class CitationCopier : public QObject
{
    Q_OBJECT
public:
    CitationCopier(Workspace *workspace, AnnotationSidebar *sidebar);

    QAction *copyAction() const { return m_copyAction; }

    // The citation of one annotation (nullptr when it or its article no longer exists); the
    // caller owns the data.
    QMimeData *mimeData(qint64 annotationId) const;
    // False when there is nothing to copy.
    bool copy(qint64 annotationId) const;

private:
    void updateEnabled();

    Workspace *m_workspace;
    AnnotationSidebar *m_sidebar;
    QAction *m_copyAction;
};

} // namespace glossa
