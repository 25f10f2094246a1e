#pragma once

#include <QLatin1String>

namespace glossa::w3c {

// Terms of the W3C Web Annotation JSON-LD serialisation and Glossa's own extension terms,
// shared by the exporter and the importer so that both speak the same dialect.
inline constexpr QLatin1String kAnnoContext("http://www.w3.org/ns/anno.jsonld");
inline constexpr QLatin1String kGlossaPrefix("glossa");
inline constexpr QLatin1String kGlossaNamespace("https://glossa.example/ns#");

inline constexpr QLatin1String kColor("glossa:color");
inline constexpr QLatin1String kOrphaned("glossa:orphaned");
inline constexpr QLatin1String kClaimKind("glossa:claimKind");
inline constexpr QLatin1String kClaimant("glossa:claimant");
inline constexpr QLatin1String kEvidence("glossa:evidence");
inline constexpr QLatin1String kConfidence("glossa:confidence");
inline constexpr QLatin1String kArticles("glossa:articles");
inline constexpr QLatin1String kContentHash("glossa:contentHash");
inline constexpr QLatin1String kTitle("glossa:title");
inline constexpr QLatin1String kOutlet("glossa:outlet");
inline constexpr QLatin1String kPublished("glossa:published");
inline constexpr QLatin1String kLanguage("glossa:language");
// "final" for an annotation of the article's final layer (the editor's decisions); absent for an
// analyst's own.
inline constexpr QLatin1String kLayer("glossa:layer");
inline constexpr QLatin1String kUuidScheme("urn:uuid:");

} // namespace glossa::w3c
