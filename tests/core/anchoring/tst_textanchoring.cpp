#include "anchoring/textanchoring.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <limits>

using namespace glossa;
using Status = AnchorResult::Status;

Q_DECLARE_METATYPE(glossa::AnchorResult::Status)

namespace {

// Start of the nth occurrence of needle in hay, or -1.
int nthIndex(const QString &hay, const QString &needle, int nth)
{
    int p = -1;
    for (int i = 0; i <= nth; ++i) {
        p = int(hay.indexOf(needle, p + 1));
        if (p < 0)
            return -1;
    }
    return p;
}

bool splitsPair(const QString &t, int pos)
{
    return pos > 0 && pos < t.size() && t[pos - 1].isHighSurrogate() && t[pos].isLowSurrogate();
}

// Properties every result must have, whatever its status.
void checkInvariants(const AnchorResult &r, const TextAnchor &stored, const QString &text)
{
    if (r.status == Status::Orphaned) {
        QCOMPARE(r.anchor, stored);
        QCOMPARE(r.score, 0.0);
        return;
    }
    QVERIFY(r.anchor.start >= 0);
    QVERIFY(r.anchor.start <= r.anchor.end);
    QVERIFY(r.anchor.end <= text.size());
    QVERIFY(!splitsPair(text, r.anchor.start));
    QVERIFY(!splitsPair(text, r.anchor.end));
    QCOMPARE(r.anchor.exact, text.mid(r.anchor.start, r.anchor.end - r.anchor.start));
    QCOMPARE(r.anchor.prefix, stored.prefix);
    QCOMPARE(r.anchor.suffix, stored.suffix);
    if (r.status == Status::Exact || r.status == Status::Moved) {
        QCOMPARE(r.anchor.exact, stored.exact);
        QCOMPARE(r.score, 1.0);
    } else {
        QVERIFY(r.score >= 0.5 && r.score <= 1.0);
    }
    if (r.status == Status::Exact) {
        QCOMPARE(r.anchor.start, stored.start);
        QCOMPARE(r.anchor.end, stored.end);
    }
}

const char *statusName(Status s)
{
    switch (s) {
    case Status::Exact: return "Exact";
    case Status::Moved: return "Moved";
    case Status::Fuzzy: return "Fuzzy";
    case Status::Orphaned: return "Orphaned";
    }
    return "?";
}

// Deterministic pseudo-news text with a large vocabulary so that 32 units of context usually
// make a quote unique, as in real articles.
QString makeCorpus(int size, quint32 seed, QStringList *vocabulary)
{
    QRandomGenerator rng(seed);
    const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyzéèàç");
    const QString arabic = QString::fromUtf8("ابتثجحخدذرزسشصضطظعغفقكلمنهوي");
    QStringList vocab;
    for (int i = 0; i < 3000; ++i) {
        const QString &alphabet = i % 5 == 0 ? arabic : letters;
        QString w;
        const int len = 2 + int(rng.bounded(9));
        for (int k = 0; k < len; ++k)
            w += alphabet[int(rng.bounded(alphabet.size()))];
        vocab << w;
    }
    QString text;
    text.reserve(size + 32);
    while (text.size() < size) {
        text += vocab[int(rng.bounded(vocab.size()))];
        const quint32 r = rng.bounded(20);
        text += r == 0 ? QStringLiteral(". ") : r == 1 ? QStringLiteral(", ") : QStringLiteral(" ");
    }
    text.truncate(size);
    if (vocabulary)
        *vocabulary = vocab;
    return text;
}

} // namespace

class TestTextAnchoring : public QObject
{
    Q_OBJECT

private slots:
    void makeAnchor_data();
    void makeAnchor();
    void reanchor_data();
    void reanchor();
    void storedRange_data();
    void storedRange();
    void emptyExact_data();
    void emptyExact();
    void longQuote_data();
    void longQuote();
    void batchMatchesSingle();
    void largeText_data();
    void largeText();
};

void TestTextAnchoring::makeAnchor_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("context");
    QTest::addColumn<int>("expStart");
    QTest::addColumn<int>("expEnd");
    QTest::addColumn<QString>("expPrefix");
    QTest::addColumn<QString>("expSuffix");

    const QString abc = QStringLiteral("0123456789abcdefghij");
    QTest::newRow("middle") << abc << 10 << 13 << 4 << 10 << 13 << "6789" << "defg";
    QTest::newRow("negative start clamped") << abc << -5 << 3 << 4 << 0 << 3 << "" << "3456";
    QTest::newRow("end past text clamped") << abc << 18 << 99 << 4 << 18 << 20 << "efgh" << "";
    QTest::newRow("reversed selection swapped") << abc << 13 << 10 << 4 << 10 << 13 << "6789"
                                                << "defg";
    QTest::newRow("short prefix at text start") << abc << 2 << 4 << 32 << 2 << 4 << "01"
                                                << "456789abcdefghij";
    QTest::newRow("zero context") << abc << 5 << 6 << 0 << 5 << 6 << "" << "";
    QTest::newRow("negative context is zero") << abc << 5 << 6 << -3 << 5 << 6 << "" << "";
    QTest::newRow("both out of range") << abc << 40 << 50 << 4 << 20 << 20 << "ghij" << "";
    QTest::newRow("empty text") << QString() << 0 << 5 << 32 << 0 << 0 << "" << "";

    // "ab😀cd😀ef": the emoji occupy units 2-3 and 6-7.
    const QString emoji = QString::fromUtf8("ab😀cd😀ef");
    QTest::newRow("start inside pair widened") << emoji << 3 << 5 << 2 << 2 << 5 << "ab"
                                               << "d";
    QTest::newRow("end inside pair widened") << emoji << 4 << 7 << 1 << 4 << 8 << ""
                                             << "e";
    QTest::newRow("prefix would cut a pair") << emoji << 4 << 5 << 1 << 4 << 5 << "" << "d";
    QTest::newRow("suffix would cut a pair") << emoji << 4 << 5 << 2 << 4 << 5 << QString::fromUtf8("😀")
                                             << "d";
    QTest::newRow("context of whole emoji") << emoji << 4 << 6 << 2 << 4 << 6
                                            << QString::fromUtf8("😀") << QString::fromUtf8("😀");
}

void TestTextAnchoring::makeAnchor()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(int, context);
    QFETCH(int, expStart);
    QFETCH(int, expEnd);
    QFETCH(QString, expPrefix);
    QFETCH(QString, expSuffix);

    const TextAnchor a = TextAnchoring::makeAnchor(text, start, end, context);
    QCOMPARE(a.start, expStart);
    QCOMPARE(a.end, expEnd);
    QCOMPARE(a.exact, text.mid(expStart, expEnd - expStart));
    QCOMPARE(a.prefix, expPrefix);
    QCOMPARE(a.suffix, expSuffix);
    // A fresh anchor is always found where it was made.
    if (!a.exact.isEmpty())
        QCOMPARE(TextAnchoring::reanchor(a, text).status, Status::Exact);
}

void TestTextAnchoring::reanchor_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("quote"); // selected in original
    QTest::addColumn<int>("nth");       // which occurrence of quote is selected
    QTest::addColumn<int>("context");
    QTest::addColumn<QString>("changed");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("found"); // expected text of the result span ("" when orphaned)
    QTest::addColumn<int>("foundNth");  // which occurrence of found in changed

    const QString fox = QStringLiteral("The quick brown fox jumps over the lazy dog near the river bank.");
    QTest::newRow("unchanged") << fox << "fox jumps over" << 0 << 32 << fox << Status::Exact
                               << "fox jumps over" << 0;
    QTest::newRow("unchanged at text start") << fox << "The quick" << 0 << 32 << fox
                                             << Status::Exact << "The quick" << 0;
    QTest::newRow("unchanged at text end") << fox << "river bank." << 0 << 32 << fox
                                           << Status::Exact << "river bank." << 0;
    QTest::newRow("whole text") << fox << fox << 0 << 32 << fox << Status::Exact << fox << 0;
    QTest::newRow("inserted before") << fox << "lazy dog" << 0 << 32
                                     << "Breaking news! " + fox << Status::Moved << "lazy dog" << 0;
    QTest::newRow("inserted after, context changed")
        << fox << "lazy dog" << 0 << 32
        << QStringLiteral("The quick brown fox jumps over the lazy dog, who sleeps, near the river bank.")
        << Status::Exact << "lazy dog" << 0;
    QTest::newRow("deleted before") << fox << "river bank" << 0 << 32
                                    << QStringLiteral("The fox jumps over the lazy dog near the river bank.")
                                    << Status::Moved << "river bank" << 0;
    QTest::newRow("text start quote, text prepended") << fox << "The quick" << 0 << 32
                                                      << "Update: " + fox << Status::Moved
                                                      << "The quick" << 0;

    const QString twice = QStringLiteral("Paris said the tax rises. London said the tax falls.");
    QTest::newRow("twice, context picks second") << twice << "the tax" << 1 << 32
                                                 << "Today. " + twice << Status::Moved << "the tax" << 1;
    QTest::newRow("twice, context picks first") << twice << "the tax" << 0 << 32
                                                << "Today, in short. " + twice << Status::Moved
                                                << "the tax" << 0;
    QTest::newRow("twice, swapped sentences")
        << twice << "the tax" << 1 << 32
        << QStringLiteral("London said the tax falls. Paris said the tax rises.")
        << Status::Moved << "the tax" << 0;
    // Identical context within 2 units: the occurrence nearest the old start wins.
    const QString same = QStringLiteral("a xyz b ---- a xyz b ---- a xyz b");
    QTest::newRow("equal context, nearest wins")
        << same << "xyz" << 1 << 2 << "++" + same << Status::Moved << "xyz" << 1;
    QTest::newRow("equal context, nearest after deletion")
        << same << "xyz" << 2 << 2 << same.mid(3) << Status::Moved << "xyz" << 1;
    QTest::newRow("old position holds the other occurrence")
        << QStringLiteral("xx quote yy. zz quote ww.") << "quote" << 1 << 32
        << QStringLiteral("zz quote ww. xx quote yy.") << Status::Moved << "quote" << 0;

    const QString gov = QStringLiteral("Officials confirmed on Monday that the government will raise fuel taxes next year, "
                                       "despite strong protests from farmers.");
    QTest::newRow("word changed inside quote")
        << gov << "the government will raise fuel taxes" << 0 << 32
        << QString(gov).replace("raise", "increase") << Status::Fuzzy
        << "the government will increase fuel taxes" << 0;
    QTest::newRow("word changed and text inserted before")
        << gov << "the government will raise fuel taxes" << 0 << 32
        << "PARIS (AFP) - " + QString(gov).replace("fuel", "diesel") << Status::Fuzzy
        << "the government will raise diesel taxes" << 0;
    QTest::newRow("word changed, context rewritten")
        << gov << "the government will raise fuel taxes next year" << 0 << 32
        << QStringLiteral("A short introduction sentence comes first here. Sources said the government would raise "
                          "fuel taxes next year; the farmers are angry.")
        << Status::Fuzzy << "the government would raise fuel taxes next year" << 0;
    QTest::newRow("punctuation changed")
        << gov << "next year, despite strong protests" << 0 << 32
        << QString(gov).replace("year, despite", "year despite") << Status::Fuzzy
        << "next year despite strong protests" << 0;
    QTest::newRow("double space") << gov << "raise fuel taxes" << 0 << 32
                                  << QString(gov).replace("fuel taxes", "fuel  taxes")
                                  << Status::Fuzzy << "raise fuel  taxes" << 0;
    QTest::newRow("nbsp instead of space")
        << gov << "raise fuel taxes" << 0 << 32
        << QString(gov).replace("raise fuel", QString::fromUtf8("raise\u00a0fuel")) << Status::Fuzzy
        << QString::fromUtf8("raise\u00a0fuel taxes") << 0;
    QTest::newRow("line break instead of space")
        << gov << "will raise fuel" << 0 << 32
        << QString(gov).replace("will raise", "will\nraise") << Status::Fuzzy << "will\nraise fuel"
        << 0;
    QTest::newRow("quote deleted") << gov << "despite strong protests from farmers" << 0 << 32
                                   << QStringLiteral("Officials confirmed on Monday that the government will raise fuel taxes next year.")
                                   << Status::Orphaned << "" << 0;
    QTest::newRow("text emptied") << gov << "fuel taxes" << 0 << 32 << QString()
                                  << Status::Orphaned << "" << 0;
    QTest::newRow("unrelated text") << gov << "raise fuel taxes" << 0 << 32
                                    << QStringLiteral("Le match a été reporté à cause de la pluie battante.")
                                    << Status::Orphaned << "" << 0;

    const QString ar = QString::fromUtf8("قالت الحكومة يوم الاثنين إنها سترفع الضرائب على الوقود في العام المقبل رغم احتجاجات المزارعين.");
    QTest::newRow("arabic unchanged") << ar << QString::fromUtf8("سترفع الضرائب") << 0 << 32 << ar
                                      << Status::Exact << QString::fromUtf8("سترفع الضرائب") << 0;
    QTest::newRow("arabic inserted before")
        << ar << QString::fromUtf8("الضرائب على الوقود") << 0 << 32
        << QString::fromUtf8("عاجل: ") + ar << Status::Moved << QString::fromUtf8("الضرائب على الوقود") << 0;
    QTest::newRow("arabic word changed")
        << ar << QString::fromUtf8("سترفع الضرائب على الوقود") << 0 << 32
        << QString(ar).replace(QString::fromUtf8("الوقود"), QString::fromUtf8("البنزين")) << Status::Fuzzy
        << QString::fromUtf8("سترفع الضرائب على البنزين") << 0;
    QTest::newRow("arabic tatweel added")
        << ar << QString::fromUtf8("احتجاجات المزارعين") << 0 << 32
        << QString(ar).replace(QString::fromUtf8("المزارعين"), QString::fromUtf8("المـزارعين")) << Status::Fuzzy
        << QString::fromUtf8("احتجاجات المـزارعين") << 0;

    const QString mixed = QString::fromUtf8("Le ministre a déclaré : « الوضع تحت السيطرة » avant de quitter la salle.");
    QTest::newRow("mixed unchanged") << mixed << QString::fromUtf8("« الوضع تحت السيطرة »") << 0 << 32
                                     << mixed << Status::Exact << QString::fromUtf8("« الوضع تحت السيطرة »") << 0;
    QTest::newRow("mixed moved") << mixed << QString::fromUtf8("تحت السيطرة » avant") << 0 << 32
                                 << QString::fromUtf8("Mise à jour. ") + mixed << Status::Moved
                                 << QString::fromUtf8("تحت السيطرة » avant") << 0;
    QTest::newRow("mixed with bidi marks added")
        << mixed << QString::fromUtf8("الوضع تحت السيطرة") << 0 << 32
        << QString(mixed).replace(QString::fromUtf8("الوضع "), QString::fromUtf8("الوضع\u200f ")) << Status::Fuzzy
        << QString::fromUtf8("الوضع\u200f تحت السيطرة") << 0;

    const QString emo = QString::fromUtf8("😀 Fans cheered 🎉 as the team won 🏆");
    QTest::newRow("emoji at both ends of quote")
        << emo << QString::fromUtf8("🎉 as the team won 🏆") << 0 << 32 << "Live: " + emo
        << Status::Moved << QString::fromUtf8("🎉 as the team won 🏆") << 0;
    QTest::newRow("emoji at text start, word changed")
        << emo << QString::fromUtf8("😀 Fans cheered") << 0 << 32
        << QString(emo).replace("cheered", "cheering") << Status::Fuzzy
        << QString::fromUtf8("😀 Fans cheering") << 0;
    QTest::newRow("emoji context, quote changed at the end")
        << emo << QString::fromUtf8("as the team won 🏆") << 0 << 32
        << QString(emo).replace(QString::fromUtf8("won 🏆"), QString::fromUtf8("won 🥇")) << Status::Fuzzy
        << QString::fromUtf8("as the team won 🥇") << 0;
    QTest::newRow("emoji context, short context")
        << emo << "Fans" << 0 << 1 << QString::fromUtf8("🎉") + emo << Status::Moved << "Fans" << 0;
}

void TestTextAnchoring::reanchor()
{
    QFETCH(QString, original);
    QFETCH(QString, quote);
    QFETCH(int, nth);
    QFETCH(int, context);
    QFETCH(QString, changed);
    QFETCH(Status, status);
    QFETCH(QString, found);
    QFETCH(int, foundNth);

    const int start = nthIndex(original, quote, nth);
    QVERIFY2(start >= 0, "bad test row: quote not in original");
    const TextAnchor stored = TextAnchoring::makeAnchor(original, start, start + int(quote.size()), context);
    QCOMPARE(stored.exact, quote);

    const AnchorResult r = TextAnchoring::reanchor(stored, changed);
    QVERIFY2(r.status == status,
             qPrintable(QStringLiteral("status %1, expected %2; span [%3,%4) \"%5\" score %6")
                            .arg(statusName(r.status), statusName(status))
                            .arg(r.anchor.start).arg(r.anchor.end).arg(r.anchor.exact).arg(r.score)));
    checkInvariants(r, stored, changed);
    if (QTest::currentTestFailed())
        return;
    if (status != Status::Orphaned) {
        const int expStart = nthIndex(changed, found, foundNth);
        QVERIFY2(expStart >= 0, "bad test row: found not in changed");
        QCOMPARE(r.anchor.exact, found);
        QCOMPARE(r.anchor.start, expStart);
    }
}

void TestTextAnchoring::storedRange_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<Status>("status");
    // "lazy" is at 35..39 in the text below.
    QTest::newRow("consistent") << 35 << 39 << Status::Exact;
    QTest::newRow("negative start") << -10 << -6 << Status::Moved;
    QTest::newRow("past the end") << 500 << 504 << Status::Moved;
    QTest::newRow("end before start") << 39 << 35 << Status::Moved;
    QTest::newRow("end out of range") << 35 << 9999 << Status::Moved;
    QTest::newRow("huge values") << std::numeric_limits<int>::max() - 1
                                 << std::numeric_limits<int>::max() << Status::Moved;
}

void TestTextAnchoring::storedRange()
{
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(Status, status);
    const QString text = QStringLiteral("The quick brown fox jumps over the lazy dog.");
    TextAnchor stored;
    stored.start = start;
    stored.end = end;
    stored.exact = QStringLiteral("lazy");
    stored.prefix = QStringLiteral("over the ");
    stored.suffix = QStringLiteral(" dog.");
    const AnchorResult r = TextAnchoring::reanchor(stored, text);
    QCOMPARE(r.status, status);
    checkInvariants(r, stored, text);
    QCOMPARE(r.anchor.start, 35);
    QCOMPARE(r.anchor.end, 39);
}

void TestTextAnchoring::emptyExact_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("exact");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::newRow("empty exact") << "some text" << "" << 2 << 2;
    QTest::newRow("empty exact, empty text") << "" << "" << 0 << 0;
    QTest::newRow("empty exact, wide range") << "some text" << "" << 0 << 9;
    QTest::newRow("whitespace quote gone") << "sometext" << "  " << 4 << 6;
}

void TestTextAnchoring::emptyExact()
{
    QFETCH(QString, text);
    QFETCH(QString, exact);
    QFETCH(int, start);
    QFETCH(int, end);
    TextAnchor stored;
    stored.start = start;
    stored.end = end;
    stored.exact = exact;
    const AnchorResult r = TextAnchoring::reanchor(stored, text);
    QCOMPARE(r.status, Status::Orphaned);
    checkInvariants(r, stored, text);
}

void TestTextAnchoring::longQuote_data()
{
    QTest::addColumn<QString>("edit"); // how the long quote is changed
    QTest::addColumn<Status>("status");
    QTest::newRow("unchanged") << "none" << Status::Exact;
    QTest::newRow("moved") << "prepend" << Status::Moved;
    QTest::newRow("word changed") << "word" << Status::Fuzzy;
    QTest::newRow("word changed, moved, context lost") << "word+context" << Status::Fuzzy;
    QTest::newRow("sentence removed") << "cut" << Status::Fuzzy;
}

void TestTextAnchoring::longQuote()
{
    QFETCH(QString, edit);
    QFETCH(Status, status);
    const QString body = makeCorpus(20000, 7, nullptr);
    const int qs = 5000;
    const int qe = 9000; // a 4000-unit quote: past every edit-distance budget
    const TextAnchor stored = TextAnchoring::makeAnchor(body, qs, qe);
    QString changed = body;
    int expStart = qs;
    if (edit == QLatin1String("prepend")) {
        changed.prepend(QStringLiteral("Correction appended at the top. "));
        expStart += 32;
    } else if (edit == QLatin1String("word")) {
        changed.replace(7000, 5, QStringLiteral("CHANGED"));
    } else if (edit == QLatin1String("word+context")) {
        changed.replace(7000, 5, QStringLiteral("CHANGED"));
        changed.replace(qe, 40, QStringLiteral("new suffix text"));
        changed.replace(qs - 40, 40, QStringLiteral("a new prefix text and more of it"));
        changed.prepend(QStringLiteral("xx "));
        expStart = qs - 40 + 32 + 3;
    } else if (edit == QLatin1String("cut")) {
        changed.remove(6000, 300);
    }
    const AnchorResult r = TextAnchoring::reanchor(stored, changed);
    QCOMPARE(r.status, status);
    checkInvariants(r, stored, changed);
    // Approximate edges may drift by a unit or two at word boundaries.
    QVERIFY2(std::abs(r.anchor.start - expStart) <= 2, qPrintable(QString::number(r.anchor.start)));
    QVERIFY(r.score >= 0.75);
}

void TestTextAnchoring::batchMatchesSingle()
{
    const QString text = makeCorpus(5000, 3, nullptr);
    QList<TextAnchor> anchors;
    for (int i = 0; i < 40; ++i)
        anchors << TextAnchoring::makeAnchor(text, i * 120, i * 120 + 40);
    QString changed = text;
    changed.replace(1000, 3, QStringLiteral("  x\u00a0"));
    changed.prepend(QStringLiteral("Intro. "));
    const QList<AnchorResult> batch = TextAnchoring::reanchor(anchors, changed);
    QCOMPARE(batch.size(), anchors.size());
    for (int i = 0; i < anchors.size(); ++i) {
        const AnchorResult single = TextAnchoring::reanchor(anchors[i], changed);
        QCOMPARE(batch[i].status, single.status);
        QCOMPARE(batch[i].anchor, single.anchor);
        QCOMPARE(batch[i].score, single.score);
    }
}

void TestTextAnchoring::largeText_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::newRow("unchanged") << "unchanged";
    QTest::newRow("prepended") << "prepended";
    QTest::newRow("edited") << "edited";
    QTest::newRow("replaced") << "replaced";
}

// Correctness on an article-sized text; the elapsed time is printed, not asserted, because
// machines differ.
void TestTextAnchoring::largeText()
{
    QFETCH(QString, scenario);
    const QString text = makeCorpus(100 * 1024, 42, nullptr);
    QRandomGenerator rng(1234);
    QList<TextAnchor> anchors;
    for (int i = 0; i < 500; ++i) {
        const int start = int(rng.bounded(int(text.size()) - 200));
        anchors << TextAnchoring::makeAnchor(text, start, start + 10 + int(rng.bounded(120)));
    }

    QString changed = text;
    const QString lead = QStringLiteral("EDITOR'S NOTE: this article was updated. ");
    QList<int> editedAnchors;
    if (scenario == QLatin1String("prepended")) {
        changed.prepend(lead);
    } else if (scenario == QLatin1String("replaced")) {
        // Another article altogether: every anchor goes through the whole fuzzy path and fails,
        // the worst case for time.
        changed = makeCorpus(100 * 1024, 4242, nullptr);
    } else if (scenario == QLatin1String("edited")) {
        // One changed letter in the middle of every tenth quote, from the end so earlier
        // offsets stay valid; quotes overlapping an edited one are left out of the check.
        for (int i = 0; i < anchors.size(); i += 10)
            editedAnchors << i;
        std::sort(editedAnchors.begin(), editedAnchors.end(), [&](int a, int b) {
            return anchors[a].start > anchors[b].start;
        });
        for (int i : editedAnchors) {
            const int mid = (anchors[i].start + anchors[i].end) / 2;
            changed[mid] = changed[mid] == QLatin1Char('#') ? QLatin1Char('%') : QLatin1Char('#');
        }
    }

    QElapsedTimer timer;
    timer.start();
    const QList<AnchorResult> results = TextAnchoring::reanchor(anchors, changed);
    const qint64 batchMs = timer.elapsed();
    // One call per anchor rebuilds the normalised text for each fuzzy anchor; it is skipped
    // where every anchor is fuzzy-searched, to keep the suite quick in unoptimised builds.
    qint64 singleMs = -1;
    if (scenario != QLatin1String("replaced")) {
        timer.restart();
        for (const TextAnchor &a : anchors)
            TextAnchoring::reanchor(a, changed);
        singleMs = timer.elapsed();
    }
    qDebug("%s: 500 anchors on %lld units: batch %lld ms, one by one %lld ms",
           qPrintable(scenario), qlonglong(changed.size()), qlonglong(batchMs), qlonglong(singleMs));

    int counts[4] = {0, 0, 0, 0};
    for (int i = 0; i < anchors.size(); ++i) {
        const AnchorResult &r = results[i];
        ++counts[int(r.status)];
        checkInvariants(r, anchors[i], changed);
        if (QTest::currentTestFailed())
            return;
        if (scenario == QLatin1String("unchanged")) {
            QCOMPARE(r.status, Status::Exact);
        } else if (scenario == QLatin1String("replaced")) {
            QCOMPARE(r.status, Status::Orphaned);
        } else if (scenario == QLatin1String("prepended")) {
            QCOMPARE(r.status, Status::Moved);
            QCOMPARE(r.anchor.start, anchors[i].start + int(lead.size()));
        } else if (editedAnchors.contains(i)) {
            QCOMPARE(r.status, Status::Fuzzy);
            QVERIFY(std::abs(r.anchor.start - anchors[i].start) <= 1);
            QVERIFY(std::abs(r.anchor.end - anchors[i].end) <= 1);
        } else {
            // Untouched quotes that overlap an edited one become fuzzy too; all stay put.
            QVERIFY(r.status != Status::Orphaned);
            QVERIFY(std::abs(r.anchor.start - anchors[i].start) <= 1);
        }
    }
    qDebug("%s: exact %d, moved %d, fuzzy %d, orphaned %d", qPrintable(scenario), counts[0],
           counts[1], counts[2], counts[3]);
}

QTEST_APPLESS_MAIN(TestTextAnchoring)
#include "tst_textanchoring.moc"
