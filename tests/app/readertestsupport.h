#pragma once

// Shared by the reader and annotation tests: loading *.article fixtures (see
// tests/data/reader/README.md) into a library without going through the importer.

#include "model/parsedpage.h"
#include "storage/articlewriter.h"
#include "storage/library.h"

#include <QDate>
#include <QFile>
#include <QString>
#include <QTest>

namespace glossa::testsupport {

inline QString fixturePath(const QString &name)
{
    return QStringLiteral(GLOSSA_TEST_DATA "/reader/") + name;
}

inline ParsedPage readFixture(const QString &name, QString *fileName = nullptr)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    ParsedPage page;
    bool body = false;
    for (const QString &line : lines) {
        if (!body) {
            if (line == QLatin1String("---")) {
                body = true;
                continue;
            }
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            const QString key = line.left(colon).trimmed();
            const QString value = line.mid(colon + 1).trimmed();
            if (key == QLatin1String("title"))
                page.title = value;
            else if (key == QLatin1String("source"))
                page.source = value;
            else if (key == QLatin1String("published"))
                page.published = QDate::fromString(value, Qt::ISODate);
            else if (key == QLatin1String("language"))
                page.language = value;
            else if (key == QLatin1String("direction"))
                page.direction = value == QLatin1String("rtl") ? Qt::RightToLeft : Qt::LeftToRight;
            else if (key == QLatin1String("file") && fileName)
                *fileName = value;
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        ParsedBlock block;
        if (line.startsWith(QLatin1String("# "))) {
            block.kind = ParsedBlock::Kind::Heading;
            block.text = line.mid(2).trimmed();
        } else {
            block.text = line.trimmed();
        }
        page.blocks.append(block);
    }
    page.profile = QStringLiteral("test");
    return page;
}

inline qint64 storePage(Library &library, const ParsedPage &page, const QString &fileName)
{
    ParsedDocument document;
    document.encoding = QStringLiteral("UTF-8");
    document.pages << page;
    ArticleWriter writer(library.database());
    const WriteResult result = writer.write(fileName, fileName.toUtf8() + " raw bytes", document);
    if (!result.ok() || result.articleIds.isEmpty())
        qFatal("cannot store %s: %s", qPrintable(fileName), qPrintable(result.error));
    return result.articleIds.first();
}

inline qint64 storeFixture(Library &library, const QString &name)
{
    QString fileName = name;
    const ParsedPage page = readFixture(name, &fileName);
    return storePage(library, page, fileName);
}

} // namespace glossa::testsupport
