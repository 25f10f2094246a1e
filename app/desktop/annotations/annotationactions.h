#pragma once

#include "model/annotation.h"

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace glossa {

class ReaderView;
class Workspace;

// The annotating actions on the reader's selection: Highlight (H) in the current colour, Claim…
// (C) and Note… (N), each turned into an AddAnnotationCommand on the workspace's undo stack.
// Shortcuts are single letters, window-wide; a field being typed in takes its letters first.
class AnnotationActions : public QObject
{
    Q_OBJECT
public:
    AnnotationActions(Workspace *workspace, ReaderView *reader, QWidget *dialogParent);

    QAction *highlightAction() const { return m_highlight; }
    QAction *claimAction() const { return m_claim; }
    QAction *noteAction() const { return m_note; }
    // One checkable entry per taxonomy colour; choosing one sets the colour and, with a
    // selection, highlights it.
    QMenu *colorMenu() const { return m_colorMenu; }
    QList<QAction *> actions() const;

    QString currentColor() const { return m_currentColor; }
    void setCurrentColor(const QString &color);

    // Annotate the reader's current selection; each returns the new annotation's id, or 0 when
    // there is no selection or the library refused it (the reason went to storageError).
    qint64 createHighlight(const QString &color = QString());
    qint64 createClaim(const Claim &claim, const QString &note, const QStringList &tags,
                       const QString &color = QString());
    qint64 createNote(const QString &note, const QStringList &tags, const QString &color = QString());

public slots:
    void highlight();
    // Open the dialog; accepting it creates the annotation.
    void claim();
    void note();

private:
    void updateEnabled();
    void openDialog(bool asClaim);
    std::optional<Annotation> annotationForSelection() const;
    qint64 add(Annotation annotation);

    Workspace *m_workspace;
    ReaderView *m_reader;
    QPointer<QWidget> m_dialogParent;
    QAction *m_highlight;
    QAction *m_claim;
    QAction *m_note;
    QMenu *m_colorMenu;
    QActionGroup *m_colorGroup;
    QString m_currentColor;
};

} // namespace glossa
