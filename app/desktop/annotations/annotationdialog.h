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

private:
    QWidget *createClaimSection();

    QLabel *m_quote;
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
