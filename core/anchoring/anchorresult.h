#pragma once

#include "model/annotation.h"

namespace glossa {

// What TextAnchoring::reanchor found for one stored anchor.
struct AnchorResult
{
    enum class Status {
        Exact,    // the quote is still at its stored position
        Moved,    // the identical quote was found elsewhere
        Fuzzy,    // a similar span was found (context or approximate match); exact was updated
        Orphaned  // nothing close enough: the annotation must be kept and shown as orphaned
    };

    Status status = Status::Orphaned;
    // Updated start/end (and exact, for Fuzzy); prefix and suffix are kept as stored because
    // they record what the analyst saw. For Orphaned this is the input anchor, unchanged.
    TextAnchor anchor;
    // How closely the found span matches the stored quote once whitespace is normalised:
    // 1 for an identical quote, the similarity (>= 0.5) for Fuzzy, 0 for Orphaned.
    double score = 0.0;
};

} // namespace glossa
