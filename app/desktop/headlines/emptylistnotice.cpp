#include "emptylistnotice.h"

#include "common/taxonomylabels.h"
#include "headlinemodel.h"
#include "headlineview.h"
#include "workspace.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace glossa {

EmptyListNotice::EmptyListNotice(Workspace *workspace, HeadlineView *view)
    : QWidget(view->viewport()), m_workspace(workspace), m_view(view), m_text(new QLabel(this)),
      m_clear(new QPushButton(tr("&Clear Filters"), this))
{
    setObjectName(QStringLiteral("emptyListNotice"));
    m_text->setObjectName(QStringLiteral("emptyListText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(1);
    layout->addWidget(m_text);
    layout->addWidget(m_clear, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_clear, &QPushButton::clicked, this, &EmptyListNotice::clearFiltersRequested);

    view->viewport()->installEventFilter(this);
    HeadlineModel *model = view->headlineModel();
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyListNotice::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyListNotice::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyListNotice::refresh);
    connect(model, &HeadlineModel::totalCountChanged, this, &EmptyListNotice::refresh);
    refresh();
}

QString EmptyListNotice::text() const
{
    return isVisible() ? m_text->text() : QString();
}

bool EmptyListNotice::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

void EmptyListNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_clear->setText(tr("&Clear Filters"));
        refresh();
    }
    QWidget::changeEvent(event);
}

QStringList EmptyListNotice::activeFilters() const
{
    const ArticleQuery query = m_view->headlineModel()->query();
    const QLocale locale;
    QStringList filters;
    if (!query.search.trimmed().isEmpty())
        filters << tr("the search “%1”").arg(query.search.trimmed());
    if (query.collectionId != 0) {
        const std::optional<Collection> collection = m_workspace->collections().collection(query.collectionId);
        filters << tr("the collection “%1”").arg(collection ? collection->name : QString::number(query.collectionId));
    }
    if (!query.source.isEmpty())
        filters << tr("the outlet “%1”").arg(query.source);
    if (!query.tag.isEmpty())
        filters << tr("the tag “%1”").arg(query.tag);
    if (!query.verdict.isEmpty())
        filters << tr("claims rated “%1”").arg(TaxonomyLabels::verdict(query.verdict));
    if (query.from.isValid() && query.to.isValid())
        filters << tr("published from %1 to %2")
                       .arg(locale.toString(query.from, QLocale::ShortFormat), locale.toString(query.to, QLocale::ShortFormat));
    else if (query.from.isValid())
        filters << tr("published from %1").arg(locale.toString(query.from, QLocale::ShortFormat));
    else if (query.to.isValid())
        filters << tr("published until %1").arg(locale.toString(query.to, QLocale::ShortFormat));
    if (query.unreadOnly)
        filters << tr("unread only");
    if (query.starredOnly)
        filters << tr("starred only");
    return filters;
}

void EmptyListNotice::refresh()
{
    HeadlineModel *model = m_view->headlineModel();
    const std::optional<int> total = model->knownTotalCount();
    const bool empty = model->rowCount() == 0 && !model->canFetchMore({}) && (!total || *total == 0);
    if (!empty || !m_workspace->isOpen()) {
        hide();
        return;
    }
    const QStringList filters = activeFilters();
    if (filters.isEmpty()) {
        m_text->setText(tr("No articles yet.\nImport dumps with File ▸ Import Files… or drop files or folders here."));
        m_clear->hide();
    } else {
        m_text->setText(tr("No article matches %1.").arg(QLocale().createSeparatedList(filters)));
        m_clear->show();
    }
    setGeometry(m_view->viewport()->rect());
    show();
    raise();
}

} // namespace glossa
