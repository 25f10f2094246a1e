#pragma once

#include "refiqdaproject.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace glossa {

class Taxonomy;

struct RefiImportReport
{
    int sources = 0;            // plain-text sources read
    int articlesAdded = 0;
    int articlesKnown = 0;      // already in the library (the same content hash)
    int annotationsRead = 0;    // selections of the sources read
    int annotationsAdded = 0;
    int annotationsKnown = 0;   // already in the library (the same GUID, or the same passage and codes)
    int analysts = 0;           // users of the file recorded as analysts
    int notes = 0;              // notes carried onto annotations or articles
    int collections = 0;        // collections made or added to from sets
    QString fileError;          // the file was refused: nothing was written
    QStringList notCarried;     // what the library did not take, and why; one line each
    bool ok() const { return fileError.isEmpty(); }
};

// Merges a REFI-QDA project (.qdpx, or a bare .qde) into a library:
// - each plain-text source becomes an article (its lines its paragraphs; title, outlet, date,
//   URL and language from its name and Glossa's variables), written by the import's own
//   ArticleWriter, so one already in the library (the same content hash) is not added again;
// - each PlainTextSelection an annotation with the selection's GUID as its UUID, its codings
//   mapped by the code's place in the codebook: under "Claim kind" and "Verdict" to the claim
//   (a kind or verdict by id or label), under "Tags" to tags, every other code to a tag named
//   by its path; its notes to the annotation's note, claimant, evidence and confidence;
// - users to analysts (GUID = UUID), sets of sources to collections, a source's own codings
//   and notes to the article's tags and note.
// What real files do is accepted: "Sources/" in any case, a BOM before <?xml, a .qde of any
// name, CRLF sources (counted as one character when ATLAS.ti wrote the file, as two
// otherwise). Never read: a path outside the project (absolute://, or relative:// leaving the
// .qde's folder), rich-text-only, PDF, picture and media sources; each is named with why.
// The whole project is written in one transaction: a refused file, or a failure, writes nothing.
// Importing the same project again adds nothing.
class RefiQdaImporter
{
    Q_DECLARE_TR_FUNCTIONS(RefiQdaImporter)
public:
    explicit RefiQdaImporter(QSqlDatabase db, const Taxonomy *taxonomy = nullptr);

    // A .qdpx (ZIP) or a .qde (XML), told apart by their first bytes.
    RefiImportReport importFile(const QString &path);
    // A parsed project whose source texts are already read (by source GUID, as the file spells
    // it); fileName and raw are what the articles are traced back to.
    RefiImportReport importProject(const RefiProject &project, const QHash<QString, QString> &texts,
                                   const QString &fileName, const QByteArray &raw);

    // The largest file read: a project of the largest libraries is far smaller.
    static constexpr qint64 kMaxFileBytes = 512LL * 1024 * 1024;

private:
    bool readArchive(const QString &path, RefiProject *project, QHash<QString, QString> *texts,
                     RefiImportReport *report);
    bool readLooseProject(const QString &path, const QByteArray &xml, RefiProject *project,
                          QHash<QString, QString> *texts, RefiImportReport *report);

    QSqlDatabase m_db;
    const Taxonomy *m_taxonomy;
};

} // namespace glossa
