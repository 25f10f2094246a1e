#pragma once

// Helpers shared by the storage tests: a library in a temporary folder and parsed pages made
// in code, so storage is tested without the parser.

#include "model/parsedpage.h"
#include "storage/library.h"

#include <QTemporaryDir>
#include <QTest>

namespace glossa::testing {

inline ParsedPage makePage(const QString &title, const QString &source, const QDate &published,
                           const QStringList &paragraphs, const QStringList &headings = {})
{
    ParsedPage page;
    page.title = title;
    page.source = source;
    page.published = published;
    page.language = QStringLiteral("fr");
    for (const QString &heading : headings)
        page.blocks.append({ParsedBlock::Kind::Heading, heading});
    for (const QString &paragraph : paragraphs)
        page.blocks.append({ParsedBlock::Kind::Paragraph, paragraph});
    return page;
}

inline ParsedDocument makeDocument(const QList<ParsedPage> &pages)
{
    ParsedDocument document;
    document.encoding = QStringLiteral("UTF-8");
    document.pages = pages;
    return document;
}

} // namespace glossa::testing
