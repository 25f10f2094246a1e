#include "openarticle.h"

#include "annotations/annotationlistmodel.h"

namespace glossa {

OpenArticle::OpenArticle(Workspace *workspace)
    : QObject(workspace), m_workspace(workspace), m_annotations(new AnnotationListModel(this))
{
    connect(workspace, &Workspace::annotationsChanged, this, &OpenArticle::onAnnotationsChanged);
    connect(workspace, &Workspace::articleStateChanged, this, &OpenArticle::onArticleStateChanged);
    connect(workspace, &Workspace::libraryOpened, this, &OpenArticle::close);
}

OpenArticle::~OpenArticle() = default;

void OpenArticle::open(qint64 articleId)
{
    if (articleId > 0 && articleId == id())
        return;
    std::optional<Article> article =
        articleId > 0 && m_workspace->isOpen() ? m_workspace->articles().article(articleId) : std::nullopt;
    if (!article) {
        close();
        return;
    }
    m_article = std::move(article);
    m_annotations->setAnnotations(m_workspace->annotations().annotationsForArticle(m_article->id), m_article->text);
    emit opened(m_article->id);
}

void OpenArticle::close()
{
    if (!m_article && m_annotations->rowCount() == 0)
        return;
    m_article.reset();
    m_annotations->clear();
    emit opened(0);
}

void OpenArticle::reloadAnnotations()
{
    m_annotations->setAnnotations(m_workspace->annotations().annotationsForArticle(m_article->id), m_article->text);
    emit annotationsReset();
}

void OpenArticle::onAnnotationsChanged(qint64 articleId, qint64 annotationId, Workspace::AnnotationChange change)
{
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
    if (annotation && annotation->articleId == m_article->id) {
        m_annotations->upsert(*annotation, m_article->text);
    } else {
        m_annotations->remove(annotationId);
        change = Workspace::AnnotationChange::Removed;
    }
    emit annotationChanged(annotationId, change);
}

void OpenArticle::onArticleStateChanged(qint64 articleId)
{
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
    emit stateChanged();
}

} // namespace glossa
