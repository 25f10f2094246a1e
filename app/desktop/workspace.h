#pragma once

#include "search/articlefinder.h"
#include "storage/annotationstore.h"
#include "storage/articleremoval.h"
#include "storage/articlestore.h"
#include "storage/claimmemorystore.h"
#include "storage/collectionstore.h"
#include "storage/library.h"
#include "storage/tagstore.h"

#include "model/analyst.h"

#include <QHash>
#include <functional>
#include <QObject>
#include <QUndoGroup>
#include <QUndoStack>

namespace glossa {

class OpenArticle;

// The open library and everything the windows share about it: the stores, the one
// application-wide undo stack, and the signals that keep views in step after an edit.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    bool openLibrary(const QString &path, QString *error);
    // Lets go of the library (File ▸ Restore from Backup… replaces its file); openLibrary()
    // follows at once. The undo histories refer to its rows and are cleared.
    void closeLibrary();
    bool isOpen() const { return m_library.isOpen(); }
    // The library's file may not be written (or is no longer the library, see
    // checkLibraryFile()): it is read, and nothing offers to edit it.
    bool isReadOnly() const { return m_library.isReadOnly() || !m_lostFile.isEmpty(); }
    // False once the library's path no longer names the file this window opened (replaced by a
    // sync tool's rename, deleted): no commit reaches that file any more (LibraryFileGuard), the
    // log the connection holds is emptied into it, and libraryFileLost() says so, once.
    bool checkLibraryFile();
    bool isLibraryFileLost() const { return !m_lostFile.isEmpty(); }
    // Runs write (an edit pushed on the undo stack) and returns what storageError() said of it:
    // empty when the library took it.
    QString refusalOf(const std::function<void()> &write);
    // A copy of what this window's connection still reads (the file it opened, with the
    // session's edits) at a new path: what a lost library's edits are saved to.
    bool saveLibraryCopy(const QString &path, QString *error);
    QString libraryPath() const { return m_library.path(); }
    Library &library() { return m_library; }

    ArticleStore articles() const { return ArticleStore(m_library.database()); }
    // The headline list's queries: pages, counts and searches.
    ArticleFinder finder() const { return ArticleFinder(m_library.database()); }
    AnnotationStore annotations() const { return AnnotationStore(m_library.database()); }
    TagStore tags() const { return TagStore(m_library.database()); }
    CollectionStore collections() const { return CollectionStore(m_library.database()); }
    ArticleRemoval articleRemoval() const { return ArticleRemoval(m_library.database()); }
    // The claim memory: remembered claims, imported fact-checks and their appearances.
    ClaimMemoryStore claimMemory() const { return ClaimMemoryStore(m_library.database()); }

    // The analyst at the desk, who writes everything the window writes (AnalystStore::actAs on
    // the library's connection). Each analyst has an undo history of their own: switching
    // analysts switches histories, so that nobody can undo someone else's edit.
    Analyst analyst() const { return m_analyst; }
    // False (storageError said why) when the library refused to record the analyst.
    bool setAnalyst(const Analyst &analyst);
    // The active analyst's undo history; the group holds every analyst's, for Edit ▸ Undo.
    QUndoStack *undoStack() { return m_undoGroup.activeStack(); }
    QUndoGroup *undoGroup() { return &m_undoGroup; }
    // The article being read, shared by the reader, the sidebar and the note panel.
    OpenArticle *openArticle() const { return m_openArticle; }

    // Asks the window to show an article (undoing an edit made in another article opens it).
    void requestArticle(qint64 articleId, qint64 annotationId = 0) { emit articleRequested(articleId, annotationId); }
    // What an edit did to an article's annotations. Many: anything (an import, a bulk edit) —
    // views reload them all. The others name the one annotation changed, so the reader and the
    // sidebar update one highlight and one card instead of re-reading hundreds.
    enum class AnnotationChange { Many, Added, Edited, Removed };
    Q_ENUM(AnnotationChange)
    void notifyAnnotationsChanged(qint64 articleId) { emit annotationsChanged(articleId, 0, AnnotationChange::Many); }
    void notifyAnnotationChanged(qint64 articleId, qint64 annotationId, AnnotationChange change)
    {
        emit annotationsChanged(articleId, annotationId, change);
    }
    void notifyArticleStateChanged(qint64 articleId) { emit articleStateChanged(articleId); }
    void notifyContentChanged() { emit contentChanged(); }

signals:
    void libraryOpened(const QString &path);
    void analystChanged(const glossa::Analyst &analyst);
    void articleRequested(qint64 articleId, qint64 annotationId);
    // annotationId is 0 when change is Many. Slots may take only articleId.
    void annotationsChanged(qint64 articleId, qint64 annotationId, glossa::Workspace::AnnotationChange change);
    void articleStateChanged(qint64 articleId);
    void contentChanged(); // articles added or removed (import)
    // An edit could not be saved; the message says why.
    void storageError(const QString &message);
    // An edit of an annotation was refused because someone else changed it since it was read:
    // \a mine is what this desk meant to save, \a theirs the annotation as it now is.
    void annotationConflict(const glossa::Annotation &mine, const glossa::Annotation &theirs);
    // An article note edit refused because the note was changed meanwhile (EditConflictController
    // offers both), and then settled either way: whoever shows the note reads it again.
    void articleNoteConflict(qint64 articleId, const QString &mine, const glossa::ArticleNoteVersion &theirs);
    void articleNoteSettled(qint64 articleId);
    void libraryFileLost(const QString &message);

public:
    void reportStorageError(const QString &message)
    {
        checkLibraryFile(); // a refused commit may be the first sign
        emit storageError(message);
    }
    void reportAnnotationConflict(const Annotation &mine, const Annotation &theirs) { emit annotationConflict(mine, theirs); }
    void reportArticleNoteConflict(qint64 articleId, const QString &mine, const ArticleNoteVersion &theirs)
    {
        emit articleNoteConflict(articleId, mine, theirs);
    }
    void notifyArticleNoteSettled(qint64 articleId) { emit articleNoteSettled(articleId); }
    // A tag was renamed, merged, recoloured or deleted: views that show tags reload them.
    void notifyTagsChanged() { emit tagsChanged(); }
    // Asks the window to show an article with a passage of its text selected (UTF-16 offsets
    // into Article::text), e.g. where a passage was found again in another outlet.
    void requestArticleSpan(qint64 articleId, int start, int end) { emit articleSpanRequested(articleId, start, end); }

    // Appearances of remembered claims were proposed, accepted or dismissed in an article (0:
    // in any number of articles, after matching).
    void notifyAppearancesChanged(qint64 articleId) { emit appearancesChanged(articleId); }

    // A collection was created, renamed or deleted, or articles went in or out of one.
    void notifyCollectionsChanged() { emit collectionsChanged(); }

signals:
    void tagsChanged();
    void collectionsChanged();
    void articleSpanRequested(qint64 articleId, int start, int end);
    void appearancesChanged(qint64 articleId);

private:
    bool actAsAnalyst();

    Library m_library;
    QString m_lostFile; // why the library's path no longer names the open file; empty while it does
    Analyst m_analyst;
    QUndoGroup m_undoGroup;
    QHash<QString, QUndoStack *> m_undoStacks; // by analyst UUID; children of the group
    OpenArticle *m_openArticle; // a child: connected first, so it is up to date before other slots run
};

} // namespace glossa
