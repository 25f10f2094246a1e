#pragma once

#include "brief.h"
#include "claimreviewexporter.h"
#include "exportformat.h"
#include "search/articlequery.h"
#include "storage/exportsource.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

namespace glossa {

// Which articles an export covers.
enum class ExportScopeKind { CurrentArticle, SelectedArticles, FilteredList, WholeLibrary, Collection };

// One export, as the window's dialog and glossa-cli's options both describe it.
struct ExportRequest
{
    ExportFormat format = ExportFormat::Markdown;
    ExportScopeKind scopeKind = ExportScopeKind::WholeLibrary;
    QList<qint64> articleIds; // CurrentArticle and SelectedArticles
    ArticleQuery filter;      // FilteredList: resolved to ids when the export runs
    qint64 collectionId = 0;  // Collection: its articles, resolved when the export runs
    QString tag;              // only annotations with this tag (or on an article with it); empty: any
    QString verdict;          // only claims with this verdict id; empty: any
    ExportScope::Layer layer = ExportScope::Layer::FinalElseAll; // whose annotations (ExportScope)
    QString analystUuid;      // with Layer::Analyst
    QString madeBy;           // who makes the brief (the analyst profile); empty: the connection's acting analyst
    ClaimReviewPublisher publisher; // ClaimReview: who publishes the reviews, and at which URLs
    QString path;             // where to save; empty: the bytes are handed back (glossa-cli's stdout)
    // A tag or verdict filter that matches nothing: refused with a message (the window, where an
    // empty file is never what was meant), or an empty export (a script's daily run).
    bool allowEmpty = false;
};

// What a finished export wrote.
struct ExportOutcome
{
    QString path;
    QByteArray bytes; // when the request had no path
    int articles = 0;
    int annotations = 0;
    // What the format could not carry, one line each (REFI-QDA): said to the analyst.
    QStringList notCarried;
};

// Carries out one export: resolves the scope to articles, loads them with the annotations in
// scope, finds where-else appearances for ClaimReview, has the format's writer render them and
// saves the file atomically (QSaveFile), so a failure leaves no half-written file behind.
// With a tag or verdict filter an article without a matching annotation is left out: the
// analyst asked for those annotations, and an article listed for being in scope is noise.
class ExportJob
{
    Q_DECLARE_TR_FUNCTIONS(ExportJob)
public:
    // Lays the brief out on pages and saves it (app/print's PdfReportWriter::save): core has no Gui.
    using PageWriter = std::function<bool(const QString &path, const Brief &brief, QString *error)>;

    explicit ExportJob(QSqlDatabase db, PageWriter pageWriter = {});

    // The formats a caller can write: the PDF only with a PageWriter.
    static QList<ExportFormat> formats(bool withPageWriter);
    // False with a sentence for the analyst in *error when nothing (or nothing complete) was written.
    bool run(const ExportRequest &request, ExportOutcome *outcome, QString *error) const;

private:
    // The REFI-QDA project or codebook of these articles, with the library's collections and tags.
    QByteArray renderRefiQda(ExportFormat format, const QList<ExportedArticle> &articles, ExportOutcome *outcome,
                             QString *error) const;
    bool resolveScope(const ExportRequest &request, QList<qint64> *articleIds, QString *error) const;
    // What the brief says it covers, when it was made and by whom.
    BriefHeader briefHeader(const ExportRequest &request) const;

    QSqlDatabase m_db;
    PageWriter m_pageWriter;
};

} // namespace glossa
