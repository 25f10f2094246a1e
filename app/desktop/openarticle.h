#pragma once

#include "model/article.h"
#include "model/claimmemory.h"
#include "workspace.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace glossa {

class AnnotationListModel;
class AppearanceListModel;

// The article the analyst is reading, as one document the panes share: the Article and one
// model of its annotations. Opening reads the article and its annotations once; after an edit
// (Workspace::annotationsChanged, Workspace::articleStateChanged) it re-reads what changed,
// once, and then tells the panes, which all show the same rows: the reader's highlights, the
// sidebar's cards and the article note panel never reconcile the library on their own.
class OpenArticle : public QObject
{
    Q_OBJECT
public:
    explicit OpenArticle(Workspace *workspace);
    ~OpenArticle() override;

    // Opens articleId (0, or an article no longer in the library, closes). Opening the article
    // already open reads nothing: edits keep it in step. An article longer than
    // kReadInBackgroundChars is read on a worker thread, on a connection of its own: meanwhile no
    // article is open (nothing can be annotated or edited), loading() says which one is coming,
    // and opened() says when it is there. Opening another one (or closing) meanwhile wins: the
    // article read for the earlier request is never shown.
    void open(qint64 articleId);
    void close();
    // Runs \a then once \a articleId is open: now when it is, else when its reading arrives (not
    // at all when another article is opened meanwhile, nor once \a context is gone).
    void whenOpen(qint64 articleId, QObject *context, std::function<void()> then);

    // Reading a text this long from the library takes some 10 ms per million characters, its
    // decoding included: beyond this, the window would stall while it is read.
    static constexpr qint64 kReadInBackgroundChars = 500'000;

    qint64 id() const { return m_article ? m_article->id : 0; }
    // The article being read in the background, 0 when none.
    qint64 loadingId() const { return m_loadingId; }
    const Article *article() const { return m_article ? &*m_article : nullptr; }
    // The open article's annotations, ordered as the sidebar lists them (in-text rows first):
    // those the analyst may see. On a blind article (BlindReviewStore) that the analyst has
    // not marked done, others' annotations are left out of the model, so no pane can show them.
    AnnotationListModel *annotations() const { return m_annotations; }
    // Where the claim memory proposes that the article repeats a checked claim (appearances
    // still proposed; accepted ones are annotations, dismissed ones are not shown).
    AppearanceListModel *appearances() const { return m_appearances; }
    bool isBlind() const { return m_blind; }
    bool isDoneByAnalyst() const { return m_done; }
    // How many annotations blind review keeps from the analyst now.
    int hiddenByBlindReview() const { return m_hidden; }

signals:
    // A long article is being read (see open()); opened() follows when it arrives.
    void loading(qint64 articleId, const QString &title);
    // Another article, or none, is open: the panes show it afresh.
    void opened(qint64 articleId);
    // Every annotation was read again (an import, a bulk edit, an external change).
    void annotationsReset();
    // One annotation was added, edited or removed; the model already holds the change.
    void annotationChanged(qint64 annotationId, glossa::Workspace::AnnotationChange change);
    // The proposed appearances were read again (the model holds them).
    void appearancesReset();
    // The article's read/starred state, note or tags were read again.
    void stateChanged();

private:
    // What a worker read of a long article, on its own connection.
    struct Reading
    {
        std::optional<Article> article;
        QList<Annotation> annotations;
    };
    static Reading read(const QString &libraryPath, qint64 articleId);
    void startReading(qint64 articleId, const QString &title);
    void onReadingFinished();
    // Shows \a article with \a annotations (both read for it), or closes when there is none.
    void show(std::optional<Article> article, QList<Annotation> annotations);
    void stopReading();

    void onAnnotationsChanged(qint64 articleId, qint64 annotationId, Workspace::AnnotationChange change);
    void onArticleStateChanged(qint64 articleId);
    void reloadAnnotations();
    void reloadAppearances();
    QList<Appearance> proposedAppearances() const;
    // Reads whether the article is blind and done; true when that changed.
    bool readReviewState();
    // The annotations the analyst may see; counts the others in m_hidden.
    QList<Annotation> visible(QList<Annotation> annotations);
    bool hides(const Annotation &annotation) const;

    Workspace *m_workspace;
    AnnotationListModel *m_annotations;
    AppearanceListModel *m_appearances;
    std::optional<Article> m_article;
    bool m_blind = false;
    bool m_done = false;
    int m_hidden = 0;
    // The long article being read, and whether it was edited meanwhile (its annotations and
    // state are then read again when it arrives: the worker may have read them before the edit).
    qint64 m_loadingId = 0;
    bool m_loadingEdited = false;
    QFutureWatcher<Reading> m_reading;
    struct Waiting
    {
        qint64 articleId = 0;
        QPointer<QObject> context;
        std::function<void()> then;
    };
    QList<Waiting> m_whenOpen;
};

} // namespace glossa
