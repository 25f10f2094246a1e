#pragma once

#include "model/annotation.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace glossa {

class TagsLineEdit;

// Asks for what an annotation says about its passage: colour, note, tags, and optionally a
// claim (kind, verdict, summary, claimant and their kind, evidence, confidence). Used to create a claim (C) or a note (N)
// and to edit any annotation; it collects values, and the caller turns them into a command.
class AnnotationDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { NewClaim, NewNote, Edit };

    explicit AnnotationDialog(Purpose purpose, QWidget *parent = nullptr);

    void setQuote(const QString &quote);
    // The quote as a span of the article's text: the dialog then offers to widen or narrow it by
    // a word at either end (buttons, Alt+Left/Right for its start, Alt+Shift+Left/Right for its
    // end, Left meaning earlier in the text whatever its direction). quoteSpan() is the span to
    // save.
    void setQuoteSpan(const QString &articleText, int start, int end);
    std::pair<int, int> quoteSpan() const { return {m_spanStart, m_spanEnd}; }
    void setKnownTags(const QStringList &tags);
    // Fills every field from an annotation (its claim, if any, switches the claim section on).
    void setAnnotation(const Annotation &annotation);
    // The annotation with this dialog's colour, note, tags and claim written over it.
    Annotation applyTo(Annotation annotation) const;

    bool hasClaim() const;
    void setHasClaim(bool hasClaim);
    Claim claim() const;
    void setClaim(const Claim &claim);
    QString note() const;
    void setNote(const QString &note);
    QStringList tags() const;
    void setTags(const QStringList &tags);
    QString color() const;
    void setColor(const QString &color);

    // Saved from the dialog: save() writes what the dialog holds and returns why the library
    // refused it (a full disk, a lost or read-only file, a server's refusal), empty once saved.
    // Refused, the dialog stays open with everything typed and says why, and the note is kept in
    // NoteRecovery under recoveryKey (written before each try) until it is saved: a note kept
    // there earlier comes back into the field when a dialog opens on the same key.
    using Save = std::function<QString()>;
    void saveWith(const QString &library, const QString &recoveryKey, Save save);
    void accept() override;
    // Esc and Cancel: asks before throwing away typed text (none typed: closes at once).
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createClaimSection();
    QWidget *createQuoteAdjuster();
    void adjustQuote(int which);
    // Everything typed into the dialog's text fields, to tell whether anything was.
    QString typedText() const;

    QLabel *m_quote;
    QWidget *m_quoteAdjuster = nullptr;
    QList<QToolButton *> m_quoteButtons;
    QString m_articleText;
    int m_spanStart = 0;
    int m_spanEnd = 0;
    QString m_typedWhenShown;
    bool m_shown = false;
    QComboBox *m_color;
    QGroupBox *m_claimGroup;
    QComboBox *m_kind;
    QComboBox *m_verdict;
    QLineEdit *m_claimant;
    QComboBox *m_claimantKind;
    QLineEdit *m_summary;
    QPlainTextEdit *m_evidence;
    QDoubleSpinBox *m_confidence;
    QPlainTextEdit *m_note;
    TagsLineEdit *m_tags;
    QLabel *m_status; // a refusal, or a note brought back
    QDialogButtonBox *m_buttons;
    Save m_save;
    QString m_library;
    QString m_recoveryKey;
};

} // namespace glossa
