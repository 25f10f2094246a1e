// glossa-checkworthy-eval: mean average precision of the check-worthiness ranking on the labelled
// fixture (tests/data/checkworthy), against two baselines: the longest sentence first and the
// sentence with the most digits first. Usage: glossa-checkworthy-eval [FIXTURE_FOLDER...]
// (default: the fixture, then its held-out part, written after the cues and weights were frozen).
#include "checkworthyevaluation.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace glossa::evaluation;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QStringList folders = args.size() > 1 ? args.mid(1)
                                                : QStringList{QStringLiteral(GLOSSA_TEST_DATA "/checkworthy"),
                                                              QStringLiteral(GLOSSA_TEST_DATA "/checkworthy/heldout")};
    QTextStream out(stdout);
    for (const QString &folder : folders) {
        QString error;
        const QList<LabelledArticle> articles = readFixture(folder, &error);
        if (articles.isEmpty()) {
            QTextStream(stderr) << "glossa-checkworthy-eval: " << (error.isEmpty() ? QStringLiteral("no articles") : error)
                                << '\n';
            return 1;
        }
        out << folder << '\n' << "language\tarticles\tsentences\tworth\tcheck-worthiness\tlength\tdigits\n";
        for (const QString &language : {QStringLiteral("fr"), QStringLiteral("ar"), QStringLiteral("en"), QString()}) {
            int count = 0;
            int sentences = 0;
            int worth = 0;
            for (const LabelledArticle &article : articles) {
                if (language.isEmpty() || article.language == language) {
                    ++count;
                    sentences += int(article.sentences.size());
                    for (const LabelledSentence &sentence : article.sentences)
                        worth += sentence.worth;
                }
            }
            out << (language.isEmpty() ? QStringLiteral("all") : language) << '\t' << count << '\t' << sentences << '\t'
                << worth << '\t' << QString::number(meanAveragePrecision(articles, checkWorthinessScores, language), 'f', 3)
                << '\t' << QString::number(meanAveragePrecision(articles, lengthScores, language), 'f', 3) << '\t'
                << QString::number(meanAveragePrecision(articles, digitScores, language), 'f', 3) << '\n';
        }
    }
    return 0;
}
