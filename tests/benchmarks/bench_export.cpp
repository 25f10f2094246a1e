// Export throughput: a library of 500 articles with 20 annotations each (10,000 annotations
// with tags, notes and claims, French and Arabic, some emoji), loaded through ExportSource and
// written in every format; then the W3C file imported into a second library with the same
// articles. Prints one JSON object; times are the best of --runs runs, in milliseconds.
//
//   bench-export [--articles N] [--per-article M] [--runs R]
#include "export/claimreviewexporter.h"
#include "export/csvexporter.h"
#include "export/htmlreportexporter.h"
#include "export/markdownexporter.h"
#include "export/w3cannotationexporter.h"
#include "export/w3cannotationimporter.h"
#include "anchoring/textanchoring.h"
#include "storage/annotationstore.h"
#include "storage/articlewriter.h"
#include "storage/exportsource.h"
#include "storage/library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>
#include <functional>

using namespace glossa;

namespace {

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

bool buildLibrary(Library &library, const QString &path, int articles, QList<qint64> *ids = nullptr)
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

double bestOf(int runs, const std::function<void()> &work)
{
    double best = 1e300;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = qMin(best, timer.nsecsElapsed() / 1e6);
    }
    return qRound(best * 10) / 10.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{"articles", "Articles in the library.", "N", "500"},
                       {"per-article", "Annotations per article.", "M", "20"},
                       {"runs", "Runs per measure (the best is kept).", "R", "3"}});
    parser.addHelpOption();
    parser.process(app);
    const int articles = parser.value("articles").toInt();
    const int perArticle = parser.value("per-article").toInt();
    const int runs = qMax(1, parser.value("runs").toInt());

    QTemporaryDir dir;
    Library library;
    QList<qint64> ids;
    if (!buildLibrary(library, dir.filePath("a.glossa"), articles, &ids) || !annotate(library, ids, perArticle))
        return 1;

    QList<ExportedArticle> data;
    ExportSource source(library.database());
    const double load = bestOf(runs, [&] { source.load(ExportScope(), &data); });
    int annotations = 0;
    for (const ExportedArticle &exported : data)
        annotations += int(exported.annotations.size());

    QJsonObject formats;
    QHash<QString, qint64> sizes;
    QByteArray json;
    formats["markdown"] = bestOf(runs, [&] { sizes["markdown"] = MarkdownExporter().write(data).size(); });
    formats["csv"] = bestOf(runs, [&] { sizes["csv"] = CsvExporter().write(data).size(); });
    formats["json"] = bestOf(runs, [&] { json = W3cAnnotationExporter().write(data); });
    formats["html"] = bestOf(runs, [&] { sizes["html"] = HtmlReportExporter().write(data).size(); });
    formats["claimreview"] = bestOf(runs, [&] { sizes["claimreview"] = ClaimReviewExporter().write(data).size(); });
    sizes["json"] = json.size();

    // Import into a library with the same articles (one run: a second would find duplicates).
    Library target;
    if (!buildLibrary(target, dir.filePath("b.glossa"), articles))
        return 1;
    AnnotationImportReport report;
    const double import = bestOf(1, [&] { report = W3cAnnotationImporter(target.database()).importJson(json); });

    QJsonObject bytes;
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it)
        bytes[it.key()] = it.value();
    const QJsonObject result{{"annotations", annotations},
                             {"articles", int(data.size())},
                             {"load_ms", load},
                             {"export_10k_ms", formats},
                             {"bytes", bytes},
                             {"import_json_ms", import},
                             {"imported", report.imported},
                             {"import_orphaned", report.orphaned}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return report.imported == annotations ? 0 : 1;
}
