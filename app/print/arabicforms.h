#pragma once

#include <QString>

namespace glossa {

// Arabic letters as their presentation forms (initial, medial, final, isolated; lam-alef as its
// ligature), chosen by FriBidi from the joining of each letter with its neighbours. Text shaped
// this way is drawn one glyph per character, so the PDF's text layer maps every glyph to one
// character that pdftotext and other readers put back in logical order (NFKC gives the letters
// back), where a glyph standing for two letters (lam-alef) or a letter drawn as two glyphs (base
// and dots) comes back reversed or split. Same length in UTF-16: the second letter of a ligature
// becomes U+FEFF, which stripFill() removes once the text has been cut where it needs to be.
class ArabicForms
{
public:
    static QString shape(const QString &text);
    static QString stripFill(QString text);
};

} // namespace glossa
