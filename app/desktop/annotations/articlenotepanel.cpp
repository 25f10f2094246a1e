#include "articlenotepanel.h"

#include "edits/setarticlenotecommand.h"
#include "edits/setarticletagscommand.h"
#include "noterecovery.h"
#include "tagslineedit.h"
#include "openarticle.h"
#include "workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace glossa {

ArticleNotePanel::ArticleNotePanel(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("articleNotePanel"));
    auto *heading = new QLabel(tr("Article note"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("articleNoteEdit"));
    m_note->setAccessibleName(tr("Article note"));
    m_note->setPlaceholderText(tr("A note on the whole article"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 2 * m_note->frameWidth() + 10);
    m_note->installEventFilter(this);

    m_tags = new TagsLineEdit(this);
    m_tags->setObjectName(QStringLiteral("articleTagsEdit"));
    m_tags->setAccessibleName(tr("Article tags"));
    m_tags->setAccessibleDescription(tr("Tags of the whole article, separated by commas"));
    m_tags->setPlaceholderText(tr("Article tags, separated by commas"));

    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("articleNoteSaveState"));
    m_stateLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_stateLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_stateLabel->setFont(small);
    m_stateLabel->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);

    auto *headingRow = new QHBoxLayout;
    headingRow->setContentsMargins(0, 0, 0, 0);
    headingRow->addWidget(heading);
    headingRow->addStretch(1);
    headingRow->addWidget(m_stateLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(4);
    layout->addLayout(headingRow);
    layout->addWidget(m_note);
    layout->addWidget(m_tags);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ArticleNotePanel::commit);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_saveTimer.start();
        setSaveState(SaveState::Pending);
    });
    // Tags typed without Enter count: they are saved after the same pause as the note.
    connect(m_tags, &QLineEdit::textEdited, this, [this] {
        m_saveTimer.start();
        setSaveState(SaveState::Pending);
    });
    connect(m_tags, &QLineEdit::editingFinished, this, [this] {
        commitTags();
        m_tagsBurst = false;
    });

    connect(m_workspace, &Workspace::articleStateChanged, this, [this](qint64 id) {
        if (id == m_articleId)
            reload();
    });
    // A note conflict settled (theirs kept, or mine saved over it): the field shows the library's.
    connect(m_workspace, &Workspace::articleNoteSettled, this, [this](qint64 id) {
        if (id != m_articleId)
            return;
        NoteRecovery::forget(m_workspace->libraryPath(), id);
        reload(true);
    });
    setEnabled(false);
}

void ArticleNotePanel::showArticle(qint64 articleId)
{
    if (articleId != m_articleId) {
        commit(); // typing in the previous article's note is saved to that article
        endBurst();
    }
    const bool changed = articleId != m_articleId;
    m_articleId = articleId;
    reload(changed);
}

void ArticleNotePanel::clear()
{
    commit();
    endBurst();
    m_articleId = 0;
    reload(true);
}

void ArticleNotePanel::reload(bool articleChanged)
{
    // The open article's state is already read (OpenArticle, connected first, re-reads it after
    // each edit); another article's, e.g. a panel shown on its own, is read here.
    const OpenArticle *open = m_workspace->openArticle();
    std::optional<ArticleState> article;
    if (m_articleId > 0 && m_articleId == open->id())
        article = ArticleState{open->article()->read, open->article()->starred, open->article()->note,
                               open->article()->tags};
    else if (m_articleId > 0 && m_workspace->isOpen())
        article = m_workspace->articles().state(m_articleId);
    if (!article)
        m_articleId = 0;
    m_savedNote = article ? article->note : QString();
    m_savedTags = article ? article->tags : QStringList();
    m_loading = true;
    if (articleChanged) {
        m_unsaved = false;
        m_refusedNote.clear();
        m_saveTimer.stop();
        setSaveState(SaveState::Idle);
    }
    // Undo brings back what is stored; text the analyst is still typing, or that the library
    // refused, is left alone.
    if (articleChanged || (m_note->toPlainText() != m_savedNote && !m_saveTimer.isActive() && !m_unsaved))
        m_note->setPlainText(m_savedNote);
    if (articleChanged || !m_tags->hasFocus())
        m_tags->setTags(m_savedTags);
    // A note refused earlier (this session or one that ended before it was saved) comes back
    // into the field and is tried again.
    if (articleChanged && article && !m_workspace->isReadOnly()) {
        const std::optional<QString> recovered = NoteRecovery::recovered(m_workspace->libraryPath(), m_articleId);
        if (recovered && *recovered != m_savedNote) {
            m_note->setPlainText(*recovered);
            m_unsaved = true;
            m_saveTimer.start();
        } else if (recovered) {
            NoteRecovery::forget(m_workspace->libraryPath(), m_articleId);
        }
    }
    m_loading = false;
    setEnabled(article.has_value());
    // A read-only library is read, note and tags too, and never offered for typing.
    m_note->setReadOnly(m_workspace->isReadOnly());
    m_tags->setReadOnly(m_workspace->isReadOnly());
}

void ArticleNotePanel::commit()
{
    m_saveTimer.stop();
    commitNote();
    commitTags();
    if (m_state == SaveState::Pending)
        setSaveState(m_unsaved ? SaveState::Refused : SaveState::Saved);
}

void ArticleNotePanel::endBurst()
{
    m_noteBurst = false;
    m_tagsBurst = false;
}

void ArticleNotePanel::setSaveState(SaveState state)
{
    m_state = state;
    switch (state) {
    case SaveState::Idle:
        m_stateLabel->clear();
        m_stateLabel->setToolTip(QString());
        break;
    case SaveState::Pending:
        m_stateLabel->setText(tr("Saving…"));
        m_stateLabel->setToolTip(QString());
        break;
    case SaveState::Saved:
        m_stateLabel->setText(tr("Saved"));
        m_stateLabel->setToolTip(tr("The note and tags are saved in the library as you type."));
        break;
    case SaveState::Refused:
        m_stateLabel->setText(tr("Not saved"));
        m_stateLabel->setToolTip(tr("The library refused the note; it is kept in a recovery file and tried again."));
        break;
    }
}

void ArticleNotePanel::hideEvent(QHideEvent *event)
{
    // The window closing (or the sidebar put away) saves what is typed at once.
    commit();
    endBurst();
    QWidget::hideEvent(event);
}

void ArticleNotePanel::commitNote()
{
    if (m_articleId <= 0)
        return;
    // Saved as typed: trimming would rewrite the field under the analyst's cursor on reload.
    const QString note = m_note->toPlainText();
    const QString library = m_workspace->libraryPath();
    const qint64 articleId = m_articleId;
    if (note == m_savedNote) {
        if (m_unsaved)
            NoteRecovery::forget(library, articleId); // typed back to what the library holds
        m_unsaved = false;
        return;
    }
    const QString before = m_savedNote;
    m_savedNote = note;
    // Kept before it is written: should the library refuse it, or the app end meanwhile, the
    // note is in the recovery file.
    NoteRecovery::keep(library, articleId, note);
    m_unsaved = true;
    bool refused = false;
    const QMetaObject::Connection watch =
        connect(m_workspace, &Workspace::storageError, this, [&refused] { refused = true; });
    const QMetaObject::Connection conflict =
        connect(m_workspace, &Workspace::articleNoteConflict, this, [&refused] { refused = true; });
    m_workspace->undoStack()->push(new SetArticleNoteCommand(m_workspace, articleId, before, note, m_noteBurst));
    m_noteBurst = true;
    disconnect(watch);
    disconnect(conflict);
    if (refused) {
        // The field keeps what was typed; the library still holds the note before it.
        if (m_articleId == articleId)
            m_savedNote = before;
        m_refusedNote = note;
        m_noteBurst = false;
        setSaveState(SaveState::Refused);
        return;
    }
    NoteRecovery::forget(library, articleId);
    if (m_articleId == articleId) {
        m_unsaved = false;
        m_refusedNote.clear();
    }
}

void ArticleNotePanel::commitTags()
{
    if (m_articleId <= 0)
        return;
    const QStringList tags = m_tags->tags();
    if (tags == m_savedTags)
        return;
    const QStringList before = m_savedTags;
    m_savedTags = tags;
    m_workspace->undoStack()->push(new SetArticleTagsCommand(m_workspace, m_articleId, before, tags, m_tagsBurst));
    m_tagsBurst = true;
    if (m_state == SaveState::Pending || m_state == SaveState::Idle)
        setSaveState(SaveState::Saved);
}

bool ArticleNotePanel::eventFilter(QObject *watched, QEvent *event)
{
    // The box saying a note was refused takes the focus: that is no reason to try the same
    // text again (typing, or leaving the article, is).
    if (watched == m_note && event->type() == QEvent::FocusOut && !(m_unsaved && m_note->toPlainText() == m_refusedNote)) {
        commitNote();
        m_noteBurst = false;
        if (m_state == SaveState::Pending && !m_saveTimer.isActive())
            setSaveState(m_unsaved ? SaveState::Refused : SaveState::Saved);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace glossa
