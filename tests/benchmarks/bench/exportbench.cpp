// Export: a library of 500 articles with 20 annotations each (10,000 annotations with tags,
// notes and claims, French and Arabic, some emoji), loaded through ExportSource and written in
// every format; then the W3C file imported into a second library with the same articles.
// Times are the best of three runs. export_10k_ms is the slowest format.
#include "benchcontext.h"

#include "anchoring/textanchoring.h"
#include "export/claimreviewexporter.h"
#include "export/csvexporter.h"
#include "export/htmlreportexporter.h"
#include "export/markdownexporter.h"
#include "interchange/w3cannotationexporter.h"
#include "interchange/w3cannotationimporter.h"
#include "storage/annotationstore.h"
#include "storage/articlewriter.h"
#include "storage/exportsource.h"
#include "storage/library.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <functional>

namespace glossa::bench {

namespace {

constexpr int kArticles = 500;
constexpr int kPerArticle = 20;
constexpr int kRuns = 3;

const QStringList kFrench = {
    "Le ministère de l'Équipement a annoncé mardi la mise en service du nouveau pont.",
    "Selon le communiqué officiel, le chantier aurait coûté 480 millions de dirhams.",
    "Plusieurs élus locaux évoquent un dépassement de près de 30 % du budget initial 😀.",
    "Le rapport de la Cour des comptes relevait déjà « des retards importants ».",
    "Interrogé par notre rédaction, le directeur régional affirme que tout est en ordre.",
};
const QStringList kArabic = {
    "أعلنت وزارة الصحة عن إطلاق حملة تلقيح وطنية تستهدف أكثر من مليوني طفل 👶🏽.",
    "وقال المتحدث باسم الوزارة إن الحملة ستستمر ثلاثة أسابيع في المناطق القروية.",
    "وأكد أن نسبة التغطية بلغت 92 في المائة العام الماضي حسب الأرقام الرسمية.",
};
const QStringList kVerdicts = {"unverified", "supported", "partly-supported", "disputed", "misleading", "false", "unverifiable"};
const QStringList kKinds = {"factual", "statistic", "quote", "attribution", "allegation", "opinion", "prediction"};

ParsedDocument makePage(int index)
{
    const bool arabic = index % 10 == 0;
    const QStringList &sentences = arabic ? kArabic : kFrench;
    ParsedPage page;
    page.title = QStringLiteral("Article %1 : <titre> & \"guillemets\"").arg(index);
    page.source = arabic ? QStringLiteral("الصباح اليومي") : QStringLiteral("Le Courrier du Nord");
    page.published = QDate(2025, 1, 1).addDays(index % 365);
    page.language = arabic ? QStringLiteral("ar") : QStringLiteral("fr");
    page.direction = arabic ? Qt::RightToLeft : Qt::LeftToRight;
    for (int p = 0; p < 12; ++p) {
        if (p % 4 == 3)
            page.blocks.append({ParsedBlock::Kind::Heading, QStringLiteral("Intertitre %1").arg(p)});
        QStringList paragraph;
        for (int s = 0; s < 4; ++s)
            paragraph << sentences.at((index + p * 3 + s) % sentences.size());
        page.blocks.append({ParsedBlock::Kind::Paragraph, paragraph.join(QLatin1Char(' '))});
    }
    ParsedDocument document;
    document.encoding = QStringLiteral("UTF-8");
    document.pages = {page};
    return document;
}

} // namespace

bool buildLibrary(Library &library, const QString &path, int articles, QList<qint64> *ids)
{
    QString error;
    if (!library.open(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    ArticleWriter writer(library.database());
    for (int i = 0; i < articles; ++i) {
        const WriteResult result = writer.write(QStringLiteral("page-%1.txt").arg(i), QByteArray::number(i), makePage(i));
        if (!result.ok())
            return false;
        if (ids)
            *ids += result.articleIds;
    }
    return true;
}

bool annotate(Library &library, const QList<qint64> &ids, int perArticle)
{
    QList<ExportedArticle> articles;
    ExportScope all;
    all.articleIds = ids;
    if (!ExportSource(library.database()).load(all, &articles))
        return false;
    QList<Annotation> batch;
    int n = 0;
    for (const ExportedArticle &exported : articles) {
        const QString &text = exported.article.text;
        const int step = int(text.size()) / (perArticle + 1);
        for (int a = 0; a < perArticle; ++a, ++n) {
            Annotation annotation;
            annotation.articleId = exported.article.id;
            const int start = a * step;
            annotation.anchor = TextAnchoring::makeAnchor(text, start, start + qMin(40, step - 1));
            annotation.tags = {QStringLiteral("tag%1").arg(n % 25), QStringLiteral("=formule")};
            annotation.note = QStringLiteral("Note %1 avec <balises>, \"guillemets\"\net une deuxième ligne.").arg(n);
            annotation.color = QStringLiteral("#81c784");
            if (n % 2 == 0) {
                Claim claim;
                claim.kind = kKinds.at(n % kKinds.size());
                claim.verdict = kVerdicts.at(n % kVerdicts.size());
                claim.claimant = QStringLiteral("Porte-parole %1").arg(n % 7);
                claim.evidence = QStringLiteral("https://example.org/%1\nArchive").arg(n);
                claim.confidence = 0.5;
                annotation.claim = claim;
            }
            batch.append(annotation);
        }
    }
    AnnotationStore annotationStore(library.database());
    if (!annotationStore.createAll(batch)) {
        std::fprintf(stderr, "%s\n", qPrintable(annotationStore.lastError()));
        return false;
    }
    return true;
}

namespace {

double bestOf(int runs, const std::function<void()> &work)
{
    double best = 1e300;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = qMin(best, timer.nsecsElapsed() / 1e6);
    }
    return roundMs(best);
}

} // namespace

void runExport(BenchContext &context)
{
    QTemporaryDir dir(QDir(context.workDir).filePath(QStringLiteral("export-XXXXXX")));
    Library library;
    QList<qint64> ids;
    if (!buildLibrary(library, dir.filePath("a.glossa"), kArticles, &ids) || !annotate(library, ids, kPerArticle))
        return context.fail(QStringLiteral("export"), QStringLiteral("cannot build the annotated library"));

    QList<ExportedArticle> data;
    ExportSource source(library.database());
    const double load = bestOf(kRuns, [&] { source.load(ExportScope(), &data); });
    int annotations = 0;
    for (const ExportedArticle &exported : data)
        annotations += int(exported.annotations.size());

    QJsonObject formats;
    QByteArray json;
    formats["markdown"] = bestOf(kRuns, [&] { MarkdownExporter().write(data); });
    formats["csv"] = bestOf(kRuns, [&] { CsvExporter().write(data); });
    formats["json"] = bestOf(kRuns, [&] { json = W3cAnnotationExporter().write(data); });
    formats["html"] = bestOf(kRuns, [&] { HtmlReportExporter().write(data); });
    formats["claimreview"] = bestOf(kRuns, [&] { ClaimReviewExporter().write(data); });
    double slowest = 0;
    for (const QJsonValue &ms : std::as_const(formats))
        slowest = qMax(slowest, ms.toDouble());

    // Import into a library with the same articles (one run: a second would find duplicates).
    Library target;
    if (!buildLibrary(target, dir.filePath("b.glossa"), kArticles))
        return context.fail(QStringLiteral("export"), QStringLiteral("cannot build the second library"));
    AnnotationImportReport report;
    const double import = bestOf(1, [&] { report = W3cAnnotationImporter(target.database()).importJson(json); });

    context.results.insert(QStringLiteral("export_10k_ms"), slowest);
    context.results.insert(QStringLiteral("export_10k_by_format_ms"), formats);
    context.results.insert(QStringLiteral("export_annotations"), annotations);
    context.results.insert(QStringLiteral("export_load_ms"), load);
    context.results.insert(QStringLiteral("import_annotations_10k_ms"), import);
    if (report.imported != annotations)
        context.fail(QStringLiteral("export"), QStringLiteral("%1 of %2 annotations imported back")
                                                   .arg(report.imported)
                                                   .arg(annotations));
}

} // namespace glossa::bench
