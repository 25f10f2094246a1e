// Reader: opening an article of 30 KB and one of 100 KB with 500 annotations each (building
// the document, drawing the highlights, the first paint of the viewport), the sidebar, and one
// highlight added through the undo stack (written, refreshed, repainted). Medians of 7 runs on
// the offscreen platform, in a library of its own.
#include "benchcontext.h"

#include "anchoring/textanchoring.h"
#include "annotations/annotationsidebar.h"
#include "edits/addannotationcommand.h"
#include "model/parsedpage.h"
#include "reader/articletextview.h"
#include "reader/readerview.h"
#include "storage/annotationstore.h"
#include "storage/articlewriter.h"
#include "openarticle.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <functional>

namespace glossa::bench {

namespace {

constexpr int kRuns = 7;
constexpr int kAnnotations = 500;

const QStringList kWords = {
    QStringLiteral("le"), QStringLiteral("ministère"), QStringLiteral("a"), QStringLiteral("annoncé"),
    QStringLiteral("une"), QStringLiteral("baisse"), QStringLiteral("des"), QStringLiteral("prix"),
    QStringLiteral("selon"), QStringLiteral("plusieurs"), QStringLiteral("sources"), QStringLiteral("concordantes"),
    QStringLiteral("l'opposition"), QStringLiteral("dénonce"), QStringLiteral("chiffres"), QStringLiteral("trompeurs"),
    QStringLiteral("2024"), QStringLiteral("42 %"), QStringLiteral("« jamais »"), QStringLiteral("experts"),
};

// An article of about targetBytes of UTF-8 text: paragraphs with a heading every few.
ParsedPage makePage(const QString &title, int targetBytes, QRandomGenerator &random)
{
    ParsedPage page;
    page.title = title;
    page.source = QStringLiteral("Bench Daily");
    page.published = QDate(2025, 3, 1);
    page.language = QStringLiteral("fr");
    int bytes = 0;
    int paragraph = 0;
    while (bytes < targetBytes) {
        ParsedBlock block;
        if (paragraph % 6 == 5) {
            block.kind = ParsedBlock::Kind::Heading;
            block.text = QStringLiteral("Intertitre numéro %1").arg(paragraph);
        } else {
            QStringList words;
            const int count = 60 + int(random.bounded(80));
            for (int i = 0; i < count; ++i)
                words << kWords.at(int(random.bounded(qsizetype(kWords.size()))));
            block.text = words.join(QLatin1Char(' ')) + QLatin1Char('.');
        }
        bytes += int(block.text.toUtf8().size()) + 1;
        page.blocks << block;
        ++paragraph;
    }
    return page;
}

// kAnnotations spans spread over the text, some overlapping, a fifth with claims, made by three
// analysts in turn (each card then carries its analyst's chip).
void annotate(Workspace &workspace, const Article &article, QRandomGenerator &random)
{
    AnnotationStore store = workspace.annotations();
    const QList<Analyst> analysts = {Analyst::named(QStringLiteral("Reader A")), Analyst::named(QStringLiteral("Reader B")),
                                     Analyst::named(QStringLiteral("Reader C"))};
    const int length = int(article.text.size());
    for (int i = 0; i < kAnnotations; ++i) {
        const int start = int(qint64(length - 200) * i / kAnnotations) + int(random.bounded(100));
        const int end = start + 20 + int(random.bounded(120));
        Annotation annotation;
        annotation.articleId = article.id;
        annotation.anchor = TextAnchoring::makeAnchor(article.text, start, end);
        annotation.color = i % 3 == 0 ? QStringLiteral("#81c784") : QStringLiteral("#ffd54f");
        annotation.tags = QStringList{QStringLiteral("bench"), QStringLiteral("tag%1").arg(i % 7)};
        if (i % 5 == 0)
            annotation.claim = Claim{QStringLiteral("statistic"), QStringLiteral("disputed"), QStringLiteral("X"), {}, {}, {}, {}};
        annotation.analyst = analysts.at(i % analysts.size());
        if (!store.create(annotation))
            qFatal("cannot annotate: %s", qPrintable(store.lastError()));
    }
}

double measure(const std::function<void()> &prepare, const std::function<void()> &work)
{
    QList<double> runs;
    for (int i = 0; i < kRuns; ++i) {
        prepare();
        QElapsedTimer timer;
        timer.start();
        work();
        runs << double(timer.nsecsElapsed()) / 1e6;
    }
    return median(runs);
}

} // namespace

void runReader(BenchContext &context)
{
    QTemporaryDir dir(QDir(context.workDir).filePath(QStringLiteral("reader-XXXXXX")));
    Workspace workspace;
    QString error;
    if (!workspace.openLibrary(dir.filePath(QStringLiteral("reader.glossa")), &error))
        return context.fail(QStringLiteral("reader"), error);

    QRandomGenerator random(20250301);
    QList<Article> articles;
    for (int size : {30 * 1024, 100 * 1024}) {
        ParsedDocument document;
        document.encoding = QStringLiteral("UTF-8");
        document.pages << makePage(QStringLiteral("Article de %1 Ko").arg(size / 1024), size, random);
        const WriteResult written =
            ArticleWriter(workspace.library().database()).write(QStringLiteral("bench.txt"), "raw", document);
        if (!written.ok())
            qFatal("cannot store: %s", qPrintable(written.error));
        const Article article = *workspace.articles().article(written.articleIds.first());
        annotate(workspace, article, random);
        articles << article;
    }

    // Each pane alone on a workspace of its own (the panes of one workspace share the open
    // article, so opening it in one fills the other), then both panes together as the window
    // opens an article: one read, the document and its highlights, the cards.
    Workspace readerOnly;
    Workspace sidebarOnly;
    const QString path = workspace.libraryPath();
    if (!readerOnly.openLibrary(path, &error) || !sidebarOnly.openLibrary(path, &error))
        return context.fail(QStringLiteral("reader"), error);
    ReaderView aloneReader(&readerOnly);
    aloneReader.resize(1000, 800);
    aloneReader.show();
    AnnotationSidebar aloneSidebar(&sidebarOnly);
    aloneSidebar.resize(380, 800);
    aloneSidebar.show();
    ReaderView reader(&workspace);
    reader.resize(1000, 800);
    reader.show();
    AnnotationSidebar sidebar(&workspace);
    sidebar.resize(380, 800);
    sidebar.show();
    QCoreApplication::processEvents();

    // Opening = building the document, loading and drawing 500 highlights, and the first paint
    // of the viewport (grab() lays out and renders what is visible).
    auto openIn = [&](const Article &article) {
        return measure([&] { aloneReader.clear(); QCoreApplication::processEvents(); },
                       [&] {
                           aloneReader.showArticle(article.id);
                           aloneReader.textView()->viewport()->grab();
                       });
    };
    auto openSidebar = [&](const Article &article) {
        return measure([&] { aloneSidebar.clear(); QCoreApplication::processEvents(); },
                       [&] {
                           aloneSidebar.showArticle(article.id);
                           aloneSidebar.grab();
                       });
    };
    auto openBoth = [&](const Article &article) {
        return measure([&] { workspace.openArticle()->close(); QCoreApplication::processEvents(); },
                       [&] {
                           workspace.openArticle()->open(article.id);
                           reader.textView()->viewport()->grab();
                           sidebar.grab();
                       });
    };

    QJsonObject &result = context.results;
    result.insert(QStringLiteral("reader_500_30kb_ms"), openIn(articles.at(0)));
    result.insert(QStringLiteral("reader_500_100kb_ms"), openIn(articles.at(1)));
    result.insert(QStringLiteral("sidebar_500_100kb_ms"), openSidebar(articles.at(1)));
    result.insert(QStringLiteral("open_both_panes_500_100kb_ms"), openBoth(articles.at(1)));

    // One highlight added through the undo stack on the 100 KB article: written to the file,
    // then the open article's model, the reader and the sidebar refreshed and repainted.
    const Article &big = articles.at(1);
    reader.showArticle(big.id);
    sidebar.showArticle(big.id);
    int run = 0;
    result.insert(QStringLiteral("highlight_edit_ms"),
                  measure([] {},
                          [&] {
                              Annotation annotation;
                              annotation.articleId = big.id;
                              const int start = 1000 + 37 * run++;
                              annotation.anchor = TextAnchoring::makeAnchor(big.text, start, start + 40);
                              workspace.undoStack()->push(new AddAnnotationCommand(&workspace, annotation));
                              reader.textView()->viewport()->grab();
                          }));
    result.insert(QStringLiteral("reader_runs"), kRuns);
    result.insert(QStringLiteral("reader_annotations"), kAnnotations);
    result.insert(QStringLiteral("reader_article_chars"), QJsonObject{{QStringLiteral("30kb"), int(articles.at(0).text.size())},
                                                               {QStringLiteral("100kb"), int(big.text.size())}});
}

} // namespace glossa::bench
