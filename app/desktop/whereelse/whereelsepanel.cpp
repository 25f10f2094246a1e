#include "whereelsepanel.h"

#include "whereelsemodel.h"
#include "whereelsesearch.h"
#include "anchoring/textanchoring.h"
#include "common/oneline.h"
#include "common/resulttable.h"
#include "edits/addannotationcommand.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace glossa {

namespace {

constexpr int kQuoteChars = 280;

QString quoted(const QString &passage)
{
    return QStringLiteral("“%1”").arg(oneLine(passage, kQuoteChars));
}

} // namespace

WhereElsePanel::WhereElsePanel(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("whereElsePanel"));
    m_model = new WhereElseModel(this);
    m_search = new WhereElseSearch(this);

    m_quote = new QLabel(this);
    m_quote->setObjectName(QStringLiteral("whereElsePassage"));
    m_quote->setWordWrap(true);
    m_quote->setTextFormat(Qt::PlainText);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont italic = m_quote->font();
    italic.setItalic(true);
    m_quote->setFont(italic);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("whereElseStatus"));
    m_status->setWordWrap(true);

    m_view = new ResultTable(this);
    m_view->setObjectName(QStringLiteral("whereElseTable"));
    m_view->setAccessibleName(tr("Articles with the same passage"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WhereElseModel::Title, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("whereElseOpen"));
    m_copy = buttons->addButton(tr("&Copy Onto This Article"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("whereElseCopy"));
    m_copy->setToolTip(tr("Annotate the passage found in the selected article with the same claim, tags and "
                          "colour (Edit ▸ Undo takes it off)"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_quote);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(m_view, &QTableView::activated, this, &WhereElsePanel::openHit);
    connect(m_open, &QPushButton::clicked, this, [this] { openHit(m_view->currentIndex()); });
    connect(m_copy, &QPushButton::clicked, this, [this] { copyOnto(m_view->currentIndex()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WhereElsePanel::updateButtons);
    connect(m_search, &WhereElseSearch::finished, this, &WhereElsePanel::showHits);
    connect(m_search, &WhereElseSearch::failed, this, &WhereElsePanel::showFailure);
    updateButtons();
}

bool WhereElsePanel::searchFor(qint64 annotationId)
{
    const std::optional<Annotation> annotation = m_workspace->annotations().annotation(annotationId);
    if (!annotation || annotation->anchor.exact.trimmed().isEmpty())
        return false;
    m_annotationId = annotationId;
    start(annotation->anchor.exact, annotation->articleId);
    return true;
}

void WhereElsePanel::searchPassage(const QString &passage, qint64 articleId)
{
    m_annotationId = 0;
    start(passage, articleId);
}

void WhereElsePanel::start(const QString &passage, qint64 articleId)
{
    m_quote->setText(quoted(passage));
    m_status->setText(tr("Searching the library…"));
    m_model->setHits({});
    updateButtons();
    m_search->start(m_workspace->libraryPath(), passage, articleId);
}

bool WhereElsePanel::isSearching() const
{
    return m_search->isRunning();
}

void WhereElsePanel::showHits(const QList<WhereElseHit> &hits)
{
    m_model->setHits(hits);
    m_status->setText(hits.isEmpty()
                          ? tr("No other article in the library carries this passage.")
                          : tr("Found in %n other article(s), earliest first. Double-click one to open it "
                               "on the passage.",
                               nullptr, int(hits.size())));
    if (!hits.isEmpty())
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

void WhereElsePanel::showFailure(const QString &message)
{
    m_model->setHits({});
    m_status->setText(tr("The search failed: %1").arg(message));
    updateButtons();
}

void WhereElsePanel::updateButtons()
{
    const bool hit = m_view->currentIndex().isValid();
    m_open->setEnabled(hit);
    m_copy->setEnabled(hit && m_annotationId != 0 && !m_workspace->isReadOnly());
}

void WhereElsePanel::openHit(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_workspace->requestArticleSpan(index.data(WhereElseModel::ArticleIdRole).toLongLong(),
                                    index.data(WhereElseModel::StartRole).toInt(),
                                    index.data(WhereElseModel::EndRole).toInt());
}

qint64 WhereElsePanel::copyOnto(const QModelIndex &index)
{
    if (!index.isValid() || m_annotationId == 0)
        return 0;
    const std::optional<Annotation> original = m_workspace->annotations().annotation(m_annotationId);
    const qint64 articleId = index.data(WhereElseModel::ArticleIdRole).toLongLong();
    const std::optional<Article> article = m_workspace->articles().article(articleId);
    if (!original || !article)
        return 0;
    const int start = index.data(WhereElseModel::StartRole).toInt();
    const int end = index.data(WhereElseModel::EndRole).toInt();
    if (start < 0 || end <= start || end > article->text.size())
        return 0;
    // The same reading of the claim, on the words this outlet used; the note says where it came from.
    Annotation copy;
    copy.articleId = articleId;
    copy.anchor = TextAnchoring::makeAnchor(article->text, start, end);
    copy.color = original->color;
    copy.tags = original->tags;
    copy.claim = original->claim;
    copy.note = original->note;
    qint64 created = 0;
    m_workspace->undoStack()->push(
        new AddAnnotationCommand(m_workspace, copy, [&created](qint64 id) { created = id; }));
    if (created != 0)
        m_workspace->requestArticle(articleId, created);
    return created;
}

WhereElseDock::WhereElseDock(Workspace *workspace, QWidget *parent)
    : QDockWidget(tr("Where Else?"), parent), m_panel(new WhereElsePanel(workspace, this))
{
    setObjectName(QStringLiteral("whereElseDock"));
    setWidget(m_panel);
    toggleViewAction()->setObjectName(QStringLiteral("viewWhereElseAction"));
}

void WhereElseDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("Where Else?"));
    QDockWidget::changeEvent(event);
}

} // namespace glossa
