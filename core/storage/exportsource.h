#pragma once

#include "model/exportdata.h"

#include <QDate>
#include <QHash>
#include <QStringList>
#include <optional>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace glossa {

// Which annotations an export takes. Empty lists and strings mean "no restriction".
struct ExportScope
{
    QList<qint64> articleIds; // these articles, in this order (even those without annotations)
    QString tag;     // annotations carrying this tag, or whose article carries it (case-insensitive)
    QString verdict; // annotations whose claim has this verdict id
    // Whose annotations. By default an article's final layer (the editor's decisions) where it
    // has one, else every analyst's, so that a desk that does not adjudicate exports what it
    // made; or only final layers, every layer, or one analyst's (analystUuid).
    enum class Layer { FinalElseAll, Final, All, Analyst };
    Layer layer = Layer::FinalElseAll;
    QString analystUuid;
};

// Loads the articles and annotations an export covers, and finds articles for an import.
// Without article ids the scope is every article with an annotation in scope (or, with no
// filter, an article note), oldest publication first, undated last.
class ExportSource
{
public:
    explicit ExportSource(QSqlDatabase db);

    // False (lastError) on a database error or an article id that does not exist.
    bool load(const ExportScope &scope, QList<ExportedArticle> *articles) const;

    // 0 when no article has this content hash.
    qint64 articleIdByContentHash(const QString &contentHash) const;
    // The article of each annotation of these UUIDs that the library holds, by UUID (lower
    // case); nullopt (lastError) on a database error.
    std::optional<QHash<QString, qint64>> articlesOfAnnotations(const QStringList &uuids) const;
    // The one article with this title, outlet (empty = unknown) and date; 0 when none or several.
    // Every article that has a URL, with it (as imported): an import of annotations made in a
    // browser finds their article by its address.
    std::optional<QList<QPair<qint64, QString>>> articleUrls() const;
    // The names of the library's outlets (a ClaimReview's claimant named as one is an organisation).
    QStringList outletNames() const;
    qint64 articleIdByIdentity(const QString &title, const QString &outlet, const QDate &published) const;

    QString lastError() const { return m_lastError; }

private:
    QList<qint64> candidateIds(bool withNotes) const;
    static bool inLayer(const ExportScope &scope, const Annotation &annotation, bool articleHasFinal);

    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace glossa
