#include "annotationdialog.h"

#include "anchoring/quoteboundaries.h"
#include "common/confidencespinbox.h"
#include "model/taxonomy.h"
#include "common/scriptsupport.h"
#include "noterecovery.h"
#include "tagslineedit.h"
#include "common/taxonomylabels.h"
#include "common/oneline.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QAction>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace glossa {

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(140));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

void selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    } else if (!value.isEmpty()) {
        // A value from another taxonomy (imported annotations) is kept, not silently replaced.
        combo->addItem(value, value);
        combo->setCurrentIndex(combo->count() - 1);
    }
}

QPlainTextEdit *compactTextEdit(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setFixedHeight(lineHeight * lines + 2 * edit->frameWidth() + 10);
    return edit;
}

// The claim's form sits inside a group box; giving both forms' labels one width lines the
// fields up in a single column.
void alignLabels(const QList<QFormLayout *> &forms)
{
    int width = 0;
    QList<QWidget *> labels;
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
                labels << item->widget();
                width = std::max(width, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(width);
}

} // namespace

AnnotationDialog::AnnotationDialog(Purpose purpose, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("annotationDialog"));
    switch (purpose) {
    case Purpose::NewClaim:
        setWindowTitle(tr("New Claim"));
        break;
    case Purpose::NewNote:
        setWindowTitle(tr("New Note"));
        break;
    case Purpose::Edit:
        setWindowTitle(tr("Edit Annotation"));
        break;
    }

    m_quote = new QLabel(this);
    m_quote->setObjectName(QStringLiteral("quoteLabel"));
    m_quote->setWordWrap(true);
    m_quote->setTextFormat(Qt::PlainText);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_quote->setMargin(8);
    m_quote->setFrameShape(QFrame::StyledPanel);
    m_quote->setBackgroundRole(QPalette::Base);
    m_quote->setAutoFillBackground(true);
    m_quote->setVisible(false);

    m_color = new QComboBox(this);
    m_color->setObjectName(QStringLiteral("colorCombo"));
    for (const Taxonomy::Entry &entry : Taxonomy::builtIn().colors())
        m_color->addItem(swatch(QColor(entry.color)), TaxonomyLabels::color(entry.id), entry.color);

    m_note = compactTextEdit(this, 4);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("What matters about this passage"));
    m_tags = new TagsLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tagsEdit"));

    auto *general = new QFormLayout;
    general->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    general->addRow(tr("&Colour:"), m_color);
    general->addRow(tr("&Note:"), m_note);
    general->addRow(tr("&Tags:"), m_tags);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(purpose == Purpose::Edit ? tr("Save") : tr("Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("saveStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_quote);
    layout->addWidget(createQuoteAdjuster());
    layout->addWidget(createClaimSection());
    layout->addLayout(general);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    alignLabels({general, static_cast<QFormLayout *>(m_claimGroup->layout())});
    // The claim is shown above the colour, note and tags but made after them: Tab goes down.
    // The quote's own buttons come first, as they are shown; the claim's fields top to bottom.
    QList<QWidget *> tabOrder;
    for (QAbstractButton *button : m_quoteAdjuster->findChildren<QAbstractButton *>())
        tabOrder << button;
    tabOrder << m_claimGroup << m_kind << m_verdict << m_summary << m_claimant << m_claimantKind << m_evidence
             << m_confidence << m_color << m_note << m_tags << m_buttons->button(QDialogButtonBox::Ok)
             << m_buttons->button(QDialogButtonBox::Cancel);
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    setHasClaim(purpose != Purpose::NewNote);
    if (purpose == Purpose::NewNote)
        m_note->setFocus();
    else
        m_kind->setFocus();
    setMinimumWidth(520);
}

QWidget *AnnotationDialog::createClaimSection()
{
    m_claimGroup = new QGroupBox(tr("C&laim"), this);
    m_claimGroup->setObjectName(QStringLiteral("claimGroup"));
    m_claimGroup->setCheckable(true);

    const Taxonomy &taxonomy = Taxonomy::builtIn();
    m_kind = new QComboBox(m_claimGroup);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (const Taxonomy::Entry &entry : taxonomy.kinds()) {
        m_kind->addItem(TaxonomyLabels::kind(entry.id), entry.id);
        m_kind->setItemData(m_kind->count() - 1, entry.description, Qt::ToolTipRole);
    }
    m_verdict = new QComboBox(m_claimGroup);
    m_verdict->setObjectName(QStringLiteral("verdictCombo"));
    for (const Taxonomy::Entry &entry : taxonomy.verdicts())
        m_verdict->addItem(swatch(QColor(entry.color)), TaxonomyLabels::verdict(entry.id), entry.id);

    m_claimant = new QLineEdit(m_claimGroup);
    m_claimant->setObjectName(QStringLiteral("claimantEdit"));
    m_claimant->setPlaceholderText(tr("Who makes the claim"));
    // Whether the claimant is a person or a body: ClaimReview names them as one or the other.
    m_claimantKind = new QComboBox(m_claimGroup);
    m_claimantKind->setObjectName(QStringLiteral("claimantKindCombo"));
    m_claimantKind->addItem(tr("Person or organisation?"), QString());
    m_claimantKind->addItem(tr("A person"), QStringLiteral("Person"));
    m_claimantKind->addItem(tr("An organisation"), QStringLiteral("Organization"));
    m_claimantKind->setItemData(0, tr("Not said: an export takes a name of one of the library's outlets for an organisation, "
                                      "anyone else for a person"),
                                Qt::ToolTipRole);
    m_claimantKind->setAccessibleName(tr("Claimant's kind"));
    auto *claimantRow = new QHBoxLayout;
    claimantRow->setContentsMargins(0, 0, 0, 0);
    claimantRow->addWidget(m_claimant, 1);
    claimantRow->addWidget(m_claimantKind);
    m_summary = new QLineEdit(m_claimGroup);
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setMaxLength(Claim::kSummaryLength - 1);
    m_summary->setPlaceholderText(tr("The claim in a line, for fact-check search (optional)"));
    m_summary->setToolTip(tr("Published as the ClaimReview's claimReviewed, under %1 characters; "
                             "without a summary the quote is published").arg(Claim::kSummaryLength));
    m_evidence = compactTextEdit(m_claimGroup, 3);
    m_evidence->setObjectName(QStringLiteral("evidenceEdit"));
    m_evidence->setPlaceholderText(tr("Links and notes, one per line"));
    m_confidence = new ConfidenceSpinBox(m_claimGroup);
    m_confidence->setObjectName(QStringLiteral("confidenceSpin"));
    // The lowest value stands for "not given": a confidence is optional.
    m_confidence->setSuffix(tr(" %"));
    m_confidence->setSpecialValueText(tr("Not given"));
    m_confidence->setValue(-1);

    auto *form = new QFormLayout(m_claimGroup);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Verdict:"), m_verdict);
    form->addRow(tr("S&ummary:"), m_summary);
    // A row holding a layout gets its label made here: only a label with a buddy turns "&" into
    // a mnemonic instead of showing it.
    auto *claimantLabel = new QLabel(tr("Clai&mant:"), m_claimGroup);
    claimantLabel->setBuddy(m_claimant);
    form->addRow(claimantLabel, claimantRow);
    form->addRow(tr("&Evidence:"), m_evidence);
    form->addRow(tr("Con&fidence:"), m_confidence);
    return m_claimGroup;
}

QWidget *AnnotationDialog::createQuoteAdjuster()
{
    m_quoteAdjuster = new QWidget(this);
    m_quoteAdjuster->setObjectName(QStringLiteral("quoteAdjuster"));
    auto *row = new QHBoxLayout(m_quoteAdjuster);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    auto *label = new QLabel(tr("Quote:"), m_quoteAdjuster);
    row->addWidget(label);
    struct Step
    {
        const char *name;
        QString text;
        QString tip;
        QKeySequence keys;
    };
    const QList<Step> steps = {
        {"widenStartButton", tr("+ Word Before"), tr("Start the quote one word earlier (Alt+Left)"),
         QKeySequence(Qt::ALT | Qt::Key_Left)},
        {"narrowStartButton", tr("− First Word"), tr("Start the quote one word later (Alt+Right)"),
         QKeySequence(Qt::ALT | Qt::Key_Right)},
        {"narrowEndButton", tr("− Last Word"), tr("End the quote one word earlier (Alt+Shift+Left)"),
         QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left)},
        {"widenEndButton", tr("+ Word After"), tr("End the quote one word later (Alt+Shift+Right)"),
         QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right)},
    };
    for (int i = 0; i < steps.size(); ++i) {
        auto *action = new QAction(steps.at(i).text, this);
        action->setToolTip(steps.at(i).tip);
        action->setShortcut(steps.at(i).keys);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { adjustQuote(i); });
        auto *button = new QToolButton(m_quoteAdjuster);
        button->setObjectName(QLatin1String(steps.at(i).name));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(false);
        row->addWidget(button);
        m_quoteButtons << button;
    }
    row->addStretch(1);
    m_quoteAdjuster->setVisible(false);
    return m_quoteAdjuster;
}

void AnnotationDialog::setQuoteSpan(const QString &articleText, int start, int end)
{
    m_articleText = articleText;
    m_spanStart = start;
    m_spanEnd = end;
    setQuote(m_articleText.mid(start, end - start));
    m_quoteAdjuster->setVisible(true);
}

void AnnotationDialog::adjustQuote(int which)
{
    if (m_articleText.isEmpty())
        return;
    using Q = QuoteBoundaries;
    const Q::Span span{m_spanStart, m_spanEnd};
    const Q::Span adjusted = which == 0 ? Q::widenStart(m_articleText, span)
        : which == 1                    ? Q::narrowStart(m_articleText, span)
        : which == 2                    ? Q::narrowEnd(m_articleText, span)
                                        : Q::widenEnd(m_articleText, span);
    m_spanStart = adjusted.start;
    m_spanEnd = adjusted.end;
    setQuote(m_articleText.mid(m_spanStart, m_spanEnd - m_spanStart));
}

QString AnnotationDialog::typedText() const
{
    return QStringList{m_note->toPlainText(), m_tags->text(), m_claimant->text(), m_evidence->toPlainText()}.join(
        QChar(0x1f));
}

void AnnotationDialog::showEvent(QShowEvent *event)
{
    // What the fields hold when the dialog appears (an annotation's values, a recovered note) is
    // not typing.
    if (!m_shown) {
        m_shown = true;
        m_typedWhenShown = typedText();
    }
    QDialog::showEvent(event);
}

void AnnotationDialog::reject()
{
    if (m_shown && typedText() != m_typedWhenShown) {
        QMessageBox box(QMessageBox::Question, windowTitle(), tr("Discard what you typed?"), QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("discardTypingMessage"));
        box.setInformativeText(tr("The text typed in this dialog has not been saved."));
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}

void AnnotationDialog::setQuote(const QString &quote)
{
    const QString simplified = quote.simplified();
    constexpr int kMaxQuote = 400;
    m_quote->setText(oneLine(simplified, kMaxQuote));
    QFont font = m_quote->font();
    font.setItalic(readsWellInItalic(simplified));
    m_quote->setFont(font);
    // The quote's own direction, so an Arabic passage reads right to left here too.
    m_quote->setLayoutDirection(simplified.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    m_quote->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_quote->setVisible(!simplified.isEmpty());
}

void AnnotationDialog::setKnownTags(const QStringList &tags)
{
    m_tags->setKnownTags(tags);
}

void AnnotationDialog::setAnnotation(const Annotation &annotation)
{
    setQuote(annotation.anchor.exact);
    setColor(annotation.color);
    setNote(annotation.note);
    setTags(annotation.tags);
    setHasClaim(annotation.claim.has_value());
    if (annotation.claim)
        setClaim(*annotation.claim);
}

Annotation AnnotationDialog::applyTo(Annotation annotation) const
{
    annotation.color = color();
    annotation.note = note();
    annotation.tags = tags();
    if (hasClaim())
        annotation.claim = claim();
    else
        annotation.claim.reset();
    return annotation;
}

bool AnnotationDialog::hasClaim() const
{
    return m_claimGroup->isChecked();
}

void AnnotationDialog::setHasClaim(bool hasClaim)
{
    m_claimGroup->setChecked(hasClaim);
}

Claim AnnotationDialog::claim() const
{
    Claim claim;
    claim.kind = m_kind->currentData().toString();
    claim.verdict = m_verdict->currentData().toString();
    claim.claimant = m_claimant->text().trimmed();
    claim.claimantKind = m_claimantKind->currentData().toString();
    claim.summary = m_summary->text().simplified();
    claim.evidence = m_evidence->toPlainText().trimmed();
    if (m_confidence->value() >= 0)
        claim.confidence = m_confidence->value() / 100.0;
    return claim;
}

void AnnotationDialog::setClaim(const Claim &claim)
{
    selectData(m_kind, claim.kind);
    selectData(m_verdict, claim.verdict);
    m_claimant->setText(claim.claimant);
    selectData(m_claimantKind, claim.claimantKind);
    m_summary->setText(claim.summary);
    m_evidence->setPlainText(claim.evidence);
    m_confidence->setValue(claim.confidence ? qRound(*claim.confidence * 100) : -1);
}

QString AnnotationDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void AnnotationDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

QStringList AnnotationDialog::tags() const
{
    return m_tags->tags();
}

void AnnotationDialog::setTags(const QStringList &tags)
{
    m_tags->setTags(tags);
}

QString AnnotationDialog::color() const
{
    return m_color->currentData().toString();
}

void AnnotationDialog::setColor(const QString &color)
{
    const int index = m_color->findData(color, Qt::UserRole, Qt::MatchFixedString);
    if (index >= 0) {
        m_color->setCurrentIndex(index);
    } else if (QColor(color).isValid()) {
        m_color->addItem(swatch(QColor(color)), color, color);
        m_color->setCurrentIndex(m_color->count() - 1);
    }
}

void AnnotationDialog::saveWith(const QString &library, const QString &recoveryKey, Save save)
{
    m_library = library;
    m_recoveryKey = recoveryKey;
    m_save = std::move(save);
    const std::optional<QString> recovered = NoteRecovery::recovered(m_library, m_recoveryKey);
    if (recovered && *recovered != note()) {
        setNote(*recovered);
        m_status->setText(tr("The note typed here before could not be saved then; it is back in the field."));
        m_status->setVisible(true);
    }
}

void AnnotationDialog::accept()
{
    if (!m_save) {
        QDialog::accept();
        return;
    }
    // Kept before it is written: should the library refuse it, or the app end meanwhile, the
    // note is in the recovery file.
    if (!note().isEmpty())
        NoteRecovery::keep(m_library, m_recoveryKey, note());
    const QString refusal = m_save();
    if (refusal.isEmpty()) {
        NoteRecovery::forget(m_library, m_recoveryKey);
        QDialog::accept();
        return;
    }
    m_status->setText(tr("Not saved: %1\nEverything typed is still here, and the note is kept in a recovery file "
                         "too. Save again once the library can take it.")
                          .arg(refusal));
    m_status->setVisible(true);
}

} // namespace glossa
