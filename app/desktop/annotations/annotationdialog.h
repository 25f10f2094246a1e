#pragma once

#include "model/annotation.h"

#include <QDialog>

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
// claim (kind, verdict, claimant, evidence, confidence). Used to create a claim (C) or a note (N)
// and to edit any annotation; it only collects values — the caller turns them into a command.
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

private:
    QWidget *createClaimSection();

    QLabel *m_quote;
    QComboBox *m_color;
    QGroupBox *m_claimGroup;
    QComboBox *m_kind;
    QComboBox *m_verdict;
    QLineEdit *m_claimant;
    QPlainTextEdit *m_evidence;
    QDoubleSpinBox *m_confidence;
    QPlainTextEdit *m_note;
    TagsLineEdit *m_tags;
    QDialogButtonBox *m_buttons;
};

} // namespace glossa
