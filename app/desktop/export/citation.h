#pragma once

#include "model/annotation.h"
#include "model/article.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace glossa {

// A highlight quoted for a brief or an e-mail: « quote » — Outlet, 03/02/2024, the date in the
// locale's short form with a four-digit year. The HTML flavour says the same, with the outlet as
// a <cite> linking to the article when its address is a web one.
class Citation
{
    Q_DECLARE_TR_FUNCTIONS(Citation)
public:
    static QString plainText(const Article &article, const Annotation &annotation, const QLocale &locale = QLocale());
    static QString html(const Article &article, const Annotation &annotation, const QLocale &locale = QLocale());
    static QString dateText(const QDate &date, const QLocale &locale = QLocale());

private:
    // The quote on one line: a passage across paragraphs is cited as running text.
    static QString quote(const Annotation &annotation) { return annotation.anchor.exact.simplified(); }
    static QString join(const QString &quote, const QString &outlet, const QString &date);
};

} // namespace glossa
