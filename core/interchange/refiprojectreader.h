#pragma once

#include "refiqdaproject.h"

#include <QByteArray>
#include <QCoreApplication>

namespace glossa {

// Reads a QDA-XML project (project.qde, or a .qde file of any name) into a RefiProject.
//
// The file is treated as hostile: a DTD is refused outright (no entity of the file's own is
// ever expanded, so neither "billion laughs" nor an external entity can be), as are more codes,
// sources, selections or notes than a real project holds and codes nested deeper than any
// codebook. Elements Glossa does not carry are skipped and named in RefiProject::unsupported.
class RefiProjectReader
{
    Q_DECLARE_TR_FUNCTIONS(RefiProjectReader)
public:
    struct Limits
    {
        int maxCodes = 20000;
        int maxCodeDepth = 64;
        int maxSources = 200000;
        int maxSelections = 2000000;
        int maxNotes = 2000000;
    };

    // False with one line in *error when the file is refused; *project is then empty.
    static bool read(const QByteArray &xml, RefiProject *project, QString *error);
    static bool read(const QByteArray &xml, RefiProject *project, QString *error, const Limits &limits);
};

} // namespace glossa
