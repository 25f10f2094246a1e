#include "worthcheckingmarks.h"

#include "articletextview.h"
#include "common/scriptsupport.h"
#include "edits/answerworthcheckingcommand.h"
#include "memory/checkworthiness.h"
#include "model/article.h"
#include "storage/checkworthyfeedbackstore.h"
#include "storage/knownnames.h"
#include "workspace.h"
#include "worthcheckingmargin.h"

#include <QAction>
#include <QLocale>
#include <QSettings>
#include <QUndoStack>
#include <algorithm>

namespace glossa {

namespace {

const char *const kSetting = "reader/worthChecking";

} // namespace

WorthCheckingMarks::WorthCheckingMarks(Workspace *workspace, ArticleTextView *text, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_text(text), m_margin(new WorthCheckingMargin(text, this)),
      m_toggle(new QAction(tr("&Worth Checking"), this)), m_accept(new QAction(tr("Worth Checking: &Accept Mark"), this)),
      m_dismiss(new QAction(tr("Worth Checking: &Dismiss Mark"), this))
{
    m_toggle->setObjectName(QStringLiteral("worthCheckingAction"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_toggle->setShortcutContext(Qt::WindowShortcut);
    m_toggle->setToolTip(tr("Mark the sentences most worth checking in the margin (Ctrl+Shift+W)"));
    m_toggle->setChecked(QSettings().value(QLatin1String(kSetting), false).toBool());
    connect(m_toggle, &QAction::toggled, this, &WorthCheckingMarks::setOn);

    m_accept->setObjectName(QStringLiteral("acceptWorthCheckingAction"));
    m_dismiss->setObjectName(QStringLiteral("dismissWorthCheckingAction"));
    connect(m_accept, &QAction::triggered, this, [this] { answer(m_caretMark, CheckWorthyFeedback::Decision::Accepted); });
    connect(m_dismiss, &QAction::triggered, this,
            [this] { answer(m_caretMark, CheckWorthyFeedback::Decision::Dismissed); });
    updateActions();

    // New articles bring new outlets; another library, other names and answers.
    connect(workspace, &Workspace::contentChanged, this, [this] { m_knownNames.reset(); });
    connect(workspace, &Workspace::libraryOpened, this, [this] {
        m_knownNames.reset();
        m_rankedArticle = -1;
    });
    // An answer given or taken back (here, by undo, or for another analyst switched to).
    connect(workspace, &Workspace::articleStateChanged, this, [this](qint64 id) {
        if (id == m_articleId && isOn())
            readAnswers();
    });
    connect(workspace, &Workspace::analystChanged, this, [this] {
        if (isOn())
            readAnswers();
    });
}

bool WorthCheckingMarks::isOn() const
{
    return m_toggle->isChecked();
}

void WorthCheckingMarks::setOn(bool on)
{
    QSettings().setValue(QLatin1String(kSetting), on);
    recompute();
}

void WorthCheckingMarks::show(const Article &article, const DocumentPositionMap &map, int partStart, int partEnd)
{
    m_articleId = article.id;
    m_articleText = article.text;
    m_language = article.language;
    m_map = map;
    m_partStart = partStart;
    m_partEnd = partEnd;
    m_shown = true;
    recompute();
}

void WorthCheckingMarks::clear()
{
    m_shown = false;
    m_articleId = 0;
    m_articleText.clear();
    m_map.clear();
    recompute();
}

void WorthCheckingMarks::recompute()
{
    m_marks.clear();
    m_caretMark = -1;
    if (!m_shown || !isOn() || m_map.isEmpty()) {
        m_margin->hide();
        updateActions();
        return;
    }
    if (m_rankedArticle != m_articleId || m_rankedText != m_articleText) {
        if (!m_knownNames) {
            KnownNames known(m_workspace->library().database());
            m_knownNames = known.names();
        }
        m_ranked = CheckWorthiness(*m_knownNames).rank(m_articleText, m_language);
        m_rankedArticle = m_articleId;
        m_rankedText = m_articleText;
    }
    for (const CheckWorthySentence &sentence : std::as_const(m_ranked)) {
        if (sentence.score < CheckWorthiness::kMarkScore || m_marks.size() >= kMarksAtMost)
            break; // best first: the rest score less
        if (sentence.end <= m_partStart || sentence.start >= m_partEnd)
            continue; // in another part of a long article
        Mark mark;
        mark.sentence = sentence;
        mark.documentStart = m_map.toDocument(std::max(sentence.start, m_partStart));
        mark.documentEnd = m_map.toDocument(std::min(sentence.end, m_partEnd));
        m_marks << mark;
    }
    std::sort(m_marks.begin(), m_marks.end(),
              [](const Mark &a, const Mark &b) { return a.sentence.start < b.sentence.start; });
    readAnswers();
}

void WorthCheckingMarks::readAnswers()
{
    CheckWorthyFeedbackStore store(m_workspace->library().database());
    for (Mark &mark : m_marks) {
        const std::optional<CheckWorthyFeedback> given =
            store.answer(m_articleId, mark.sentence.start, mark.sentence.end);
        mark.answer = given ? std::optional(given->decision) : std::nullopt;
    }
    if (m_marks.isEmpty()) {
        m_margin->hide();
    } else {
        m_margin->show();
        m_margin->place();
    }
    setCaret(m_text->textCursor().position() >= 0 ? m_map.toCanonical(m_text->textCursor().position()) : -1);
}

QList<WorthCheckingMarks::Mark> WorthCheckingMarks::marks() const
{
    QList<Mark> shown;
    for (const Mark &mark : m_marks) {
        if (mark.answer != CheckWorthyFeedback::Decision::Dismissed)
            shown << mark;
    }
    return shown;
}

int WorthCheckingMarks::markAt(int canonicalOffset) const
{
    const QList<Mark> shown = marks();
    for (int i = 0; i < shown.size(); ++i) {
        if (canonicalOffset >= shown.at(i).sentence.start && canonicalOffset <= shown.at(i).sentence.end)
            return i;
    }
    return -1;
}

void WorthCheckingMarks::setCaret(int canonicalOffset)
{
    m_caretMark = canonicalOffset < 0 || m_map.isEmpty() ? -1 : markAt(canonicalOffset);
    updateActions();
}

void WorthCheckingMarks::updateActions()
{
    const bool onMark = isOn() && m_caretMark >= 0;
    m_accept->setEnabled(onMark);
    m_dismiss->setEnabled(onMark);
    // Only where they can act: the text's context menu shows them on a marked sentence.
    m_accept->setVisible(onMark);
    m_dismiss->setVisible(onMark);
}

void WorthCheckingMarks::answer(int index, CheckWorthyFeedback::Decision decision)
{
    const QList<Mark> shown = marks();
    if (index < 0 || index >= shown.size())
        return;
    const Mark &mark = shown.at(index);
    CheckWorthyFeedback feedback;
    feedback.articleId = m_articleId;
    feedback.start = mark.sentence.start;
    feedback.end = mark.sentence.end;
    feedback.sentence = mark.sentence.text;
    feedback.features = mark.sentence.features;
    feedback.score = mark.sentence.score;
    feedback.decision = decision;
    feedback.decided = QDateTime::currentDateTimeUtc();
    m_workspace->undoStack()->push(new AnswerWorthCheckingCommand(m_workspace, feedback));
}

QString WorthCheckingMarks::featureLabel(const QString &id)
{
    if (id == QLatin1String("number"))
        return tr("a number");
    if (id == QLatin1String("percentage"))
        return tr("a percentage");
    if (id == QLatin1String("money"))
        return tr("a sum of money");
    if (id == QLatin1String("date"))
        return tr("a date or time");
    if (id == QLatin1String("entity"))
        return tr("a name");
    if (id == QLatin1String("known-name"))
        return tr("an outlet or claimant the library knows");
    if (id == QLatin1String("comparative"))
        return tr("a comparison or change");
    if (id == QLatin1String("superlative"))
        return tr("a superlative or record");
    if (id == QLatin1String("attribution"))
        return tr("attributed to a source");
    if (id == QLatin1String("hedge"))
        return tr("hedged, which lowers the score");
    return id;
}

QString WorthCheckingMarks::toolTip(const Mark &mark) const
{
    QStringList labels;
    for (const QString &id : mark.sentence.features)
        labels << featureLabel(id);
    // One line each, unbroken: a tooltip otherwise wraps to a narrow column. The hint in italics
    // only where the script has them (no slanted Arabic: boxes or a wrong face).
    const QString hint = mark.answer == CheckWorthyFeedback::Decision::Accepted ? tr("You accepted this mark.")
                                                                                : tr("Right-click to accept or dismiss it.");
    const QString hintLine = readsWellInItalic(hint) ? QStringLiteral("<i>%1</i>").arg(hint.toHtmlEscaped())
                                                      : hint.toHtmlEscaped();
    const QStringList lines = {
        QStringLiteral("<b>%1</b> — %2")
            .arg(tr("Worth checking").toHtmlEscaped(),
                 tr("score %1 of 100").arg(QLocale().toString(qRound(mark.sentence.score * 100))).toHtmlEscaped()),
        tr("Because of: %1").arg(labels.join(tr(", "))).toHtmlEscaped(),
        hintLine,
    };
    return QStringLiteral("<qt><nobr>") + lines.join(QStringLiteral("</nobr><br><nobr>")) + QStringLiteral("</nobr></qt>");
}

} // namespace glossa
