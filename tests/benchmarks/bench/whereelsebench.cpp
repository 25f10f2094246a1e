// Where-else: the articles carrying a passage that the generator copied across outlets (found
// by generating the first pages of the corpus again). The median of five runs.
#include "benchcontext.h"

#include "../corpusgenerator.h"
#include "import/documentreader.h"
#include "search/whereelse.h"
#include "storage/library.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSet>

namespace glossa::bench {

namespace {

// The first paragraph that two of the corpus's first pages share; empty when there is none.
QString repeatedParagraph(int pages)
{
    CorpusGenerator generator(kCorpusSeed);
    QSet<QString> seen;
    for (int i = 0; i < pages; ++i) {
        const ParsedDocument document = DocumentReader::read(generator.page(i), QStringLiteral("page.txt"));
        for (const ParsedPage &page : document.pages) {
            for (const ParsedBlock &block : page.blocks) {
                if (block.kind != ParsedBlock::Kind::Paragraph)
                    continue;
                if (seen.contains(block.text))
                    return block.text;
                seen.insert(block.text);
            }
        }
    }
    return QString();
}

} // namespace

bool timeWhereElse(BenchContext &context, QSqlDatabase db, QJsonObject &figures)
{
    const QString passage = repeatedParagraph(qMin(context.articles, 500)).left(200);
    if (passage.isEmpty())
        return false;
    QList<double> runs;
    int hits = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        hits = int(WhereElse(db).find(passage, 0).size());
        runs << timer.nsecsElapsed() / 1e6;
    }
    figures.insert(QStringLiteral("where_else_ms"), roundMs(median(runs)));
    figures.insert(QStringLiteral("where_else_hits"), hits);
    return true;
}

void runWhereElse(BenchContext &context)
{
    if (!ensureLibrary(context))
        return context.fail(QStringLiteral("whereelse"), QStringLiteral("no library"));
    Library library;
    QString error;
    if (!library.open(context.libraryPath(), &error))
        return context.fail(QStringLiteral("whereelse"), error);
    if (!timeWhereElse(context, library.database(), context.results))
        return context.fail(QStringLiteral("whereelse"), QStringLiteral("no repeated passage in the corpus"));
}

} // namespace glossa::bench
