#include "annotationconflictcontroller.h"

#include "common/taxonomylabels.h"
#include "edits/editannotationcommand.h"
#include "workspace.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace glossa {

namespace {

// One version in a few lines: the quote, the claim, the note, the tags.
QString describe(const Annotation &annotation)
{
    QStringList lines;
    lines << QStringLiteral("« %1 »").arg(QChar(0x2068) + annotation.anchor.exact.left(120) + QChar(0x2069));
    if (annotation.claim)
        lines << TaxonomyLabels::kind(annotation.claim->kind) + QStringLiteral(" · ")
                + TaxonomyLabels::verdict(annotation.claim->verdict);
    if (!annotation.note.isEmpty())
        lines << annotation.note.left(200);
    if (!annotation.tags.isEmpty())
        lines << annotation.tags.join(QStringLiteral(", "));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

AnnotationConflictController::AnnotationConflictController(Workspace *workspace, QWidget *dialogParent)
    : QObject(dialogParent), m_workspace(workspace), m_dialogParent(dialogParent)
{
    connect(workspace, &Workspace::annotationConflict, this, &AnnotationConflictController::offer);
}

void AnnotationConflictController::offer(const Annotation &mine, const Annotation &theirs)
{
    const QString who = theirs.analyst.isValid() && theirs.analyst.uuid != m_workspace->analyst().uuid
        ? theirs.analyst.name
        : tr("Someone else");
    // Isolated, so that a name or a date keeps its own direction inside a right-to-left sentence.
    auto isolated = [](const QString &text) { return QChar(0x2068) + text + QChar(0x2069); };
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Annotation Changed Meanwhile"),
                                tr("%1 changed this annotation at %2, after you opened it. Your change was not saved.")
                                    .arg(isolated(who),
                                         isolated(QLocale().toString(theirs.modified.toLocalTime(), QLocale::ShortFormat))),
                                QMessageBox::NoButton, m_dialogParent);
    box->setObjectName(QStringLiteral("annotationConflictMessage"));
    box->setInformativeText(tr("Now:\n%1\n\nYours:\n%2").arg(describe(theirs), describe(mine)));
    box->addButton(tr("&Keep Theirs"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("keepTheirsButton"));
    QPushButton *save = box->addButton(tr("&Save Mine Instead"), QMessageBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveMineButton"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, save, mine, theirs](QAbstractButton *clicked) {
        if (clicked != save)
            return; // theirs is what the views show already
        // Based on their version: a third change meanwhile is refused in turn.
        Annotation after = mine;
        after.version = theirs.version;
        m_workspace->undoStack()->push(new EditAnnotationCommand(m_workspace, theirs, after));
        Q_UNUSED(box);
    });
    box->open();
}

} // namespace glossa
