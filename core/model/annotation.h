#pragma once

#include "analyst.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace glossa {

struct Claim
{
    QString kind = QStringLiteral("factual");     // a kind id from the taxonomy
    QString verdict = QStringLiteral("unverified"); // a verdict id from the taxonomy
    QString claimant;
    QString evidence;     // free text: links and notes, one per line
    std::optional<double> confidence; // 0..1 when the analyst gave one
    // What the claim says in a line (ClaimReview's claimReviewed, which fact-check search shows
    // under 75 characters); empty when the analyst gave none: the quote stands for the claim.
    QString summary;
    // Who the claimant is: Person or Organization (schema.org's types), or empty when the analyst
    // did not say (an export then infers it from the library's outlets).
    QString claimantKind;

    static constexpr int kSummaryLength = 75; // characters a summary stays under
    static bool isClaimantKind(const QString &kind)
    {
        return kind.isEmpty() || kind == QLatin1String("Person") || kind == QLatin1String("Organization");
    }

    friend bool operator==(const Claim &a, const Claim &b)
    {
        return a.kind == b.kind && a.verdict == b.verdict && a.claimant == b.claimant
            && a.evidence == b.evidence && a.confidence == b.confidence && a.summary == b.summary
            && a.claimantKind == b.claimantKind;
    }
    friend bool operator!=(const Claim &a, const Claim &b) { return !(a == b); }
};

// W3C Web Annotation style anchor: a TextPositionSelector (start, end) backed by a
// TextQuoteSelector (exact, prefix, suffix) so the span can be found again when the text changes.
// Offsets are UTF-16 units into Article::text; exporters convert to code points.
struct TextAnchor
{
    // The longest quote (or prefix, or suffix) a library keeps, in UTF-16 units: far beyond any
    // passage an analyst highlights (a long article is some 100,000), short of the megabytes a
    // hostile file can carry, which would be stored as an orphan and read back with every card.
    static constexpr int kMaxQuoteLength = 1000000;

    int start = 0;
    int end = 0;
    QString exact;
    QString prefix;
    QString suffix;

    friend bool operator==(const TextAnchor &a, const TextAnchor &b)
    {
        return a.start == b.start && a.end == b.end && a.exact == b.exact && a.prefix == b.prefix
            && a.suffix == b.suffix;
    }
};

struct Annotation
{
    // An analyst's own reading, or the article's final layer: the editor's decisions, which
    // exports use by default.
    enum class Layer { Analyst, Final };

    qint64 id = 0;      // this library's row; another library knows the annotation by uuid
    QString uuid;       // made when the annotation is first stored, kept by every export and import
    qint64 articleId = 0;
    TextAnchor anchor;
    QString color = QStringLiteral("#ffd54f");
    QString note;
    // The note's media type: text/plain, or text/markdown for a note written in Markdown (as
    // Hypothesis writes them); empty is text/plain.
    QString noteFormat;
    QStringList tags;
    std::optional<Claim> claim;
    // The annotation's identifier in the tool it came from (Hypothesis's https://hypothes.is/a/…),
    // kept so that importing its file again finds it; empty for an annotation made in Glossa.
    QString foreignId;
    bool orphaned = false; // the quote could not be found again in the article's text
    QDateTime created;
    QDateTime modified;
    Analyst analyst; // who made it; empty for annotations no analyst has claimed yet
    Layer layer = Layer::Analyst;
    // In the final layer: the UUID of the analyst's annotation the decision took; its analyst
    // is who decided, its created time when.
    QString decidedFrom;
    // The modified time of the version last merged in from another library's file; invalid for
    // an annotation made here and never merged.
    QDateTime mergedModified;
    // Another version, changed elsewhere while this one changed here, waits to be settled.
    bool conflicted = false;
    // How many times the row had changed when it was read (the library counts every change):
    // a change based on an older count would overwrite someone else's, and is refused. 0 when
    // not read from a library; such a change is written whatever the row holds.
    int version = 0;

    static constexpr QLatin1String kPlainText{"text/plain"};
    static constexpr QLatin1String kMarkdown{"text/markdown"};
    bool noteIsMarkdown() const { return noteFormat == kMarkdown; }

    static QString layerName(Layer layer)
    {
        return layer == Layer::Final ? QStringLiteral("final") : QStringLiteral("analyst");
    }
    static Layer layerFromName(const QString &name)
    {
        return name == QLatin1String("final") ? Layer::Final : Layer::Analyst;
    }

    // Equality of what the user edits; ids and timestamps excluded.
    bool sameContent(const Annotation &o) const
    {
        return articleId == o.articleId && anchor == o.anchor && color == o.color && note == o.note
            && noteFormat == o.noteFormat && tags == o.tags && claim == o.claim && orphaned == o.orphaned;
    }
};

} // namespace glossa
