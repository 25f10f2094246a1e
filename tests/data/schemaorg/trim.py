#!/usr/bin/env python3
"""Writes claimreview-vocabulary.jsonld: the part of schema.org's vocabulary that Glossa's
ClaimReview export uses, taken from the schemaorg repository's release file.

    python3 trim.py path/to/schemaorg/data/releases/30.0/schemaorg-current-https.jsonld
"""
import json
import sys

TYPES = ["Thing", "CreativeWork", "Review", "ClaimReview", "Claim", "Article", "NewsArticle", "Intangible",
         "Rating", "Organization", "Person", "DataType", "Text", "URL", "Date", "Number", "Integer"]
PROPERTIES = ["url", "name", "alternateName", "claimReviewed", "reviewRating", "itemReviewed", "author",
              "datePublished", "reviewBody", "ratingValue", "bestRating", "worstRating", "appearance",
              "firstAppearance", "headline", "publisher", "inLanguage", "logo", "image", "sameAs"]
KEEP = ["@id", "@type", "rdfs:label", "rdfs:subClassOf", "schema:domainIncludes", "schema:rangeIncludes",
        "schema:isPartOf"]

source = json.load(open(sys.argv[1], encoding="utf-8"))
nodes = {node["@id"]: node for node in source["@graph"]}
graph = []
for name in TYPES + PROPERTIES:
    node = nodes["schema:" + name]
    graph.append({key: node[key] for key in KEEP if key in node})
out = {
    "@context": {key: source["@context"][key] for key in ("rdf", "rdfs", "schema")},
    "glossa:source": "https://github.com/schemaorg/schemaorg data/releases/30.0/schemaorg-current-https.jsonld",
    "glossa:licence": "schema.org vocabulary: Creative Commons Attribution-ShareAlike 3.0 (https://schema.org/docs/terms.html)",
    "@graph": graph,
}
with open("claimreview-vocabulary.jsonld", "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1, ensure_ascii=False, sort_keys=True)
    f.write("\n")
