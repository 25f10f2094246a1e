// Check-worthiness: ranking the sentences of a 30 KB article (French, then Arabic), with 500
// known names from the library. The article is written here from news-like sentences with
// varying figures, so that every feature fires as in a real report. The median of 21 runs.
#include "benchcontext.h"

#include "memory/checkworthiness.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace glossa::bench {

namespace {

QString article(const QStringList &templates, int bytes)
{
    QString text;
    int n = 0;
    while (text.toUtf8().size() < bytes) {
        const QString sentence = templates.at(n % templates.size()).arg(17 + n % 83).arg(1990 + n % 35);
        text += sentence + (n % 4 == 3 ? QStringLiteral("\n") : QStringLiteral(" "));
        ++n;
    }
    return text;
}

double medianRankMs(const CheckWorthiness &scorer, const QString &text, const QString &language, int *sentences)
{
    QList<double> times;
    for (int run = 0; run < 21; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QList<CheckWorthySentence> ranked = scorer.rank(text, language);
        times << timer.nsecsElapsed() / 1e6;
        *sentences = int(ranked.size());
    }
    return median(times);
}

} // namespace

void runCheckWorthiness(BenchContext &context)
{
    const QStringList french = {
        QStringLiteral("Selon le ministère, le chômage a reculé à %1,4 % en %2, un niveau inédit."),
        QStringLiteral("Les habitants du quartier suivent ces annonces avec une attention mêlée de lassitude."),
        QStringLiteral("Le projet aurait coûté %1 millions de dinars, deux fois plus que prévu en %2."),
        QStringLiteral("Le président de l'Autorité électorale, Mohamed Charfi, a affirmé qu'aucune fraude n'avait eu lieu."),
        QStringLiteral("Sur les rives du lac, les pêcheurs installent leurs cannes en attendant le soir."),
        QStringLiteral("La récolte a atteint %1 millions de tonnes, la plus importante depuis %2."),
        QStringLiteral("Le débat pourrait reprendre la semaine prochaine au Parlement."),
    };
    const QStringList arabic = {
        QStringLiteral("قال الوزير إن نسبة البطالة بلغت %1 في المئة عام %2."),
        QStringLiteral("توافد التلاميذ على مراكز الامتحان منذ الصباح الباكر."),
        QStringLiteral("خصصت الحكومة %1 مليون دولار للمشروع، وهو المبلغ الأكبر منذ %2."),
        QStringLiteral("وأكدت وزارة الصحة في غزة أن عدد الضحايا تجاوز %1 شخصا."),
        QStringLiteral("ربما تتحسن الأوضاع في الأيام المقبلة."),
        QStringLiteral("ارتفعت أسعار الخبز بنسبة %1٪ مقارنة بعام %2."),
    };
    QStringList names;
    for (int i = 0; i < 500; ++i)
        names << QStringLiteral("Outlet %1 Hebdo").arg(i) << QStringLiteral("Mohamed Charfi");
    const CheckWorthiness scorer(names);
    int sentences = 0;
    const QString fr = article(french, 30 * 1024);
    const double frMs = medianRankMs(scorer, fr, QStringLiteral("fr"), &sentences);
    context.results.insert(QStringLiteral("checkworthy_30kb_ms"), roundMs(frMs));
    context.results.insert(QStringLiteral("checkworthy_30kb_sentences"), sentences);
    const QString ar = article(arabic, 30 * 1024);
    const double arMs = medianRankMs(scorer, ar, QStringLiteral("ar"), &sentences);
    context.results.insert(QStringLiteral("checkworthy_30kb_ar_ms"), roundMs(arMs));
    context.results.insert(QStringLiteral("checkworthy_30kb_ar_sentences"), sentences);
}

} // namespace glossa::bench
