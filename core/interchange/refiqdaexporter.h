#pragma once

#include "model/exportdata.h"
#include "refiqdaproject.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace glossa {

class Taxonomy;

// What a REFI-QDA export takes beyond the articles: the library's collections (as Sets), its
// tags' colours and the taxonomy whose kinds and verdicts make the codebook.
struct RefiExportInput
{
    QList<ExportedArticle> articles;
    struct Collection
    {
        QString name;
        QList<qint64> articleIds;
    };
    QList<Collection> collections;
    QHash<QString, QString> tagColors; // every tag of the library, by name → "#rrggbb" (may be empty)
    const Taxonomy *taxonomy = nullptr; // the built-in one when null
    QString projectName = QStringLiteral("Glossa");
    QDateTime created; // the project's creation time; now when invalid
};

// Glossa's articles and annotations as a REFI-QDA project (QDA-XML 1.0, REFI-QDA 1.5), for
// NVivo, ATLAS.ti, MAXQDA and QualCoder:
// - each article a TextSource whose text is sources/<GUID>.txt (UTF-8, no BOM);
// - the codebook "Claim kind ▸ <kind id>", "Verdict ▸ <verdict id>" (with the verdict's colour),
//   "Tags ▸ <tag>" (with the tag's colour); the article's own tags code the whole source;
// - each annotation a PlainTextSelection in code points, half-open, with one Coding per code it
//   carries; its note, the claim's claimant, evidence and confidence as Notes linked by NoteRef;
// - analysts as Users (GUID = the analyst's UUID) and creatingUser on what they made;
// - outlet, date, URL and language as Variables of each source, not Cases: they describe the
//   article itself, one value per source, where a Case groups sources under a unit of analysis
//   (a person, an outlet) and would need one Case per article to say the same;
// - collections as Sets of sources.
// GUIDs are the library's own UUIDs where it has them (annotations, analysts) and name-based
// otherwise, so the same library exports to the same project. What the format cannot carry is
// listed in notCarried, one line each.
class RefiQdaExporter
{
    Q_DECLARE_TR_FUNCTIONS(RefiQdaExporter)
public:
    struct Result
    {
        QByteArray bytes;       // empty on failure (error)
        QString error;
        QStringList notCarried; // what the file does not hold, and why
        int selections = 0;
    };

    // The .qdpx: project.qde and sources/<GUID>.txt in a ZIP.
    static Result qdpx(const RefiExportInput &input);
    // The codebook alone (.qdc).
    static Result codebook(const RefiExportInput &input);

    // The project and the text of each source by its GUID (what qdpx() zips).
    static RefiProject project(const RefiExportInput &input, QHash<QString, QString> *texts, QStringList *notCarried);
    static QList<RefiCode> codes(const RefiExportInput &input);
    static QString sourceGuid(const Article &article);
};

} // namespace glossa
