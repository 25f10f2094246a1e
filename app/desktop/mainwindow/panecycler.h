#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace glossa {

// F6 and Shift+F6: the focus goes round the window's panes (the headline list, the reader, the
// sidebar), as in mail readers and browsers, so that the keyboard reaches each without a long
// Tab walk. A pane is entered at its landing widget, or at its first control that takes Tab.
class PaneCycler : public QObject
{
    Q_OBJECT
public:
    explicit PaneCycler(QObject *parent = nullptr) : QObject(parent) {}

    // \a landing: where the focus goes in \a pane; null for the pane's first Tab stop. \a enter,
    // when given, puts the focus in the pane instead.
    void addPane(QWidget *pane, QWidget *landing = nullptr, std::function<void()> enter = {});

    // The pane holding the focus, or -1.
    int currentPane() const;

public slots:
    void next();
    void previous();

private:
    void enter(int index);

    struct Pane
    {
        QPointer<QWidget> pane;
        QPointer<QWidget> landing;
        std::function<void()> enter;
    };
    QList<Pane> m_panes;
};

} // namespace glossa
