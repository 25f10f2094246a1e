#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace glossa {

// A text's sentences and words as ICU sees them (QTextBoundaryFinder), with their UTF-16 ranges,
// so that a sentence found by matching or scoring can be highlighted where it is.
class Sentences
{
public:
    struct Range
    {
        int start = 0;
        int end = 0;
    };

    // Sentences, trimmed of surrounding white space; empty ones dropped. A line break ends a
    // sentence too: dumps put headings and captions on lines of their own without a full stop.
    static QList<Range> split(QStringView text);
    // Words (ICU word boundaries: letters and numbers, punctuation and spaces skipped), as
    // ranges into \a text. "31,5" and "12 000" stay single words as ICU keeps them.
    static QList<Range> words(QStringView text);
};

} // namespace glossa
