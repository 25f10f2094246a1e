#pragma once

#include "documentpositionmap.h"
#include "model/checkworthyfeedback.h"
#include "model/claimmemory.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <optional>

class QAction;

namespace glossa {

class ArticleTextView;
class WorthCheckingMargin;
class Workspace;
struct Article;

// View ▸ Worth Checking: the sentences of the open article most worth checking
// (CheckWorthiness, with the outlets and claimants the library knows) get a mark in the margin
// at the start of their lines, with a tooltip naming the features behind the score. The
// analyst accepts or dismisses a mark (the margin's or the text's context menu), recorded for
// tuning through an undoable edit; a dismissed mark is not drawn again for that analyst. The
// toggle is remembered (QSettings).
class WorthCheckingMarks : public QObject
{
    Q_OBJECT
public:
    // Marked: the sentences scoring at least CheckWorthiness::kMarkScore, the best kMarksAtMost
    // of them (about one sentence in five of a long report, so that a mark still stands out).
    static constexpr int kMarksAtMost = 10;

    struct Mark
    {
        CheckWorthySentence sentence; // canonical UTF-16 range
        int documentStart = 0;
        int documentEnd = 0;
        std::optional<CheckWorthyFeedback::Decision> answer; // the acting analyst's
    };

    WorthCheckingMarks(Workspace *workspace, ArticleTextView *text, QObject *parent = nullptr);

    QAction *toggleAction() const { return m_toggle; }
    QAction *acceptAction() const { return m_accept; }
    QAction *dismissAction() const { return m_dismiss; }
    bool isOn() const;

    // The article as now shown: \a map places its text in the document, [partStart, partEnd) of
    // the article's text is shown (ArticleParts).
    void show(const Article &article, const DocumentPositionMap &map, int partStart, int partEnd);
    void clear();
    // The caret moved to this canonical offset: the text's accept and dismiss act on the mark there.
    void setCaret(int canonicalOffset);

    // The marks drawn (dismissed ones are not), in the text's order.
    QList<Mark> marks() const;
    // The tooltip of a mark, as HTML: the score and the features, in the interface's language.
    QString toolTip(const Mark &mark) const;
    // A feature id ("percentage") in words.
    static QString featureLabel(const QString &id);
    WorthCheckingMargin *margin() const { return m_margin; }

    // Records the analyst's answer for the mark at \a index of marks().
    void answer(int index, CheckWorthyFeedback::Decision decision);

private:
    void setOn(bool on);
    void recompute();
    void readAnswers();
    void updateActions();
    int markAt(int canonicalOffset) const;

    Workspace *m_workspace;
    ArticleTextView *m_text;
    WorthCheckingMargin *m_margin;
    QAction *m_toggle;
    QAction *m_accept;
    QAction *m_dismiss;
    // The article shown and where its text sits in the document.
    qint64 m_articleId = 0;
    QString m_articleText;
    QString m_language;
    DocumentPositionMap m_map;
    int m_partStart = 0;
    int m_partEnd = 0;
    bool m_shown = false;
    // The ranking, kept while the same text is shown (a palette change or an edit rebuilds the
    // document, not the text).
    qint64 m_rankedArticle = -1;
    QString m_rankedText;
    QList<CheckWorthySentence> m_ranked;
    std::optional<QStringList> m_knownNames; // read once per library and import
    QList<Mark> m_marks; // every mark chosen, answered ones included
    int m_caretMark = -1;
};

} // namespace glossa
