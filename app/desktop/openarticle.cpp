#include "openarticle.h"

#include "annotations/annotationlistmodel.h"
#include "claimmemory/appearancelistmodel.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/blindreviewstore.h"
#include "storage/library.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace glossa {

OpenArticle::OpenArticle(Workspace *workspace)
    : QObject(workspace), m_workspace(workspace), m_annotations(new AnnotationListModel(this)),
      m_appearances(new AppearanceListModel(this))
{
    connect(workspace, &Workspace::appearancesChanged, this, [this](qint64 articleId) {
        if (m_article && (articleId == 0 || articleId == m_article->id))
            reloadAppearances();
    });
    // An import or a scan proposes appearances in many articles at once.
    connect(workspace, &Workspace::contentChanged, this, [this] {
        if (m_article)
            reloadAppearances();
    });
    connect(workspace, &Workspace::annotationsChanged, this, &OpenArticle::onAnnotationsChanged);
    connect(workspace, &Workspace::articleStateChanged, this, &OpenArticle::onArticleStateChanged);
    connect(workspace, &Workspace::libraryOpened, this, &OpenArticle::close);
    connect(&m_reading, &QFutureWatcherBase::finished, this, &OpenArticle::onReadingFinished);
    // A collection made blind, or no longer: the open article may be in it.
    connect(workspace, &Workspace::collectionsChanged, this, [this] {
        if (m_article && m_workspace->isOpen() && readReviewState()) {
            reloadAnnotations();
            emit stateChanged();
        }
    });
    // Another analyst at the desk: what blind review lets them see differs.
    connect(workspace, &Workspace::analystChanged, this, [this] {
        if (m_article) {
            readReviewState();
            reloadAnnotations();
        }
    });
}

// The worker's Library lives on its own stack: waiting keeps the file open no longer than us.
OpenArticle::~OpenArticle()
{
    m_reading.waitForFinished();
}

void OpenArticle::open(qint64 articleId)
{
    if (articleId > 0 && (articleId == id() || articleId == m_loadingId))
        return;
    stopReading();
    if (articleId > 0 && m_workspace->isOpen()
        && m_workspace->articles().textLength(articleId) > kReadInBackgroundChars) {
        const std::optional<ArticleSummary> summary = m_workspace->articles().summary(articleId);
        startReading(articleId, summary ? summary->title : QString());
        return;
    }
    std::optional<Article> article =
        articleId > 0 && m_workspace->isOpen() ? m_workspace->articles().article(articleId) : std::nullopt;
    const QList<Annotation> annotations =
        article ? m_workspace->annotations().annotationsForArticle(article->id) : QList<Annotation>();
    show(std::move(article), annotations);
}

void OpenArticle::show(std::optional<Article> article, QList<Annotation> annotations)
{
    if (!article) {
        close();
        return;
    }
    m_article = std::move(article);
    readReviewState();
    m_annotations->setAnnotations(visible(std::move(annotations)), m_article->text);
    m_appearances->setAppearances(proposedAppearances());
    emit opened(m_article->id);
    const qint64 shown = m_article ? m_article->id : 0;
    const QList<Waiting> waiting = std::exchange(m_whenOpen, {});
    for (const Waiting &each : waiting) {
        if (each.articleId == shown && id() == shown && each.context)
            each.then();
    }
}

void OpenArticle::whenOpen(qint64 articleId, QObject *context, std::function<void()> then)
{
    if (articleId > 0 && articleId == id() && m_loadingId == 0)
        then();
    else if (articleId > 0 && articleId == m_loadingId)
        m_whenOpen.append(Waiting{articleId, context, std::move(then)});
}

void OpenArticle::startReading(qint64 articleId, const QString &title)
{
    // Nothing is open while it is read: no pane offers to annotate or edit what is not shown.
    close();
    m_loadingId = articleId;
    m_loadingEdited = false;
    emit loading(articleId, title);
    m_reading.setFuture(QtConcurrent::run(&OpenArticle::read, m_workspace->libraryPath(), articleId));
}

OpenArticle::Reading OpenArticle::read(const QString &libraryPath, qint64 articleId)
{
    Reading reading;
    Library library;
    if (!library.open(libraryPath))
        return reading;
    reading.article = ArticleStore(library.database()).article(articleId);
    if (reading.article)
        reading.annotations = AnnotationStore(library.database()).annotationsForArticle(articleId);
    return reading;
}

void OpenArticle::onReadingFinished()
{
    // A newer request (another article, a close) set m_loadingId otherwise, or none is waited for.
    const QFuture<Reading> future = m_reading.future();
    if (m_loadingId == 0 || future.resultCount() == 0)
        return;
    Reading reading = future.result();
    if (!reading.article || reading.article->id != m_loadingId)
        return;
    m_loadingId = 0;
    if (m_loadingEdited && m_workspace->isOpen()) {
        // Changed while it was read: what the window's own connection holds now is the truth.
        if (const std::optional<ArticleState> state = m_workspace->articles().state(reading.article->id)) {
            reading.article->read = state->read;
            reading.article->starred = state->starred;
            reading.article->note = state->note;
            reading.article->tags = state->tags;
        }
        reading.annotations = m_workspace->annotations().annotationsForArticle(reading.article->id);
    }
    show(std::move(reading.article), std::move(reading.annotations));
}

void OpenArticle::stopReading()
{
    // A read cannot be interrupted inside SQLite: its result is simply never shown.
    m_loadingId = 0;
    m_loadingEdited = false;
    m_whenOpen.clear();
}

void OpenArticle::close()
{
    stopReading();
    if (!m_article && m_annotations->rowCount() == 0)
        return;
    m_article.reset();
    m_annotations->clear();
    m_appearances->setAppearances({});
    m_blind = m_done = false;
    m_hidden = 0;
    emit opened(0);
}

void OpenArticle::reloadAnnotations()
{
    m_annotations->setAnnotations(visible(m_workspace->annotations().annotationsForArticle(m_article->id)),
                                  m_article->text);
    emit annotationsReset();
}

QList<Appearance> OpenArticle::proposedAppearances() const
{
    if (!m_article || !m_workspace->isOpen())
        return {};
    AppearanceQuery query;
    query.articleId = m_article->id;
    query.status = Appearance::Status::Proposed;
    QList<Appearance> found = m_workspace->claimMemory().appearances(query);
    // Only spans still in the text as they were matched: an article re-parsed since would put
    // an underline on other words.
    found.erase(std::remove_if(found.begin(), found.end(),
                               [this](const Appearance &a) {
                                   return a.start < 0 || a.end > m_article->text.size() || a.start >= a.end
                                       || m_article->text.mid(a.start, a.end - a.start) != a.exact;
                               }),
                found.end());
    return found;
}

void OpenArticle::reloadAppearances()
{
    m_appearances->setAppearances(proposedAppearances());
    emit appearancesReset();
}

bool OpenArticle::readReviewState()
{
    const BlindReviewStore review(m_workspace->library().database());
    const bool blind = review.isBlind(m_article->id);
    const bool done = blind && review.isDone(m_article->id);
    const bool changed = blind != m_blind || done != m_done;
    m_blind = blind;
    m_done = done;
    return changed;
}

bool OpenArticle::hides(const Annotation &annotation) const
{
    // Annotations nobody has claimed (made before analysts) stay in view: they are no one's reading.
    return m_blind && !m_done && annotation.analyst.isValid() && annotation.analyst.uuid != m_workspace->analyst().uuid;
}

QList<Annotation> OpenArticle::visible(QList<Annotation> annotations)
{
    const auto hidden = std::remove_if(annotations.begin(), annotations.end(),
                                       [this](const Annotation &annotation) { return hides(annotation); });
    m_hidden = int(std::distance(hidden, annotations.end()));
    annotations.erase(hidden, annotations.end());
    return annotations;
}

void OpenArticle::onAnnotationsChanged(qint64 articleId, qint64 annotationId, Workspace::AnnotationChange change)
{
    if (articleId == m_loadingId && articleId > 0)
        m_loadingEdited = true;
    if (!m_article || articleId != m_article->id)
        return;
    if (change == Workspace::AnnotationChange::Many || annotationId <= 0 || !m_workspace->isOpen()) {
        reloadAnnotations();
        return;
    }
    // One annotation changed: read that one back (the file is the truth), not all of them.
    const std::optional<Annotation> annotation = change == Workspace::AnnotationChange::Removed
        ? std::nullopt
        : m_workspace->annotations().annotation(annotationId);
    if (annotation && annotation->articleId == m_article->id && !hides(*annotation)) {
        m_annotations->upsert(*annotation, m_article->text);
    } else {
        m_annotations->remove(annotationId);
        change = Workspace::AnnotationChange::Removed;
    }
    emit annotationChanged(annotationId, change);
}

void OpenArticle::onArticleStateChanged(qint64 articleId)
{
    if (articleId == m_loadingId && articleId > 0)
        m_loadingEdited = true;
    if (!m_article || articleId != m_article->id || !m_workspace->isOpen())
        return;
    const std::optional<ArticleState> state = m_workspace->articles().state(articleId);
    if (!state) {
        close(); // deleted meanwhile
        return;
    }
    m_article->read = state->read;
    m_article->starred = state->starred;
    m_article->note = state->note;
    m_article->tags = state->tags;
    // Made blind, or marked done: others' annotations go out of view or come in.
    if (readReviewState())
        reloadAnnotations();
    emit stateChanged();
}

} // namespace glossa
