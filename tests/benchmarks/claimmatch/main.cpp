// glossa-claimmatch-eval: precision and recall of claim matching on the labelled fixture
// (tests/data/claimmemory). Usage: glossa-claimmatch-eval [FIXTURE_DIR] [--mistakes]
#include "claimmatchfixture.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool mistakes = args.removeAll(QStringLiteral("--mistakes")) > 0;
    const QString folder = args.value(0, QStringLiteral(GLOSSA_TEST_DATA "/claimmemory"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto fixture = glossa::testing::ClaimMatchFixture::load(folder);
    if (!fixture.error.isEmpty() || fixture.claims.isEmpty()) {
        err << "glossa-claimmatch-eval: " << (fixture.error.isEmpty() ? QStringLiteral("no claims in ") + folder : fixture.error) << "\n";
        return 1;
    }
    const auto f = glossa::testing::ClaimMatchFigures::of(fixture);
    out << "claims " << fixture.claims.size() << ", sentences " << fixture.sentences.size() << "\n";
    out << QStringLiteral("repeats:    precision %1 (%2/%3), recall %4 (%5/%6)\n")
               .arg(f.copyPrecision(), 0, 'f', 3).arg(f.copyRight).arg(f.copyHits)
               .arg(f.repeatRecall(), 0, 'f', 3).arg(f.repeatsFound).arg(f.repeats);
    out << QStringLiteral("rewordings: precision %1 (%2/%3), recall %4 (%5/%6)\n")
               .arg(f.rewordPrecision(), 0, 'f', 3).arg(f.rewordRight).arg(f.rewordHits)
               .arg(f.rewordRecall(), 0, 'f', 3).arg(f.rewordedFound).arg(f.reworded);
    out << QStringLiteral("number-swapped traps matched: %1 of %2\n").arg(f.trapsMatched).arg(f.traps);
    out << QStringLiteral("unrelated-but-similar matched: %1; unrelated matched: %2\n").arg(f.similarMatched).arg(f.unrelatedMatched);
    if (mistakes) {
        for (const QString &line : f.mistakes)
            out << line << "\n";
    }
    return 0;
}
