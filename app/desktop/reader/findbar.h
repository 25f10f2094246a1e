#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace glossa {

// The small bar under the reader for finding text in the article: Enter / F3 for the next
// match, Shift+Enter / Shift+F3 for the previous one, Escape closes.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    // Shows the bar with the query field focused and its text selected.
    void activate();
    // "3 of 12", "No matches", or nothing for an empty query.
    void setMatchInfo(int current, int total);

signals:
    // Next or previous match after the current one.
    void findRequested(const QString &text, bool backward);
    // The query was edited: the match is looked for again from where the current one starts.
    void queryChanged(const QString &text);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void closeBar();

    QLineEdit *m_query;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_matches;
};

} // namespace glossa
