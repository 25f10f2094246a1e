#pragma once

#include "exportrequest.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace glossa {

class ClaimReviewOptions;
class Workspace;

// File ▸ Export…: the format, which articles, which annotations (tag, verdict) and the file.
// Accepting runs the export; when it fails the dialog stays open with the reason, so the analyst
// can pick another folder without choosing everything again. A successful export is remembered
// (QSettings): the next dialog opens on the same format, scope, collection and filters where
// they are still available.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(Workspace *workspace, const ExportContext &context, QWidget *parent = nullptr);

    void setFormat(ExportFormat format);
    ExportFormat format() const;
    // False when that scope is not available (no open article, nothing selected…).
    bool setScope(ExportScopeKind scope);
    ExportScopeKind scope() const;
    bool isScopeAvailable(ExportScopeKind scope) const;
    // Chooses the collection the Collection scope exports; false when there is no such collection.
    bool setCollection(qint64 collectionId);
    qint64 collection() const;
    void setTagFilter(const QString &tag);     // empty: any tag
    void setVerdictFilter(const QString &verdict); // a verdict id; empty: any
    void setOutputPath(const QString &path);
    QString outputPath() const;

    ExportRequest request() const;
    ClaimReviewOptions *claimReviewOptions() const { return m_claimReview; }
    // Set once the dialog was accepted.
    ExportOutcome outcome() const { return m_outcome; }
    // The reason the last attempt failed; empty when it did not.
    QString errorText() const;

    // QSettings key of the folder the last export went to.
    static const char *lastFolderKey();
    // QSettings group of the last export's format, scope, collection and filters.
    static const char *lastChoiceGroup();

public slots:
    void accept() override;
    void chooseOutputPath();

private:
    QRadioButton *addScope(ExportScopeKind scope, const QString &text, bool available);
    void onFormatChanged();
    void updateExportButton();
    void showError(const QString &message);
    void restoreLastChoice();
    void rememberChoice(const ExportRequest &request) const;

    Workspace *m_workspace;
    ExportContext m_context;
    ExportOutcome m_outcome;
    ExportFormat m_shownFormat = ExportFormat::Markdown;
    QComboBox *m_format;
    QButtonGroup *m_scopes;
    QComboBox *m_collection;
    QComboBox *m_tag;
    QComboBox *m_verdict;
    QLineEdit *m_path;
    ClaimReviewOptions *m_claimReview; // shown for ClaimReview only
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace glossa
