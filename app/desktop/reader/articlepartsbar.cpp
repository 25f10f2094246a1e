#include "articlepartsbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace glossa {

ArticlePartsBar::ArticlePartsBar(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_previous(new QPushButton(tr("&Previous Part"), this)),
      m_next(new QPushButton(tr("Ne&xt Part"), this))
{
    setObjectName(QStringLiteral("articlePartsBar"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    m_label->setObjectName(QStringLiteral("articlePartsLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_previous->setObjectName(QStringLiteral("previousPartButton"));
    m_next->setObjectName(QStringLiteral("nextPartButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    connect(m_previous, &QPushButton::clicked, this, [this] { emit partRequested(m_part - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { emit partRequested(m_part + 1); });
    hide();
}

void ArticlePartsBar::setPart(int part, int count, qint64 characters)
{
    m_part = part;
    setVisible(count > 1);
    if (count <= 1)
        return;
    const QLocale locale;
    m_label->setText(tr("This article is very long (%1 characters): it is shown in %2 parts so that the window "
                        "stays responsive. Part %3 of %2.")
                         .arg(locale.toString(characters), locale.toString(count), locale.toString(part + 1)));
    m_previous->setEnabled(part > 0);
    m_next->setEnabled(part + 1 < count);
}

} // namespace glossa
