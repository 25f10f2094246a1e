// Reader, one very large article (glossa-bench --only reader-large): a dump of 30 MB on one line,
// opened in the reader. Figures: the time to the first paint of the viewport (the article read on
// a worker, its first part built and laid out as far as the screen), the longest time the event
// loop did not turn meanwhile, the document build alone, the
// longest time the event loop then did not turn while the rest is laid out and the reader is
// scrolled to the end of the part, and the next part shown.
#include "benchcontext.h"

#include "model/parsedpage.h"
#include "reader/articledocumentbuilder.h"
#include "reader/articleparts.h"
#include "reader/articletextview.h"
#include "reader/readerview.h"
#include "storage/articlewriter.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimer>

namespace glossa::bench {

void runReaderLarge(BenchContext &context)
{
    QTemporaryDir dir(QDir(context.workDir).filePath(QStringLiteral("reader-large-XXXXXX")));
    Workspace workspace;
    QString error;
    if (!workspace.openLibrary(dir.filePath(QStringLiteral("large.glossa")), &error))
        return context.fail(QStringLiteral("reader-large"), error);

    const QStringList words = {QStringLiteral("le"), QStringLiteral("ministère"), QStringLiteral("annonce"),
                               QStringLiteral("1 200,5"), QStringLiteral("euros"), QStringLiteral("31 %"),
                               QStringLiteral("وزارة"), QStringLiteral("chiffres.")};
    QString line;
    line.reserve(31 * 1024 * 1024);
    for (quint32 i = 0; line.size() < 30 * 1024 * 1024; ++i)
        line += words.at(int((i * 2654435761u >> 7) % quint32(words.size()))) + QLatin1Char(' ');
    ParsedPage page;
    page.title = QStringLiteral("Une ligne de 30 Mo");
    page.source = QStringLiteral("Bench Daily");
    page.published = QDate(2025, 3, 1);
    ParsedBlock block;
    block.text = line;
    page.blocks << block;
    ParsedDocument document;
    document.encoding = QStringLiteral("UTF-8");
    document.pages << page;
    const WriteResult written = ArticleWriter(workspace.library().database()).write(QStringLiteral("line.txt"), "raw", document);
    if (!written.ok())
        return context.fail(QStringLiteral("reader-large"), written.error);
    const qint64 id = written.articleIds.first();

    ReaderView reader(&workspace);
    reader.resize(1000, 800);
    reader.show();
    QCoreApplication::processEvents();

    // The longest gap between event loop turns while it opens, and from then on.
    qint64 longest = 0;
    QElapsedTimer sinceLast;
    sinceLast.start();
    QTimer beat;
    beat.setInterval(5);
    QObject::connect(&beat, &QTimer::timeout, [&] { longest = std::max(longest, sinceLast.restart()); });
    beat.start();
    auto spin = [](int ms) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    };

    // Opening: the article is read on a worker thread (OpenArticle), then shown and painted.
    QElapsedTimer timer;
    timer.start();
    QTimer::singleShot(0, &reader, [&] { reader.showArticle(id); });
    while (reader.articleId() != id && timer.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    reader.textView()->viewport()->grab();
    const double firstPaint = timer.nsecsElapsed() / 1e6;
    QCoreApplication::processEvents();
    const qint64 openingStall = longest;
    longest = 0;
    spin(300);
    QScrollBar *bar = reader.textView()->verticalScrollBar();
    bar->setValue(bar->maximum());
    reader.textView()->viewport()->grab();
    spin(300);
    QElapsedTimer next;
    next.start();
    reader.showPart(1);
    reader.textView()->viewport()->grab();
    const double nextPart = next.nsecsElapsed() / 1e6;
    spin(300);
    beat.stop();

    // The document build alone, for the first part.
    QTextDocument scratch;
    const Article article = *workspace.articles().article(id);
    QElapsedTimer build;
    build.start();
    ArticleDocumentBuilder::build(&scratch, article, reader.palette(), 0, reader.partCount() > 1 ? ArticleParts::kPartLength : -1);
    const double buildMs = build.nsecsElapsed() / 1e6;

    QJsonObject &result = context.results;
    result.insert(QStringLiteral("reader_30mb_line_first_paint_ms"), roundMs(firstPaint));
    result.insert(QStringLiteral("reader_30mb_line_part_build_ms"), roundMs(buildMs));
    result.insert(QStringLiteral("reader_30mb_line_next_part_ms"), roundMs(nextPart));
    result.insert(QStringLiteral("reader_30mb_line_open_longest_stall_ms"), double(openingStall));
    result.insert(QStringLiteral("reader_30mb_line_longest_stall_ms"), double(longest));
    result.insert(QStringLiteral("reader_30mb_line_parts"), reader.partCount());
    result.insert(QStringLiteral("reader_30mb_line_chars"), double(article.text.size()));
}

} // namespace glossa::bench
