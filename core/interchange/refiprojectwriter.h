#pragma once

#include "refiqdaproject.h"

#include <QByteArray>

namespace glossa {

// Writes a RefiProject as QDA-XML: the project (project.qde, "urn:QDA-XML:project:1.0") or its
// codebook alone (.qdc, "urn:QDA-XML:codebook:1.0"), in UTF-8, elements in the order the
// schema's sequences require. Empty optional parts are left out, as the schema wants a
// Users, Variables, Notes or Sets element to hold at least one child.
class RefiProjectWriter
{
public:
    static QByteArray project(const RefiProject &project);
    static QByteArray codebook(const QList<RefiCode> &codes, const QString &origin);
};

} // namespace glossa
