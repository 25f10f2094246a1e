#include "annotationsearchpanel.h"

#include "common/accessiblenames.h"
#include "annotationsearchmodel.h"
#include "common/resulttable.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace glossa {

AnnotationSearchPanel::AnnotationSearchPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("annotationSearchPanel"));
    m_model = new AnnotationSearchModel(workspace, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("annotationSearchField"));
    m_search->setAccessibleName(tr("Search annotations"));
    m_search->setAccessibleDescription(tr("Words in quotes, notes, tags and claimants of every article"));
    m_search->setPlaceholderText(tr("Search highlighted passages, notes and tags"));
    AccessibleNames::enableClearButton(m_search);
    m_search->setToolTip(tr("Words must all match; accents are ignored. Use \"quotes\" for a phrase, "
                            "word* for a prefix, -word to exclude, OR between alternatives."));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("annotationSearchCount"));

    m_view = new ResultTable(this);
    m_view->setObjectName(QStringLiteral("annotationSearchTable"));
    m_view->setAccessibleName(tr("Annotations found"));
    m_view->setModel(m_model);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(AnnotationSearchModel::Quote, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    header->resizeSection(AnnotationSearchModel::Note, 200);
    header->resizeSection(AnnotationSearchModel::Tags, 120);
    header->resizeSection(AnnotationSearchModel::Claim, 170);
    header->resizeSection(AnnotationSearchModel::Article, 220);
    header->resizeSection(AnnotationSearchModel::Outlet, 120);
    header->resizeSection(AnnotationSearchModel::Published, 90);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 6, 6, 6);
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    m_delay.setSingleShot(true);
    m_delay.setInterval(250);
    connect(&m_delay, &QTimer::timeout, this, &AnnotationSearchPanel::searchNow);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_delay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &AnnotationSearchPanel::searchNow);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            searchNow();
    });
    connect(m_view, &QTableView::doubleClicked, this, &AnnotationSearchPanel::openAnnotation);
    connect(m_view, &QTableView::activated, this, &AnnotationSearchPanel::openAnnotation);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationSearchPanel::updateCount);
    updateCount();
}

void AnnotationSearchPanel::searchNow()
{
    m_delay.stop();
    m_model->search(m_search->text());
}

void AnnotationSearchPanel::openAnnotation(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_workspace->requestArticle(index.data(AnnotationSearchModel::ArticleIdRole).toLongLong(),
                                index.data(AnnotationSearchModel::AnnotationIdRole).toLongLong());
}

void AnnotationSearchPanel::updateCount()
{
    if (m_model->searchText().trimmed().isEmpty()) {
        m_count->clear();
        return;
    }
    if (!m_model->errorText().isEmpty()) {
        m_count->setText(tr("The search failed"));
        m_count->setToolTip(m_model->errorText());
        return;
    }
    m_count->setToolTip(QString());
    const int rows = m_model->rowCount();
    m_count->setText(rows >= AnnotationSearchModel::kLimit ? tr("First %n match(es)", nullptr, rows)
                                                           : tr("%n match(es)", nullptr, rows));
}

} // namespace glossa
