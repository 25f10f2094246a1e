#pragma once

#include "import/textdecoder.h"
#include "model/parsedpage.h"

#include <QFile>
#include <QString>
#include <QTest>

namespace glossa::testing {

inline QString importFixturePath(const QString &name)
{
    return QStringLiteral(GLOSSA_TEST_DATA "/import/") + name;
}

inline QByteArray readImportFixture(const QString &name)
{
    QFile file(importFixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(name));
    return file.readAll();
}

inline QString decodedImportFixture(const QString &name)
{
    const DecodedText decoded = TextDecoder::decode(readImportFixture(name));
    if (!decoded.ok())
        qFatal("fixture %s does not decode: %s", qPrintable(name), qPrintable(decoded.error));
    return decoded.text;
}

inline int countBlocks(const ParsedPage &page, ParsedBlock::Kind kind)
{
    int n = 0;
    for (const ParsedBlock &block : page.blocks)
        n += block.kind == kind ? 1 : 0;
    return n;
}

// Everything a page shows, in one string, to check that nothing leaked into it.
inline QString pageText(const ParsedPage &page)
{
    QString text = page.title + u'\n' + page.source + u'\n' + page.headlines.join(u'\n');
    for (const ParsedBlock &block : page.blocks)
        text += u'\n' + block.text;
    return text;
}

} // namespace glossa::testing
