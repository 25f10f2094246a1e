#include "whereelsedialog.h"

#include "whereelsemodel.h"
#include "whereelsesearch.h"
#include "common/oneline.h"
#include "common/resulttable.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
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

WhereElseDialog::WhereElseDialog(Workspace *workspace, const QString &passage, qint64 articleId, QWidget *parent)
    : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("whereElseDialog"));
    setWindowTitle(tr("Where Else?"));
    m_model = new WhereElseModel(this);
    m_search = new WhereElseSearch(this);

    auto *quote = new QLabel(quoted(passage), this);
    quote->setObjectName(QStringLiteral("whereElsePassage"));
    quote->setWordWrap(true);
    quote->setTextFormat(Qt::PlainText);
    quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont italic = quote->font();
    italic.setItalic(true);
    quote->setFont(italic);

    m_status = new QLabel(tr("Searching the library…"), this);
    m_status->setObjectName(QStringLiteral("whereElseStatus"));
    m_status->setWordWrap(true);

    m_view = new ResultTable(this);
    m_view->setObjectName(QStringLiteral("whereElseTable"));
    m_view->setAccessibleName(tr("Articles with the same passage"));
    m_view->setModel(m_model);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WhereElseModel::Title, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(quote);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, 380);

    connect(m_view, &QTableView::activated, this, &WhereElseDialog::openHit);
    connect(m_search, &WhereElseSearch::finished, this, &WhereElseDialog::showHits);
    connect(m_search, &WhereElseSearch::failed, this, &WhereElseDialog::showFailure);
    m_search->start(workspace->libraryPath(), passage, articleId);
}

bool WhereElseDialog::isSearching() const
{
    return m_search->isRunning();
}

void WhereElseDialog::showHits(const QList<WhereElseHit> &hits)
{
    m_model->setHits(hits);
    m_status->setText(hits.isEmpty()
                          ? tr("No other article in the library carries this passage.")
                          : tr("Found in %n other article(s), earliest first. Double-click one to open it "
                               "on the passage.",
                               nullptr, int(hits.size())));
}

void WhereElseDialog::showFailure(const QString &message)
{
    m_model->setHits({});
    m_status->setText(tr("The search failed: %1").arg(message));
}

void WhereElseDialog::openHit(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_workspace->requestArticleSpan(index.data(WhereElseModel::ArticleIdRole).toLongLong(),
                                    index.data(WhereElseModel::StartRole).toInt(),
                                    index.data(WhereElseModel::EndRole).toInt());
}

} // namespace glossa
