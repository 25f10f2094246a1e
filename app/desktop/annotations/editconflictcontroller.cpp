#include "editconflictcontroller.h"

#include "common/taxonomylabels.h"
#include "edits/editannotationcommand.h"
#include "edits/setarticlenotecommand.h"
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

// Isolated, so that a name or a date keeps its own direction inside a right-to-left sentence.
QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace

EditConflictController::EditConflictController(Workspace *workspace, QWidget *dialogParent)
    : QObject(dialogParent), m_workspace(workspace), m_dialogParent(dialogParent)
{
    connect(workspace, &Workspace::annotationConflict, this, &EditConflictController::offer);
    connect(workspace, &Workspace::articleNoteConflict, this, &EditConflictController::offerNote);
}

void EditConflictController::offer(const Annotation &mine, const Annotation &theirs)
{
    const QString who = theirs.analyst.isValid() && theirs.analyst.uuid != m_workspace->analyst().uuid
        ? theirs.analyst.name
        : tr("Someone else");
    ask(QStringLiteral("annotationConflictMessage"), tr("Annotation Changed Meanwhile"),
        tr("%1 changed this annotation at %2, after you opened it. Your change was not saved.")
            .arg(isolated(who), isolated(QLocale().toString(theirs.modified.toLocalTime(), QLocale::ShortFormat))),
        tr("Now:\n%1\n\nYours:\n%2").arg(describe(theirs), describe(mine)),
        [this, mine, theirs] {
            // Based on their version: a third change meanwhile is refused in turn.
            Annotation after = mine;
            after.version = theirs.version;
            m_workspace->undoStack()->push(new EditAnnotationCommand(m_workspace, theirs, after));
        },
        [] {}); // theirs is what the views show already
}

void EditConflictController::offerNote(qint64 articleId, const QString &mine, const ArticleNoteVersion &theirs)
{
    const QString who = theirs.analystName.isEmpty() || theirs.analystName == m_workspace->analyst().name
        ? tr("Someone else")
        : theirs.analystName;
    const QString when = theirs.modified.isValid()
        ? QLocale().toString(theirs.modified.toLocalTime(), QLocale::ShortFormat)
        : tr("an unknown time");
    auto shown = [](const QString &note) { return note.isEmpty() ? tr("(no note)") : note.left(400); };
    ask(QStringLiteral("articleNoteConflictMessage"), tr("Article Note Changed Meanwhile"),
        tr("%1 changed this article's note at %2, after you started editing it. Your change was not saved.")
            .arg(isolated(who), isolated(when)),
        tr("Now:\n%1\n\nYours:\n%2").arg(shown(theirs.note), shown(mine)),
        [this, articleId, mine, theirs] {
            // Based on their note: a third change meanwhile is refused in turn.
            m_workspace->undoStack()->push(new SetArticleNoteCommand(m_workspace, articleId, theirs.note, mine, false));
            m_workspace->notifyArticleNoteSettled(articleId);
        },
        [this, articleId] { m_workspace->notifyArticleNoteSettled(articleId); });
}

void EditConflictController::ask(const QString &objectName, const QString &title, const QString &text,
                                 const QString &versions, std::function<void()> saveMine,
                                 std::function<void()> keepTheirs)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, m_dialogParent);
    box->setObjectName(objectName);
    box->setInformativeText(versions);
    box->addButton(tr("&Keep Theirs"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("keepTheirsButton"));
    QPushButton *save = box->addButton(tr("&Save Mine Instead"), QMessageBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveMineButton"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [save, saveMine = std::move(saveMine), keepTheirs = std::move(keepTheirs)](QAbstractButton *clicked) {
                if (clicked == save)
                    saveMine();
                else
                    keepTheirs();
            });
    box->open();
}

} // namespace glossa
