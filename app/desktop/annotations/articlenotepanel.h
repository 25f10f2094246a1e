#pragma once

#include <QStringList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace glossa {

class TagsLineEdit;
class Workspace;

// The article's own note and tags, at the top of the sidebar. Edits are saved as the analyst
// types: kSaveDelayMs after the last change, and at once when a field loses focus, another
// article is shown or the panel is hidden (the window closing), through undoable commands whose
// saves merge into one step per burst of typing. A quiet label says whether what is shown is
// saved.
class ArticleNotePanel : public QWidget
{
    Q_OBJECT
public:
    ArticleNotePanel(Workspace *workspace, QWidget *parent = nullptr);

    void showArticle(qint64 articleId);
    void clear();
    qint64 articleId() const { return m_articleId; }

    // Saves pending typing now (also done on focus loss and after a pause).
    void commit();

    // How long after the last change typing is saved.
    static constexpr int kSaveDelayMs = 300;

    enum class SaveState { Idle, Pending, Saved, Refused };
    SaveState saveState() const { return m_state; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // articleChanged: replace the fields even if the analyst is in them.
    void reload(bool articleChanged = false);
    void commitNote();
    void commitTags();
    // The next save starts a new undo step (the field was left, or the article changed).
    void endBurst();
    void setSaveState(SaveState state);

    Workspace *m_workspace;
    qint64 m_articleId = 0;
    QPlainTextEdit *m_note;
    TagsLineEdit *m_tags;
    QLabel *m_stateLabel;
    QTimer m_saveTimer;
    SaveState m_state = SaveState::Idle;
    bool m_noteBurst = false;
    bool m_tagsBurst = false;
    QString m_savedNote;
    QStringList m_savedTags;
    bool m_loading = false;
    // The field holds a note the library refused (kept in NoteRecovery too): reloading leaves
    // it, and losing focus does not try the same text again (the refusal's box takes the focus).
    bool m_unsaved = false;
    QString m_refusedNote;
};

} // namespace glossa
