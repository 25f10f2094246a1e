#pragma once

#include "memory/appearancescan.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <atomic>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace glossa {

class AppearancePanel;
class ReaderView;
class Workspace;

// The claim memory in the window: File ▸ Import Fact-checks… (ClaimReview JSON-LD into the
// memory), the Claims menu (accept or dismiss the current repeat, A and D; open the original;
// Match Claims Against Memory…, which runs AppearanceScan over the library on a worker with a
// connection of its own, a progress dialog offering Cancel), and the links of the repeat cards.
class ClaimMemoryController : public QObject
{
    Q_OBJECT
public:
    ClaimMemoryController(Workspace *workspace, ReaderView *reader, AppearancePanel *panel, QWidget *window);
    ~ClaimMemoryController() override;

    QAction *importFactChecksAction() const { return m_importAction; }
    QAction *matchAction() const { return m_matchAction; }
    QAction *acceptAction() const { return m_acceptAction; }
    QAction *dismissAction() const { return m_dismissAction; }
    QAction *openOriginalAction() const { return m_originalAction; }
    QMenu *claimsMenu() const { return m_menu; }
    QProgressDialog *progressDialog() const { return m_progress; }
    bool isMatching() const { return m_matching; }
    // What the last import or match said in one line (the status bar shows it too).
    QString lastSummary() const { return m_lastSummary; }

public slots:
    void chooseFactChecks();
    // Reads a ClaimReview file into the memory; the one-line summary is notice()d and returned.
    QString importFactChecks(const QString &path);
    void matchLibrary();
    void cancelMatching();
    // Blocks until the worker has stopped (the window closes, the library changes).
    void cancelAndWait();
    void acceptCurrent();
    void dismissCurrent();
    // "library:<article>:<annotation>" opens that article at the claim; anything else is a URL
    // (an imported fact-check's page), opened by the desktop.
    void openOriginal(const QString &link);

signals:
    void notice(const QString &message);
    void matchingFinished();

private:
    void decide(bool accept, qint64 appearanceId);
    void onMatchFinished();
    void updateEnabled();
    void retranslate();

    Workspace *m_workspace;
    ReaderView *m_reader;
    AppearancePanel *m_panel;
    QWidget *m_window;
    QAction *m_importAction;
    QAction *m_matchAction;
    QAction *m_acceptAction;
    QAction *m_dismissAction;
    QAction *m_originalAction;
    QMenu *m_menu;
    QFutureWatcher<AppearanceScan::Result> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<QProgressDialog> m_progress;
    bool m_matching = false;
    QString m_lastSummary;
};

} // namespace glossa
