// Headline list: HeadlineModel over the generated library, from its creation to the first 100
// rows, and from there to the middle of the list the way a view scrolls (fetchMore, page after
// page). The view asks for the rows it shows, so data() of the loaded rows is read too. Then the
// first page of the list filtered to the articles that repeat a checked claim.
#include "benchcontext.h"

#include "headlines/headlinemodel.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace glossa::bench {

namespace {

// Loads rows until \a row is in (or the list ends); reads the display text of each new row.
void scrollTo(HeadlineModel &model, int row)
{
    int read = model.rowCount();
    while (model.rowCount() <= row && model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
        for (; read < model.rowCount(); ++read)
            model.data(model.index(read, HeadlineModel::TitleColumn));
    }
}

} // namespace

void runList(BenchContext &context)
{
    if (!ensureLibrary(context))
        return context.fail(QStringLiteral("list"), QStringLiteral("no library"));
    Workspace workspace;
    QString error;
    if (!workspace.openLibrary(context.libraryPath(), &error))
        return context.fail(QStringLiteral("list"), error);

    QElapsedTimer timer;
    timer.start();
    HeadlineModel model(&workspace);
    scrollTo(model, 99);
    for (int row = 0; row < qMin(100, model.rowCount()); ++row)
        model.data(model.index(row, HeadlineModel::TitleColumn));
    const double firstRows = timer.nsecsElapsed() / 1e6;
    if (model.rowCount() < qMin(100, context.articles))
        return context.fail(QStringLiteral("list"), QStringLiteral("the list shows %1 rows").arg(model.rowCount()));

    const int total = model.totalCount();
    timer.restart();
    scrollTo(model, total / 2);
    const double middle = timer.nsecsElapsed() / 1e6;

    // A page further on from the middle: what one scroll step costs deep in the list.
    timer.restart();
    scrollTo(model, model.rowCount() + HeadlineModel::kPageSize - 1);
    const double nextPage = timer.nsecsElapsed() / 1e6;

    // The list filtered to the articles that repeat a checked claim (issue 18): the first page.
    // With few such articles the list's order index is walked far to fill it.
    ArticleQuery repeats;
    repeats.repeatsCheckedClaim = true;
    HeadlineModel repeating(&workspace);
    timer.restart();
    repeating.setFilter(repeats);
    for (int row = 0; row < qMin(100, repeating.rowCount()); ++row)
        repeating.data(repeating.index(row, HeadlineModel::TitleColumn));
    const double repeatsFirstRows = timer.nsecsElapsed() / 1e6;
    context.results.insert(QStringLiteral("list_repeats_first_rows_ms"), roundMs(repeatsFirstRows));
    context.results.insert(QStringLiteral("list_repeats_rows"), repeating.rowCount());

    context.results.insert(QStringLiteral("list_first_rows_ms"), roundMs(firstRows));
    context.results.insert(QStringLiteral("list_middle_ms"), roundMs(middle));
    context.results.insert(QStringLiteral("list_page_at_middle_ms"), roundMs(nextPage));
    context.results.insert(QStringLiteral("list_rows"), total);
    QCoreApplication::processEvents(); // lets the background count finish its signal
}

} // namespace glossa::bench
