#pragma once

#include "anchoring/anchorresult.h"
#include "model/annotation.h"

#include <QList>
#include <QString>

namespace glossa {

// Creates and re-finds W3C-style text anchors (position + quote selector), the way
// Hypothesis' dom-anchor-text-quote does, so annotations survive edits to an article's text.
class TextAnchoring
{
public:
    // Anchor for the selection [start, end) of text. Offsets are clamped to the text and swapped
    // when reversed; a selection edge inside a surrogate pair is widened to the whole character,
    // and prefix/suffix take up to contextLength UTF-16 units without cutting a pair.
    static TextAnchor makeAnchor(const QString &text, int start, int end, int contextLength = 32);

    // Finds the anchor in (possibly changed) text:
    //  1. the quote still at its stored position, with its context -> Exact;
    //  2. every occurrence of the quote, best prefix/suffix match first, nearest the old start
    //     on ties -> Moved (Exact if that is still the old position);
    //  3. on whitespace-normalised text: the quote itself, then the span between the prefix
    //     and the suffix (similarity >= 0.5), then a bounded approximate search (>= 0.75)
    //     seeded by the old position and by rare words of the quote -> Fuzzy;
    //  4. otherwise Orphaned, with the anchor returned unchanged.
    // The returned span always lies in [0, text.size()] and never splits a surrogate pair.
    static AnchorResult reanchor(const TextAnchor &anchor, const QString &text);

    // Same as reanchor() for every anchor of one text, sharing the normalised text and its word
    // index between them; results are in the order of anchors.
    static QList<AnchorResult> reanchor(const QList<TextAnchor> &anchors, const QString &text);
};

} // namespace glossa
