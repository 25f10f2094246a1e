#pragma once

#include "storage/articlestore.h"

#include <QFutureWatcher>
#include <QLabel>

namespace glossa {

class HeadlineModel;
class Workspace;

// The status bar's counts: how many articles the filter shows out of the library, and how
// many are unread and starred. In a large library the counts read every row, so they are
// taken on a worker thread (with its own connection) and shown when they arrive.
class LibraryStatusLabel : public QLabel
{
    Q_OBJECT
public:
    LibraryStatusLabel(Workspace *workspace, HeadlineModel *model, QWidget *parent = nullptr);

    // Libraries with more articles than this are counted in the background.
    static constexpr qint64 kBackgroundCountAbove = 20000;

public slots:
    void refresh();

private:
    void showStats(const LibraryStats &stats);

    Workspace *m_workspace;
    HeadlineModel *m_model;
    QFutureWatcher<LibraryStats> m_counting;
    bool m_refreshAgain = false; // a change arrived while the worker was counting
};

} // namespace glossa
