#include "appearancepanel.h"

#include "appearancelistmodel.h"
#include "common/oneline.h"
#include "common/scriptsupport.h"
#include "openarticle.h"
#include "workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace glossa {

namespace {

constexpr int kStripeWidth = 4;

} // namespace

AppearanceCard::AppearanceCard(const AppearanceListModel *model, int row, QWidget *parent)
    : QFrame(parent), m_model(model), m_row(row)
{
    const QModelIndex index = model->index(row);
    m_id = index.data(AppearanceListModel::AppearanceIdRole).toLongLong();
    m_verdictColor = index.data(AppearanceListModel::VerdictColorRole).value<QColor>();
    setObjectName(QStringLiteral("appearanceCard"));
    setFocusPolicy(Qt::ClickFocus);
    setAccessibleName(index.data(Qt::AccessibleTextRole).toString());

    m_sentence = new QLabel(this);
    m_sentence->setObjectName(QStringLiteral("appearanceSentence"));
    m_sentence->setWordWrap(true);
    QFont bold = m_sentence->font();
    bold.setBold(true);
    m_sentence->setFont(bold);
    m_quote = new QLabel(this);
    m_quote->setWordWrap(true);
    m_quote->setTextFormat(Qt::PlainText);
    m_reason = new QLabel(this);
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setForegroundRole(QPalette::PlaceholderText);
    m_link = new QLabel(this);
    m_link->setObjectName(QStringLiteral("appearanceOriginal"));
    m_link->setTextFormat(Qt::RichText);
    m_link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_link, &QLabel::linkActivated, this, &AppearanceCard::originalRequested);
    m_accept = new QPushButton(this);
    m_accept->setObjectName(QStringLiteral("acceptAppearanceButton"));
    m_dismiss = new QPushButton(this);
    m_dismiss->setObjectName(QStringLiteral("dismissAppearanceButton"));
    connect(m_accept, &QPushButton::clicked, this, [this] { emit acceptRequested(m_id); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { emit dismissRequested(m_id); });

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addStretch(1);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_dismiss);
    auto *layout = new QVBoxLayout(this);
    // Room for the verdict's stripe on the leading edge (QBoxLayout mirrors margins in RTL).
    layout->setContentsMargins(kStripeWidth + 8, 6, 8, 6);
    layout->setSpacing(3);
    layout->addWidget(m_sentence);
    layout->addWidget(m_quote);
    layout->addWidget(m_reason);
    layout->addWidget(m_link);
    layout->addLayout(buttons);
    retranslate();
}

void AppearanceCard::retranslate()
{
    const QModelIndex index = m_model->index(m_row);
    if (!index.isValid())
        return;
    m_sentence->setText(index.data(Qt::DisplayRole).toString());
    const QString quote = oneLine(index.data(AppearanceListModel::ExactRole).toString(), 220);
    m_quote->setText(QStringLiteral("“%1”").arg(quote));
    QFont quoteFont = m_quote->font();
    quoteFont.setItalic(readsWellInItalic(quote));
    m_quote->setFont(quoteFont);
    const bool reworded = index.data(AppearanceListModel::MatchRole).toString() == QLatin1String("reworded");
    const QString how = reworded ? tr("Reworded") : tr("Word for word");
    const int score = qRound(index.data(AppearanceListModel::ScoreRole).toDouble() * 100);
    m_reason->setText(tr("%1 · %2 % alike").arg(how, QLocale().toString(score)));
    // The matcher's own words (which words and numbers agree), as it wrote them.
    m_reason->setToolTip(index.data(AppearanceListModel::ReasonRole).toString());
    const bool imported = index.data(AppearanceListModel::ClaimSourceRole).toString() == QLatin1String("imported");
    const QString url = index.data(AppearanceListModel::UrlRole).toString();
    QString href;
    QString label;
    if (imported && !url.isEmpty()) {
        href = url;
        const QString host = QUrl(url).host();
        label = host.isEmpty() ? tr("Read the fact-check") : tr("Read the fact-check (%1)").arg(host);
    } else if (!imported) {
        href = QStringLiteral("library:%1:%2")
                   .arg(index.data(AppearanceListModel::ClaimArticleIdRole).toLongLong())
                   .arg(index.data(AppearanceListModel::ClaimIdRole).toLongLong());
        label = tr("Open the original claim");
    }
    m_href = href;
    m_link->setText(href.isEmpty() ? QString()
                                   : QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), label.toHtmlEscaped()));
    m_link->setToolTip(imported ? url : index.data(AppearanceListModel::ClaimTextRole).toString());
    m_accept->setText(tr("Accept (A)"));
    m_accept->setToolTip(tr("Record it as a claim in this article, with the remembered verdict (A)"));
    m_dismiss->setText(tr("Dismiss (D)"));
    m_dismiss->setToolTip(tr("Not a repeat: it is not proposed again for this passage (D)"));
}

QString AppearanceCard::sentence() const
{
    return m_sentence->text();
}

void AppearanceCard::setCurrent(bool current)
{
    if (m_current == current)
        return;
    m_current = current;
    update();
}

void AppearanceCard::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor border = palette().color(m_current ? QPalette::Highlight : QPalette::Mid);
    painter.setPen(QPen(border, m_current ? 2 : 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(box, 4, 4);
    // The verdict's stripe on the leading edge: the right one in a right-to-left interface.
    const QRectF stripe = layoutDirection() == Qt::RightToLeft
        ? QRectF(box.right() - kStripeWidth - 1, box.top() + 3, kStripeWidth, box.height() - 6)
        : QRectF(box.left() + 1, box.top() + 3, kStripeWidth, box.height() - 6);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_verdictColor);
    painter.drawRect(stripe);
}

void AppearanceCard::mousePressEvent(QMouseEvent *event)
{
    emit chosen(m_id);
    QFrame::mousePressEvent(event);
}

void AppearanceCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

AppearancePanel::AppearancePanel(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("appearancePanel"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("appearanceHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_cardLayout = new QVBoxLayout;
    m_cardLayout->setSpacing(6);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 2);
    layout->setSpacing(4);
    layout->addWidget(m_heading);
    layout->addLayout(m_cardLayout);
    OpenArticle *open = workspace->openArticle();
    connect(open->appearances(), &QAbstractItemModel::modelReset, this, &AppearancePanel::rebuild);
    rebuild();
}

void AppearancePanel::rebuild()
{
    qDeleteAll(m_cards);
    m_cards.clear();
    const AppearanceListModel *model = m_workspace->openArticle()->appearances();
    for (int row = 0; row < model->rowCount(); ++row) {
        auto *card = new AppearanceCard(model, row, this);
        connect(card, &AppearanceCard::chosen, this, &AppearancePanel::setCurrentAppearance);
        connect(card, &AppearanceCard::acceptRequested, this, &AppearancePanel::acceptRequested);
        connect(card, &AppearanceCard::dismissRequested, this, &AppearancePanel::dismissRequested);
        connect(card, &AppearanceCard::originalRequested, this, &AppearancePanel::originalRequested);
        m_cardLayout->addWidget(card);
        m_cards << card;
    }
    // The current card stays current when it is still proposed; else the first one is.
    const qint64 before = m_current;
    m_current = card(before) ? before : (m_cards.isEmpty() ? 0 : m_cards.constFirst()->appearanceId());
    for (AppearanceCard *card : std::as_const(m_cards))
        card->setCurrent(card->appearanceId() == m_current);
    if (m_current != before)
        emit currentChanged(m_current);
    updateHeading();
    setVisible(!m_cards.isEmpty());
}

void AppearancePanel::updateHeading()
{
    m_heading->setText(tr("Repeats of checked claims (%1)").arg(m_cards.size()));
}

AppearanceCard *AppearancePanel::card(qint64 appearanceId) const
{
    for (AppearanceCard *card : m_cards) {
        if (card->appearanceId() == appearanceId)
            return card;
    }
    return nullptr;
}

void AppearancePanel::setCurrentAppearance(qint64 appearanceId)
{
    if (appearanceId == m_current || (appearanceId != 0 && !card(appearanceId)))
        return;
    m_current = appearanceId;
    for (AppearanceCard *card : std::as_const(m_cards))
        card->setCurrent(card->appearanceId() == appearanceId);
    emit currentChanged(m_current);
}

void AppearancePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateHeading();
    QWidget::changeEvent(event);
}

} // namespace glossa
