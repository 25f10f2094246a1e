#pragma once

#include "storage/headlinestore.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <atomic>
#include <memory>

namespace glossa {

class Workspace;

// The headlines seen in the dumps' tickers (what else the site was running that day), newest
// dump first, optionally narrowed to those containing some words. Listing them groups every
// headline of the library — seconds at 100k articles, minutes at a million — so they are read
// on a worker thread with a connection of its own, and only while the list is shown.
class TickerHeadlineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Headline, SeenIn, Imported, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1 };

    explicit TickerHeadlineModel(Workspace *workspace, QObject *parent = nullptr);
    ~TickerHeadlineModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const TickerHeadline &headlineAt(int row) const { return m_headlines.at(row); }
    QString filterText() const { return m_contains; }
    // From the start of a read until its rows are in the model.
    bool isLoading() const { return m_loading; }
    // What the last read failed with, or an empty string.
    QString lastError() const { return m_lastError; }

    // While inactive (the dialog hidden), changes to the library only mark the list stale; it
    // is read again when it becomes active. A new model is active.
    void setActive(bool active);

public slots:
    void setFilterText(const QString &contains);
    void refresh();

signals:
    void loadingChanged(bool loading);

private:
    struct Loaded
    {
        QList<TickerHeadline> headlines;
        QString error;
    };
    void startLoading();
    void onLoaded();

    Workspace *m_workspace;
    QString m_contains;
    QList<TickerHeadline> m_headlines;
    QString m_lastError;
    QFutureWatcher<Loaded> m_watcher;
    // The running read's flag: set to stop it when its answer is no longer wanted.
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_loading = false;
    bool m_active = true;
    bool m_stale = false;   // the library changed while inactive
    bool m_pending = false; // asked again while a read was running
};

} // namespace glossa
