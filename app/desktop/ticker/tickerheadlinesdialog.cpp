#include "tickerheadlinesdialog.h"

#include "common/accessiblenames.h"
#include "tickerheadlinemodel.h"
#include "common/resulttable.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace glossa {

TickerHeadlinesDialog::TickerHeadlinesDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("tickerHeadlinesDialog"));
    setWindowTitle(tr("Ticker Headlines"));
    m_model = new TickerHeadlineModel(workspace, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("tickerSearch"));
    m_search->setAccessibleName(tr("Search ticker headlines"));
    m_search->setPlaceholderText(tr("Words in the headline"));
    AccessibleNames::enableClearButton(m_search);

    m_view = new ResultTable(this);
    m_view->setObjectName(QStringLiteral("tickerTable"));
    m_view->setAccessibleName(tr("Ticker headlines"));
    m_view->setModel(m_model);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(TickerHeadlineModel::Headline, QHeaderView::Stretch);
    header->setSectionResizeMode(TickerHeadlineModel::SeenIn, QHeaderView::Interactive);
    header->setSectionResizeMode(TickerHeadlineModel::Imported, QHeaderView::ResizeToContents);
    header->resizeSection(TickerHeadlineModel::SeenIn, 200);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("tickerStatus"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(860, 520);

    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_typingTimer, qOverload<>(&QTimer::start));
    connect(m_typingTimer, &QTimer::timeout, this, [this] { m_model->setFilterText(m_search->text()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TickerHeadlinesDialog::updateStatus);
    connect(m_model, &TickerHeadlineModel::loadingChanged, this, &TickerHeadlinesDialog::updateStatus);
    connect(m_view, &QTableView::activated, this, &TickerHeadlinesDialog::openHeadline);
    updateStatus();
}

bool TickerHeadlinesDialog::openHeadline(const QModelIndex &index)
{
    const qint64 articleId = index.isValid() ? index.data(TickerHeadlineModel::ArticleIdRole).toLongLong() : 0;
    if (articleId == 0) {
        if (index.isValid())
            m_status->setText(tr("“%1” is not in the library.").arg(index.siblingAtColumn(0).data().toString()));
        return false;
    }
    m_workspace->requestArticle(articleId);
    return true;
}

void TickerHeadlinesDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_model->setActive(true);
}

void TickerHeadlinesDialog::hideEvent(QHideEvent *event)
{
    // Imports meanwhile only mark the list stale: no reading for a closed dialog.
    m_model->setActive(false);
    QDialog::hideEvent(event);
}

void TickerHeadlinesDialog::updateStatus()
{
    if (m_model->isLoading()) {
        m_status->setText(tr("Reading the tickers of the whole library…"));
        return;
    }
    if (!m_model->lastError().isEmpty()) {
        m_status->setText(tr("The headlines could not be read: %1").arg(m_model->lastError()));
        return;
    }
    int linked = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->headlineAt(row).articleId != 0)
            ++linked;
    }
    m_status->setText(tr("%n headline(s)", nullptr, m_model->rowCount()) + QStringLiteral(" · ")
                      + tr("%n in the library (underlined; double-click to open)", nullptr, linked));
}

} // namespace glossa
