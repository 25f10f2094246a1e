#pragma once

#include "review/agreementreport.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace glossa {

class AgreementTableModel;
class Workspace;

// How far the desk's analysts agree: a row per pair of analysts over the articles in scope
// (every article two analysts or more annotated, or the articles the list shows), and for the
// pair chosen, a row per article. Saved as CSV or HTML (AgreementExporter) for the desk's records.
class AgreementDialog : public QDialog
{
    Q_OBJECT
public:
    // \a listedArticles: the headline list's articles, for the second scope.
    AgreementDialog(Workspace *workspace, const QList<qint64> &listedArticles, QWidget *parent = nullptr);

    AgreementTableModel *pairs() const { return m_pairs; }
    AgreementTableModel *articles() const { return m_articles; }
    QTableView *pairView() const { return m_pairView; }
    QComboBox *scope() const { return m_scope; }

    // Writes the report (CSV or HTML by \a path's suffix); false when the file was refused,
    // said in a message box.
    bool saveTo(const QString &path);

public slots:
    void compute();

private:
    void showPair(int row);
    void choosePathAndSave(const QString &suffix);

    Workspace *m_workspace;
    QList<qint64> m_listed;
    QList<AgreementPair> m_report;
    QHash<qint64, QString> m_titles;
    QComboBox *m_scope;
    QLabel *m_summary;
    AgreementTableModel *m_pairs;
    AgreementTableModel *m_articles;
    QTableView *m_pairView;
    QTableView *m_articleView;
    QPushButton *m_saveCsv;
    QPushButton *m_saveHtml;
};

} // namespace glossa
