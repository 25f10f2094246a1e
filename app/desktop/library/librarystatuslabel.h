#pragma once

#include <QLabel>

namespace glossa {

class HeadlineModel;
class Workspace;

// The status bar's counts: how many articles the filter shows out of the library, and how
// many are unread and starred.
class LibraryStatusLabel : public QLabel
{
    Q_OBJECT
public:
    LibraryStatusLabel(Workspace *workspace, HeadlineModel *model, QWidget *parent = nullptr);

public slots:
    void refresh();

private:
    Workspace *m_workspace;
    HeadlineModel *m_model;
};

} // namespace glossa
