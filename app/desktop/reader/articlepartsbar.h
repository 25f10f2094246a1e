#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace glossa {

// The notice over an article shown in parts (ArticleParts): how long it is, which part is
// shown, and buttons to the previous and next part.
class ArticlePartsBar : public QFrame
{
    Q_OBJECT
public:
    explicit ArticlePartsBar(QWidget *parent = nullptr);

    // Hidden for an article shown whole (count 1).
    void setPart(int part, int count, qint64 characters);

signals:
    void partRequested(int part);

private:
    QLabel *m_label;
    QPushButton *m_previous;
    QPushButton *m_next;
    int m_part = 0;
};

} // namespace glossa
