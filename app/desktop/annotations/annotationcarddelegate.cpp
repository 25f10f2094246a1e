#include "annotationcarddelegate.h"

#include "annotationlistmodel.h"
#include "common/scriptsupport.h"
#include "wrappedtext.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <optional>

namespace glossa {

namespace {

constexpr int kOuterMargin = 6;   // between cards and the list's edges
constexpr int kPadding = 10;      // inside a card
constexpr int kStripeWidth = 5;   // the annotation's colour
constexpr int kGap = 6;           // between a card's parts
constexpr int kQuoteLines = 4;
constexpr int kNoteLines = 3;
constexpr int kChipPadding = 6;
constexpr int kChipSpacing = 4;
constexpr qreal kRadius = 6;

bool startsOrphanedSection(const QModelIndex &index)
{
    if (!index.data(AnnotationListModel::OrphanedRole).toBool())
        return false;
    if (index.row() == 0)
        return true;
    const QModelIndex previous = index.model()->index(index.row() - 1, 0, index.parent());
    return !previous.data(AnnotationListModel::OrphanedRole).toBool();
}

// Readable text on a coloured badge: dark on light colours, white on dark ones.
QColor textOn(const QColor &background)
{
    const qreal luminance = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance > 0.6 ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white);
}

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(std::max<qreal>(base.pointSizeF() * 0.88, 7.0));
    return font;
}

} // namespace

struct AnnotationCardDelegate::Layout
{
    QRect card;
    std::optional<QRect> sectionHeading;
    QRect stripe;
    QRect badge;
    QString badgeText;
    QRect claimantRect;
    QString claimant;
    std::optional<WrappedText> quote;
    QRect quoteRect;
    QList<QPair<QRect, QString>> chips;
    std::optional<WrappedText> note;
    QRect noteRect;
    // Who made it: their initials in their colour, at the card's top corner; with a mark for
    // the final layer (the editor's decision) and for a conflict waiting to be settled.
    QRect analystChip;
    QString analystText;
    int height = 0;
};

AnnotationCardDelegate::AnnotationCardDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

AnnotationCardDelegate::Layout AnnotationCardDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                                 const QModelIndex &index) const
{
    Layout layout;
    const QFont font = option.font;
    const QFont small = smallFont(font);
    const QFontMetrics metrics(font);
    const QFontMetrics smallMetrics(small);
    const int left = option.rect.left() + kOuterMargin;
    const int width = std::max(option.rect.width() - 2 * kOuterMargin, 80);
    int y = option.rect.top() + kOuterMargin / 2;

    if (startsOrphanedSection(index)) {
        layout.sectionHeading = QRect(left, y + kGap, width, metrics.height() + smallMetrics.height() + 4);
        y = layout.sectionHeading->bottom() + kGap;
    }
    const int cardTop = y;
    const int contentLeft = left + kStripeWidth + kPadding;
    int contentWidth = width - kStripeWidth - 2 * kPadding;
    y += kPadding;
    layout.analystText = index.data(AnnotationListModel::AnalystInitialsRole).toString();
    if (index.data(AnnotationListModel::FinalLayerRole).toBool())
        layout.analystText = QStringLiteral("✓ ") + layout.analystText;
    if (index.data(AnnotationListModel::ConflictRole).toBool())
        layout.analystText += QStringLiteral(" ⚠");
    if (!layout.analystText.isEmpty()) {
        const int chipWidth = smallMetrics.horizontalAdvance(layout.analystText) + 2 * kChipPadding + 2;
        layout.analystChip = QRect(contentLeft + contentWidth - chipWidth, y, chipWidth, smallMetrics.height() + 4);
        // The text beside it keeps clear of it.
        contentWidth -= chipWidth + kGap;
    }

    if (index.data(AnnotationListModel::HasClaimRole).toBool()) {
        const QString verdict = index.data(AnnotationListModel::VerdictLabelRole).toString();
        layout.badgeText = QStringLiteral("%1 · %2").arg(index.data(AnnotationListModel::ClaimKindLabelRole).toString(), verdict);
        // In a narrow sidebar the verdict is what must read whole ("Partly supported" was cut
        // to "Partly su…"): the kind gives way first.
        if (smallMetrics.horizontalAdvance(layout.badgeText) + 2 * kChipPadding + 2 > contentWidth)
            layout.badgeText = verdict;
        // +2: elidedText() measures a little wider than horizontalAdvance() and would cut the text.
        const int badgeWidth =
            std::min(smallMetrics.horizontalAdvance(layout.badgeText) + 2 * kChipPadding + 2, contentWidth);
        layout.badge = QRect(contentLeft, y, badgeWidth, smallMetrics.height() + 4);
        const QString claimant = index.data(AnnotationListModel::ClaimantRole).toString();
        if (!claimant.isEmpty()) {
            const int room = contentWidth - badgeWidth - kGap;
            layout.claimant = smallMetrics.elidedText(claimant, Qt::ElideRight, std::max(room, 0));
            layout.claimantRect = QRect(layout.badge.right() + 1 + kGap, y, std::max(room, 0), layout.badge.height());
        }
        y = layout.badge.bottom() + 1 + kGap;
    }

    const QString quote = index.data(AnnotationListModel::QuoteRole).toString().simplified();
    QFont quoteFont = font;
    quoteFont.setItalic(readsWellInItalic(quote));
    layout.quote.emplace(QStringLiteral("“%1”").arg(quote), quoteFont, contentWidth, kQuoteLines);
    layout.quoteRect = QRect(contentLeft, y, contentWidth, qCeil(layout.quote->height()));
    y += qCeil(layout.quote->height());

    const QStringList tags = index.data(AnnotationListModel::TagsRole).toStringList();
    if (!tags.isEmpty()) {
        y += kGap;
        int x = contentLeft;
        const int chipHeight = smallMetrics.height() + 4;
        for (const QString &tag : tags) {
            const int chipWidth = std::min(smallMetrics.horizontalAdvance(tag) + 2 * kChipPadding + 2, contentWidth);
            if (x > contentLeft && x + chipWidth > contentLeft + contentWidth) {
                x = contentLeft;
                y += chipHeight + kChipSpacing;
            }
            layout.chips.append({QRect(x, y, chipWidth, chipHeight),
                                 smallMetrics.elidedText(tag, Qt::ElideRight, chipWidth - 2 * kChipPadding + 2)});
            x += chipWidth + kChipSpacing;
        }
        y += chipHeight;
    }

    const QString note = index.data(AnnotationListModel::NoteRole).toString();
    if (!note.isEmpty()) {
        y += kGap;
        layout.note.emplace(note.simplified(), font, contentWidth, kNoteLines);
        layout.noteRect = QRect(contentLeft, y, contentWidth, qCeil(layout.note->height()));
        y += qCeil(layout.note->height());
    }
    y += kPadding;
    layout.card = QRect(left, cardTop, width, y - cardTop);
    layout.stripe = QRect(left, cardTop, kStripeWidth, layout.card.height());
    layout.height = y + kOuterMargin / 2 - option.rect.top();
    if (option.direction == Qt::RightToLeft)
        mirror(&layout, option.rect);
    return layout;
}

// Laid out left to right, then every part reflected in the row: the stripe on the right edge,
// the badge and the claimant from the right, the analyst's chip at the top left, the tags
// flowing leftwards. (The quote and note keep their own direction inside their box.)
void AnnotationCardDelegate::mirror(Layout *layout, const QRect &row)
{
    const auto flip = [&row](QRect *rect) { *rect = QStyle::visualRect(Qt::RightToLeft, row, *rect); };
    flip(&layout->card);
    flip(&layout->stripe);
    if (layout->sectionHeading)
        flip(&*layout->sectionHeading);
    flip(&layout->badge);
    flip(&layout->claimantRect);
    flip(&layout->quoteRect);
    flip(&layout->noteRect);
    flip(&layout->analystChip);
    for (auto &chip : layout->chips)
        flip(&chip.first);
}

QSize AnnotationCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const qint64 id = index.data(AnnotationListModel::AnnotationIdRole).toLongLong();
    // Everything the height depends on, so an edit is never measured from a stale cache entry.
    const size_t fingerprint = qHashMulti(0, index.data(AnnotationListModel::QuoteRole).toString(),
                                          index.data(AnnotationListModel::NoteRole).toString(),
                                          index.data(AnnotationListModel::TagsRole).toStringList(),
                                          index.data(AnnotationListModel::VerdictLabelRole).toString(),
                                          index.data(AnnotationListModel::ClaimantRole).toString(),
                                          startsOrphanedSection(index), opt.font.toString(),
                                          index.data(AnnotationListModel::AnalystInitialsRole).toString());
    const int width = opt.rect.width();
    const auto cached = m_heights.constFind(id);
    if (cached != m_heights.cend() && cached->width == width && cached->fingerprint == fingerprint)
        return QSize(width, cached->height);
    const int height = layoutFor(opt, index).height;
    m_heights.insert(id, CachedHeight{width, fingerprint, height});
    return QSize(width, height);
}

void AnnotationCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Layout layout = layoutFor(opt, index);
    const QPalette &palette = opt.palette;
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const bool flashed = index.data(AnnotationListModel::AnnotationIdRole).toLongLong() == m_flashed && m_flashed != 0;
    const QColor stripe = index.data(AnnotationListModel::ColorRole).value<QColor>();
    const QColor text = palette.color(QPalette::Text);
    const QColor muted = blend(text, palette.color(QPalette::Base), 0.4);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setLayoutDirection(opt.direction);

    if (layout.sectionHeading) {
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(text);
        const QFontMetrics metrics(bold);
        painter->drawText(layout.sectionHeading->adjusted(4, 0, -4, 0), Qt::AlignLeading | Qt::AlignTop,
                          tr("Orphaned"));
        painter->setFont(smallFont(opt.font));
        painter->setPen(muted);
        painter->drawText(layout.sectionHeading->adjusted(4, metrics.height() + 2, -4, 0), Qt::AlignLeading | Qt::AlignTop,
                          tr("Their text is no longer in the article"));
    }

    // The card: a rounded panel with the annotation's colour as a stripe on its leading edge.
    QColor background = palette.color(QPalette::Base);
    if (flashed)
        background = blend(background, stripe, 0.45);
    else if (selected)
        background = blend(background, palette.color(QPalette::Highlight), 0.12);
    QPainterPath card;
    card.addRoundedRect(QRectF(layout.card).adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
    painter->fillPath(card, background);
    painter->save();
    painter->setClipPath(card);
    painter->fillRect(layout.stripe, stripe);
    painter->restore();
    QPen border(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid));
    border.setWidthF(selected ? 2.0 : 1.0);
    painter->setPen(border);
    painter->drawPath(card);

    const QFont small = smallFont(opt.font);
    if (!layout.badgeText.isEmpty()) {
        const QColor verdict = index.data(AnnotationListModel::VerdictColorRole).value<QColor>();
        painter->setPen(Qt::NoPen);
        painter->setBrush(verdict);
        painter->drawRoundedRect(layout.badge, layout.badge.height() / 2.0, layout.badge.height() / 2.0);
        painter->setFont(small);
        painter->setPen(textOn(verdict));
        painter->drawText(layout.badge, Qt::AlignCenter,
                          QFontMetrics(small).elidedText(layout.badgeText, Qt::ElideRight,
                                                         layout.badge.width() - 2 * kChipPadding + 2));
        if (!layout.claimant.isEmpty()) {
            painter->setPen(muted);
            painter->drawText(layout.claimantRect, Qt::AlignLeading | Qt::AlignVCenter, layout.claimant);
        }
    }

    if (!layout.analystText.isEmpty()) {
        QColor own = index.data(AnnotationListModel::AnalystColorRole).value<QColor>();
        if (!own.isValid())
            own = palette.color(QPalette::Mid);
        painter->setPen(Qt::NoPen);
        painter->setBrush(own);
        painter->drawRoundedRect(layout.analystChip, layout.analystChip.height() / 2.0,
                                 layout.analystChip.height() / 2.0);
        painter->setFont(small);
        painter->setPen(textOn(own));
        painter->drawText(layout.analystChip, Qt::AlignCenter, layout.analystText);
        painter->setFont(opt.font);
    }

    painter->setPen(text);
    if (layout.quote)
        layout.quote->draw(painter, layout.quoteRect.topLeft());

    painter->setFont(small);
    const QColor chipBackground = blend(palette.color(QPalette::Base), text, 0.1);
    const QStringList tagNames = index.data(AnnotationListModel::TagsRole).toStringList();
    for (int i = 0; i < layout.chips.size(); ++i) {
        const auto &[rect, tag] = layout.chips.at(i);
        // A tag's colour tints its chip, outlined in it, so the same tag reads the same
        // everywhere; the text stays on a light (or dark) enough ground to read.
        const QColor tagColor = i < tagNames.size() ? m_tagColors.value(tagNames.at(i).toCaseFolded()) : QColor();
        painter->setPen(tagColor.isValid() ? QPen(tagColor, 1.2) : QPen(Qt::NoPen));
        painter->setBrush(tagColor.isValid() ? blend(palette.color(QPalette::Base), tagColor, 0.3) : chipBackground);
        painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), rect.height() / 2.0, rect.height() / 2.0);
        painter->setPen(text);
        painter->drawText(rect, Qt::AlignCenter, tag);
    }

    if (layout.note) {
        painter->setPen(blend(text, palette.color(QPalette::Base), 0.2));
        layout.note->draw(painter, layout.noteRect.topLeft());
    }

    if (opt.state.testFlag(QStyle::State_HasFocus) && selected) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = layout.card.adjusted(2, 2, -2, -2);
        focus.backgroundColor = background;
        QApplication::style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter);
    }
    painter->restore();
}

} // namespace glossa
