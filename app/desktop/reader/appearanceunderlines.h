#pragma once

#include "documentpositionmap.h"
#include "model/claimmemory.h"

#include <QList>
#include <QTextEdit>

namespace glossa {

// The claim memory's proposals drawn over the reader's text: where the article repeats a claim
// already rated, a dashed underline in the remembered verdict's colour. No background, so that
// it never reads as one of the analyst's highlights (those are washes; a claim's own underline
// is solid); it is drawn over them, as a proposal waiting for a decision.
struct AppearanceUnderlines
{
    // The text format property that carries the appearance's id (tests, hit tests).
    static constexpr int kAppearanceProperty = QTextFormat::UserProperty + 3;

    // Those of \a appearances that overlap [partStart, partEnd) of the canonical text.
    static QList<QTextEdit::ExtraSelection> selections(QTextDocument *document, const DocumentPositionMap &map,
                                                       const QList<Appearance> &appearances, int partStart,
                                                       int partEnd);
};

} // namespace glossa
