#pragma once

#include <QString>

namespace glossa {

// The fixed vocabulary Glossa writes into REFI-QDA files and recognises when it reads them:
// the namespaces, the three top codes of its codebook, the names of its notes and variables,
// and the GUIDs it derives from names. Not translated: the file is read by other programs and
// by colleagues in other languages, and Glossa finds its codes again by these names.
namespace RefiQda {

inline const QString kProjectNamespace = QStringLiteral("urn:QDA-XML:project:1.0");
inline const QString kCodebookNamespace = QStringLiteral("urn:QDA-XML:codebook:1.0");
inline const QString kOrigin = QStringLiteral("Glossa");

inline const QString kClaimKindCode = QStringLiteral("Claim kind");
inline const QString kVerdictCode = QStringLiteral("Verdict");
inline const QString kTagsCode = QStringLiteral("Tags");

inline const QString kNoteName = QStringLiteral("Note");
inline const QString kArticleNoteName = QStringLiteral("Article note");
inline const QString kClaimantName = QStringLiteral("Claimant");
inline const QString kEvidenceName = QStringLiteral("Evidence");
inline const QString kConfidenceName = QStringLiteral("Confidence");

inline const QString kOutletVariable = QStringLiteral("Outlet");
inline const QString kPublishedVariable = QStringLiteral("Published");
inline const QString kUrlVariable = QStringLiteral("URL");
inline const QString kLanguageVariable = QStringLiteral("Language");

inline const QString kInternalScheme = QStringLiteral("internal://");
inline const QString kRelativeScheme = QStringLiteral("relative://");
inline const QString kAbsoluteScheme = QStringLiteral("absolute://");

// A name-based (v5) GUID in Glossa's namespace: the same library exported twice gives the
// same GUIDs, so another tool that merges both sees one project.
QString derivedGuid(const QString &name);
// A GUID as the file may spell it ("{ABC…}", upper case) in Glossa's spelling (lower case, no
// braces); empty when it is not a GUID.
QString normalizedGuid(const QString &guid);

} // namespace RefiQda

} // namespace glossa
