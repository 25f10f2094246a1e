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
// types (after a short pause, and when the field loses focus) through undoable commands.
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // articleChanged: replace the fields even if the analyst is in them.
    void reload(bool articleChanged = false);
    void commitNote();
    void commitTags();

    Workspace *m_workspace;
    qint64 m_articleId = 0;
    QPlainTextEdit *m_note;
    TagsLineEdit *m_tags;
    QTimer m_saveTimer;
    QString m_savedNote;
    QStringList m_savedTags;
    bool m_loading = false;
    // The field holds a note the library refused (kept in NoteRecovery too): reloading leaves
    // it, and losing focus does not try the same text again (the refusal's box takes the focus).
    bool m_unsaved = false;
    QString m_refusedNote;
};

} // namespace glossa
