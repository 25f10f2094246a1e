#pragma once

// The library every export test works on, built in code: a French article, an Arabic one and
// an undated one with only an article note, full of hostile text (markup, formula starts,
// quotes, newlines, tabs, bidi overrides, emoji). Ids and timestamps are fixed so that the
// exports are byte-for-byte reproducible (goldens in tests/data/export/).

#include "anchoring/textanchoring.h"
#include "model/exportdata.h"
#include "model/parsedpage.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/articlewriter.h"
#include "storage/exportsource.h"
#include "storage/library.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace glossa::testing {

inline ParsedBlock paragraph(const QString &text) { return {ParsedBlock::Kind::Paragraph, text}; }
inline ParsedBlock heading(const QString &text) { return {ParsedBlock::Kind::Heading, text}; }

inline ParsedPage frenchPage()
{
    ParsedPage page;
    page.title = QStringLiteral("Pont « Sebou » : <script>alert('x')</script> & co");
    page.source = QStringLiteral("Le Courrier du Nord");
    page.published = QDate(2025, 3, 3);
    page.language = QStringLiteral("fr");
    page.blocks = {
        paragraph(QStringLiteral("Le ministère a annoncé mardi la mise en service du pont, un ouvrage de 1,2 km.")),
        paragraph(QStringLiteral("Selon le communiqué, le chantier aurait coûté 480 millions de dirhams — "
                                 "un montant contesté 😀 par les élus.")),
        heading(QStringLiteral("# Un chantier *sous* surveillance")),
        paragraph(QStringLiteral("=HYPERLINK(\"x\") apparaît dans un tableur ; 1. ce n'est pas une liste, "
                                 "> ni une citation, | ni | un tableau |.")),
        paragraph(QStringLiteral("Le directeur affirme : « tous les délais ont été respectés » </textarea> fin.")),
    };
    return page;
}

inline ParsedPage arabicPage()
{
    ParsedPage page;
    page.title = QStringLiteral("وزارة الصحة تطلق حملة \u202Eتلقيح\u202C وطنية");
    page.source = QStringLiteral("الصباح اليومي");
    page.published = QDate(2025, 4, 15);
    page.language = QStringLiteral("ar");
    page.direction = Qt::RightToLeft;
    page.blocks = {
        paragraph(QStringLiteral("أعلنت وزارة الصحة عن إطلاق حملة تلقيح وطنية تستهدف أكثر من مليوني طفل 👶🏽 "
                                 "في المناطق القروية.")),
        heading(QStringLiteral("التغطية")),
        paragraph(QStringLiteral("وقال المتحدث باسم الوزارة إن نسبة التغطية بلغت 92 في المائة العام الماضي.")),
    };
    return page;
}

inline ParsedPage undatedPage()
{
    ParsedPage page;
    page.title = QStringLiteral("Sans source ni date");
    page.blocks = {paragraph(QStringLiteral("Un texte brut sans ligne de provenance."))};
    return page;
}

struct FixtureAnnotation
{
    int article = 0; // 0 French, 1 Arabic
    QString quote;
    QString color;
    QStringList tags;
    QString note;
    std::optional<Claim> claim;
    bool orphaned = false;
};

inline Claim makeClaim(const QString &kind, const QString &verdict, const QString &claimant = QString(),
                       const QString &evidence = QString(), std::optional<double> confidence = std::nullopt)
{
    Claim claim;
    claim.kind = kind;
    claim.verdict = verdict;
    claim.claimant = claimant;
    claim.evidence = evidence;
    claim.confidence = confidence;
    return claim;
}

inline QList<FixtureAnnotation> fixtureAnnotations()
{
    return {
        {0, QStringLiteral("480 millions de dirhams"), QStringLiteral("#ffd54f"),
         {QStringLiteral("budget"), QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("chiffres; clés")},
         QStringLiteral("Vérifier le montant.\nDeuxième ligne avec *étoiles* et _soulignés_\n\n- pas une liste"),
         makeClaim(QStringLiteral("statistic"), QStringLiteral("disputed"), QStringLiteral("Élus \"locaux\", opposition"),
                   QStringLiteral("https://example.org/rapport\nCour des comptes, p. 12"), 0.8)},
        {0, QStringLiteral("contesté 😀 par les élus"), QStringLiteral("#81c784"), {QStringLiteral("emoji 😀")},
         QStringLiteral("-1 @mention +plus\ttab"), std::nullopt},
        {0, QStringLiteral("=HYPERLINK(\"x\") apparaît"), QStringLiteral("#64b5f6"), {},
         QStringLiteral("<script>alert(1)</script>"), makeClaim(QStringLiteral("factual"), QStringLiteral("false"))},
        {0, QStringLiteral("« tous les délais ont été respectés » </textarea>"), QStringLiteral("#f48fb1"),
         {QStringLiteral("citation")}, QStringLiteral("\u202Eevil\u202C reversed? [lien](javascript:x) `code` # titre"),
         makeClaim(QStringLiteral("quote"), QStringLiteral("misleading"), QStringLiteral("Le Courrier du Nord"))},
        {0, QStringLiteral("un passage disparu depuis"), QStringLiteral("#ffb74d"), {}, QStringLiteral("orphelin"),
         std::nullopt, true},
        {1, QStringLiteral("مليوني طفل 👶🏽 في المناطق"), QStringLiteral("#ffd54f"), {QStringLiteral("صحة")},
         QStringLiteral("ملاحظة: رقم <b>مهم</b>"),
         makeClaim(QStringLiteral("statistic"), QStringLiteral("supported"), QStringLiteral("وزارة الصحة"))},
        {1, QStringLiteral("92 في المائة"), QStringLiteral("#81c784"), {QStringLiteral("إحصاء"), QStringLiteral("\u202Ebidi")},
         QString(), makeClaim(QStringLiteral("statistic"), QStringLiteral("unverified"))},
    };
}

inline QDateTime fixtureTime(int minutes)
{
    return QDateTime(QDate(2025, 5, 1), QTime(9, 0), Qt::UTC).addSecs(minutes * 60);
}

// A library with the three fixture articles; annotations added when withAnnotations.
class ExportFixture
{
public:
    bool build(bool withAnnotations = true)
    {
        if (!m_dir.isValid() || !m_library.open(m_dir.filePath(QStringLiteral("fixture.glossa"))))
            return false;
        ArticleWriter writer(m_library.database());
        const QList<ParsedPage> pages = {frenchPage(), arabicPage(), undatedPage()};
        const QStringList files = {QStringLiteral("pont-sebou.txt"), QStringLiteral("tlqih.txt"), QStringLiteral("brut.txt")};
        for (int i = 0; i < pages.size(); ++i) {
            ParsedDocument document;
            document.encoding = QStringLiteral("UTF-8");
            document.pages = {pages.at(i)};
            const WriteResult result = writer.write(files.at(i), files.at(i).toUtf8(), document);
            if (!result.ok() || result.articleIds.size() != 1)
                return false;
            m_articleIds << result.articleIds.first();
        }
        ArticleStore articles(m_library.database());
        articles.setTags(m_articleIds.at(0), {QStringLiteral("pont"), QStringLiteral("une")});
        articles.setNote(m_articleIds.at(0), QStringLiteral("Article suivi.\n> pas une citation"));
        articles.setNote(m_articleIds.at(2), QStringLiteral("Note d'article : [lien](javascript:alert(1)) <img src=x>"));
        return !withAnnotations || addAnnotations();
    }

    static Analyst fixtureAnalyst(const QString &name, int number)
    {
        return {QStringLiteral("00000000-0000-4000-9000-%1").arg(number, 12, 10, QLatin1Char('0')), name, {}, {}};
    }

    bool addAnnotations()
    {
        AnnotationStore store(m_library.database());
        ArticleStore articles(m_library.database());
        const QList<FixtureAnnotation> fixtures = fixtureAnnotations();
        for (int i = 0; i < fixtures.size(); ++i) {
            const FixtureAnnotation &fixture = fixtures.at(i);
            const qint64 articleId = m_articleIds.at(fixture.article);
            const QString text = articles.article(articleId)->text;
            Annotation annotation;
            annotation.id = 100 + i;
            annotation.articleId = articleId;
            if (fixture.orphaned) {
                annotation.anchor = {12, 37, fixture.quote, QStringLiteral("avant "), QStringLiteral(" après")};
                annotation.orphaned = true;
            } else {
                const int start = int(text.indexOf(fixture.quote));
                if (start < 0) {
                    qWarning("fixture quote not found: %s", qPrintable(fixture.quote));
                    return false;
                }
                annotation.anchor = TextAnchoring::makeAnchor(text, start, start + int(fixture.quote.size()));
            }
            annotation.color = fixture.color;
            annotation.tags = fixture.tags;
            annotation.note = fixture.note;
            annotation.claim = fixture.claim;
            annotation.created = fixtureTime(i);
            annotation.modified = fixtureTime(i + 30);
            // Pinned, so that the files are the same on every run; two analysts, as on a desk.
            annotation.uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(100 + i, 12, 10, QLatin1Char('0'));
            annotation.analyst = i % 3 == 2 ? fixtureAnalyst(QStringLiteral("Youssef Benali"), 2)
                                            : fixtureAnalyst(QStringLiteral("Amina El Idrissi"), 1);
            if (!store.restore(annotation)) {
                qWarning("fixture annotation refused: %s", qPrintable(store.lastError()));
                return false;
            }
        }
        return true;
    }

    // Everything in scope, import times pinned so the output does not depend on today.
    QList<ExportedArticle> load(const ExportScope &scope = {}) const
    {
        QList<ExportedArticle> articles;
        ExportSource source(m_library.database());
        if (!source.load(scope, &articles))
            qWarning("ExportSource: %s", qPrintable(source.lastError()));
        for (ExportedArticle &exported : articles)
            exported.article.provenance.importedAt = fixtureTime(-60);
        return articles;
    }

    QSqlDatabase database() const { return m_library.database(); }
    const QList<qint64> &articleIds() const { return m_articleIds; }
    QString path() const { return m_library.path(); }

private:
    QTemporaryDir m_dir;
    Library m_library;
    QList<qint64> m_articleIds;
};

// Compares bytes with tests/data/export/<name>; GLOSSA_UPDATE_GOLDENS=1 rewrites the golden
// instead (then review the diff with git before committing).
inline bool matchesGolden(const QByteArray &actual, const QString &name, QString *message)
{
    const QString path = QStringLiteral(GLOSSA_TEST_DATA "/export/") + name;
    if (qEnvironmentVariableIntValue("GLOSSA_UPDATE_GOLDENS") == 1) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *message = QStringLiteral("cannot write %1").arg(path);
            return false;
        }
        file.write(actual);
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *message = QStringLiteral("no golden %1 (run with GLOSSA_UPDATE_GOLDENS=1 to create it)").arg(path);
        return false;
    }
    const QByteArray expected = file.readAll();
    if (expected == actual)
        return true;
    int at = 0;
    while (at < expected.size() && at < actual.size() && expected.at(at) == actual.at(at))
        ++at;
    *message = QStringLiteral("%1 differs from its golden at byte %2: expected \"%3\", got \"%4\"")
                   .arg(name)
                   .arg(at)
                   .arg(QString::fromUtf8(expected.mid(at, 60)), QString::fromUtf8(actual.mid(at, 60)));
    return false;
}

} // namespace glossa::testing
