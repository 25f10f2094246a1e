#include "review/agreementmath.h"

#include <QTest>

#include <initializer_list>
#include <optional>

using namespace glossa;

using Pairs = QList<QPair<QString, QString>>;
using Units = QList<QList<QString>>;
using Continuum = AgreementMath::UnitizedContinuum;
using Continua = QList<Continuum>;
using Segments = QList<QPair<int, int>>;
using Expected = std::optional<double>; // nullopt: the coefficient is undefined for this data

Q_DECLARE_METATYPE(Expected)
Q_DECLARE_METATYPE(Continuum)

namespace {

// Published figures are given to three decimals; anything closer than half a unit in the last
// place reproduces them.
constexpr double threeDecimals = 0.0005;

struct Cell
{
    const char *first;
    const char *second;
    int count;
};

// A two-coder contingency table, cell by cell, as the items it counts.
Pairs pairsFromTable(std::initializer_list<Cell> cells)
{
    Pairs pairs;
    for (const Cell &cell : cells) {
        for (int i = 0; i < cell.count; ++i)
            pairs.append({QString::fromLatin1(cell.first), QString::fromLatin1(cell.second)});
    }
    return pairs;
}

// Two coders' codes for the same items, one character per item.
Pairs pairsFromSequences(const QString &first, const QString &second)
{
    Pairs pairs;
    for (qsizetype i = 0; i < first.size(); ++i)
        pairs.append({first.mid(i, 1), second.mid(i, 1)});
    return pairs;
}

// Reliability data the way Krippendorff prints it: one row per coder, one column per unit,
// "." where a coder gave no value. Turned into units, with an empty string for each gap.
Units unitsFromCoderRows(const QStringList &rows)
{
    Units units;
    for (const QString &row : rows) {
        const QStringList values = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (units.isEmpty())
            units.resize(values.size());
        for (qsizetype unit = 0; unit < values.size(); ++unit)
            units[unit].append(values.at(unit) == QLatin1String(".") ? QString() : values.at(unit));
    }
    return units;
}

Units unitsFromPairs(const Pairs &pairs)
{
    Units units;
    for (const auto &[first, second] : pairs)
        units.append({first, second});
    return units;
}

// Krippendorff's (1995, p. 57) four two-coder unitizations of one continuum of 24, as ported in
// DKPro Statistics' Krippendorff1995Test.createExample: each segment as (offset, length), all
// of it multiplied by stretch (the continuum made finer, as in DKPro's testVaryingLengths).
Continuum krippendorff1995(char example, double stretch)
{
    const auto coder = [stretch](std::initializer_list<QPair<int, int>> offsetsAndLengths) {
        Segments segments;
        for (const auto &[offset, length] : offsetsAndLengths) {
            const int start = int(offset * stretch);
            segments.append({start, start + int(length * stretch)});
        }
        return segments;
    };
    Continuum continuum;
    continuum.length = int(24 * stretch);
    switch (example) {
    case 'A': // Bertha, Bill
        continuum.segmentsByCoder = {coder({{2, 8}, {14, 6}}), coder({{4, 4}, {15, 2}})};
        break;
    case 'B': // John, Jill: Jill's units touch, and stay seven units
        continuum.segmentsByCoder = {coder({{0, 18}}),
                                     coder({{0, 2}, {2, 1}, {3, 1}, {4, 1}, {5, 1}, {6, 3}, {9, 1}})};
        break;
    case 'C': // Gerret, Gill
        continuum.segmentsByCoder = {coder({{2, 6}, {10, 2}, {14, 4}, {20, 2}}),
                                     coder({{0, 2}, {4, 4}, {10, 4}, {16, 2}, {20, 2}})};
        break;
    default: // 'D', Heather and Hill: no gaps at all, only where the units end differs
        continuum.segmentsByCoder = {coder({{0, 2}, {2, 8}, {10, 4}, {14, 6}, {20, 4}}),
                                     coder({{0, 4}, {4, 4}, {8, 7}, {15, 2}, {17, 7}})};
        break;
    }
    return continuum;
}

// The same, digitized: one code per position of the continuum of 24, 1 inside a unit.
const QString bertha = QStringLiteral("001111111100001111110000");
const QString bill = QStringLiteral("000011110000000110000000");
const QString gerret = QStringLiteral("001111110011001111001100");
const QString gill = QStringLiteral("110011110011110011001100");

// Krippendorff (2004, p. 254), as ported in DKPro Statistics' Krippendorff2004Test (unitizing):
// a continuum [150, 450), shifted here to [0, 300), two coders and two categories.
Continuum krippendorff2004Category(char category)
{
    if (category == 'c') // DKPro's (offset, length): (225,70) (370,30) / (220,80) (355,20) (400,20)
        return {300, {{{75, 145}, {220, 250}}, {{70, 150}, {205, 225}, {250, 270}}}};
    // 'k': (180,60) (300,50) for both coders
    return {300, {{{30, 90}, {150, 200}}, {{30, 90}, {150, 200}}}};
}

QByteArray describe(double actual, double expected)
{
    return QByteArray::number(actual, 'f', 6) + " expected " + QByteArray::number(expected, 'f', 6);
}

} // namespace

class TestAgreement : public QObject
{
    Q_OBJECT

private slots:
    void cohensKappa_data();
    void cohensKappa();
    void kappaIgnoresCoderOrder();

    void krippendorffAlphaNominal_data();
    void krippendorffAlphaNominal();
    void missingValuesMayBeLeftOut();

    void unitizingDisagreement_data();
    void unitizingDisagreement();
    void unitizingAlpha_data();
    void unitizingAlpha();
    void continuaAreLaidEndToEnd();
    void segmentsAreFittedFirst();
};

void TestAgreement::cohensKappa_data()
{
    QTest::addColumn<Pairs>("pairs");
    QTest::addColumn<Expected>("kappa");

    // Wikipedia, "Cohen's kappa", simple example: 50 grant proposals read by A and B.
    // p_o = 35/50 = .7, p_e = .5 * .6 + .5 * .4 = .5, kappa = .2 / .5.
    QTest::newRow("wikipedia 50 proposals")
        << pairsFromTable({{"yes", "yes", 20}, {"yes", "no", 5}, {"no", "yes", 10}, {"no", "no", 15}})
        << Expected(0.4);
    // Wikipedia, "Cohen's kappa", same agreement (60 of 100) and different kappas:
    // p_e = .6 * .7 + .4 * .3 = .54, kappa = .06 / .46; then p_e = .6 * .3 + .4 * .7 = .46,
    // kappa = .14 / .54.
    QTest::newRow("wikipedia same agreement, balanced")
        << pairsFromTable({{"yes", "yes", 45}, {"yes", "no", 15}, {"no", "yes", 25}, {"no", "no", 15}})
        << Expected(0.1304);
    QTest::newRow("wikipedia same agreement, unbalanced")
        << pairsFromTable({{"yes", "yes", 25}, {"yes", "no", 35}, {"no", "yes", 5}, {"no", "no", 35}})
        << Expected(0.2593);
    // Cohen (1960), p. 37, as in DKPro Statistics' Cohen1960Test.createExample1: p_o = .29 and
    // p_e = .35 are published; kappa = (.29 - .35) / .65, agreement below chance.
    QTest::newRow("cohen 1960 p37")
        << pairsFromTable({{"1", "1", 25}, {"1", "2", 12}, {"1", "3", 3}, {"2", "1", 13}, {"2", "2", 2},
                           {"2", "3", 15}, {"3", "1", 12}, {"3", "2", 16}, {"3", "3", 2}})
        << Expected(-0.0923);
    // Cohen (1960), p. 45 (DKPro Cohen1960Test.createExample2): kappa = .492.
    QTest::newRow("cohen 1960 p45")
        << pairsFromTable({{"1", "1", 88}, {"1", "2", 14}, {"1", "3", 18}, {"2", "1", 10}, {"2", "2", 40},
                           {"2", "3", 10}, {"3", "1", 2}, {"3", "2", 6}, {"3", "3", 12}})
        << Expected(0.492);
    // Krippendorff (2004), p. 246 (DKPro coding Krippendorff2004Test.createExample4a/4b): the
    // same agreement twice; kappa rewards the second pair of coders for disagreeing
    // systematically (pi stays at .186 for both).
    QTest::newRow("krippendorff 2004 p246 a")
        << pairsFromTable({{"a", "a", 12}, {"a", "b", 9}, {"a", "c", 9}, {"b", "a", 9}, {"b", "b", 14},
                           {"b", "c", 9}, {"c", "a", 9}, {"c", "b", 9}, {"c", "c", 20}})
        << Expected(0.186);
    QTest::newRow("krippendorff 2004 p246 b")
        << pairsFromTable({{"a", "a", 12}, {"a", "b", 18}, {"a", "c", 18}, {"b", "b", 14}, {"b", "c", 18},
                           {"c", "c", 20}})
        << Expected(0.258);
    // Krippendorff (1995), the unitizations A and C digitized (DKPro unitizing
    // Krippendorff1995Test.testDigitizedAgreement): kappa = .385 and .314.
    QTest::newRow("krippendorff 1995 A digitized") << pairsFromSequences(bertha, bill) << Expected(0.385);
    QTest::newRow("krippendorff 1995 C digitized") << pairsFromSequences(gerret, gill) << Expected(0.314);
    // Hand-computed, the binary data of Krippendorff (2004, p. 224): p_o = 6/10, first coder
    // 2 ones and 8 zeros, second 4 and 6, p_e = (2*4 + 8*6) / 100; kappa = 4 / 44.
    QTest::newRow("krippendorff 2004 p224 binary")
        << pairsFromSequences(QStringLiteral("1100000000"), QStringLiteral("0110010100")) << Expected(0.0909);

    QTest::newRow("perfect agreement") << pairsFromTable({{"quote", "quote", 3}, {"opinion", "opinion", 2}})
                                       << Expected(1.0);
    // p_o = 0 and p_e = .5: as far below chance as two categories allow.
    QTest::newRow("perfect disagreement") << pairsFromTable({{"a", "b", 4}, {"b", "a", 4}}) << Expected(-1.0);
    // Each coder used one category, not the same one: p_e = 0, so kappa is simply p_o.
    QTest::newRow("one category each, different") << pairsFromTable({{"false", "disputed", 5}}) << Expected(0.0);

    QTest::newRow("no pairs") << Pairs() << Expected();
    // Both coders put everything in one and the same category: p_e = 1, kappa is 0/0.
    QTest::newRow("one category for both") << pairsFromTable({{"factual", "factual", 7}}) << Expected();
}

void TestAgreement::cohensKappa()
{
    QFETCH(Pairs, pairs);
    QFETCH(Expected, kappa);
    const Expected actual = AgreementMath::cohensKappa(pairs);
    QCOMPARE(actual.has_value(), kappa.has_value());
    if (kappa)
        QVERIFY2(qAbs(*actual - *kappa) < threeDecimals, describe(*actual, *kappa).constData());
}

void TestAgreement::kappaIgnoresCoderOrder()
{
    // Who is "first" is an accident of the database's order; kappa must not depend on it.
    Pairs swapped;
    const Pairs pairs = pairsFromSequences(gerret, gill);
    for (const auto &[first, second] : pairs)
        swapped.append({second, first});
    QCOMPARE(AgreementMath::cohensKappa(swapped), AgreementMath::cohensKappa(pairs));
}

void TestAgreement::krippendorffAlphaNominal_data()
{
    QTest::addColumn<Units>("units");
    QTest::addColumn<Expected>("alpha");

    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 coders,
    // 12 units, missing values, nominal alpha = .743. The same data is Krippendorff (2004,
    // p. 230), DKPro coding Krippendorff2004Test.createExample3. Unit 12 has a single value and
    // is not pairable.
    QTest::newRow("krippendorff 2011 four coders, missing values")
        << unitsFromCoderRows({QStringLiteral("1 2 3 3 2 1 4 1 2 . . ."), QStringLiteral("1 2 3 3 2 2 4 1 2 5 . 3"),
                               QStringLiteral(". 3 3 3 2 3 4 2 2 5 1 ."), QStringLiteral("1 2 3 3 2 4 4 1 2 5 1 .")})
        << Expected(0.743);
    // Krippendorff (2011), section A, and (2004, p. 224): two coders, binary, no missing values;
    // alpha = 1 - (n-1) o_01 / (n_0 n_1) = 1 - 19 * 4 / (14 * 6) = .095.
    QTest::newRow("krippendorff 2011 two coders, binary")
        << unitsFromCoderRows({QStringLiteral("0 1 0 0 0 0 0 0 1 0"), QStringLiteral("1 1 1 0 0 1 0 0 0 0")})
        << Expected(0.095);
    // Krippendorff (2004, p. 227), DKPro coding Krippendorff2004Test.createExample2: two coders,
    // three values, alpha = .734.
    QTest::newRow("krippendorff 2004 p227 three values")
        << unitsFromCoderRows({QStringLiteral("a a b b b b b c c c c c"), QStringLiteral("a b b b b b c c c c c c")})
        << Expected(0.734);
    // Krippendorff (1980, p. 139), DKPro coding Krippendorff1980Test.createExample2: three
    // coders, nine units, no missing values, alpha = .642.
    QTest::newRow("krippendorff 1980 three coders")
        << unitsFromCoderRows({QStringLiteral("1 1 2 4 1 2 1 3 2"), QStringLiteral("1 2 2 4 4 2 2 3 2"),
                               QStringLiteral("1 2 2 4 4 2 3 3 2")})
        << Expected(0.642);
    // Wikipedia, "Krippendorff's alpha", a computational example: 3 coders, 15 units, many
    // missing values (unit 2 and unit 14 have none), nominal alpha = .691.
    QTest::newRow("wikipedia computational example")
        << unitsFromCoderRows({QStringLiteral(". . . . . 3 4 1 2 1 1 3 3 . 3"),
                               QStringLiteral("1 . 2 1 3 3 4 3 . . . . . . ."),
                               QStringLiteral(". . 2 1 3 4 4 . 2 1 1 3 3 . 4")})
        << Expected(0.691);
    // Krippendorff (1995), unitization A digitized (DKPro unitizing Krippendorff1995Test):
    // alpha = .329, against kappa's .385 for the same data.
    QTest::newRow("krippendorff 1995 A digitized") << unitsFromPairs(pairsFromSequences(bertha, bill))
                                                   << Expected(0.329);

    QTest::newRow("perfect agreement, three coders")
        << unitsFromCoderRows({QStringLiteral("false supported . disputed"), QStringLiteral("false supported x ."),
                               QStringLiteral("false . . disputed")})
        << Expected(1.0);

    QTest::newRow("no units") << Units() << Expected();
    QTest::newRow("nothing pairable")
        << unitsFromCoderRows({QStringLiteral("a . c"), QStringLiteral(". b .")}) << Expected();
    // Every pairable value in one category: D_e = 0. The lone "b" is not pairable.
    QTest::newRow("one category")
        << unitsFromCoderRows({QStringLiteral("a a b"), QStringLiteral("a a .")}) << Expected();
}

void TestAgreement::krippendorffAlphaNominal()
{
    QFETCH(Units, units);
    QFETCH(Expected, alpha);
    const Expected actual = AgreementMath::krippendorffAlphaNominal(units);
    QCOMPARE(actual.has_value(), alpha.has_value());
    if (alpha)
        QVERIFY2(qAbs(*actual - *alpha) < threeDecimals, describe(*actual, *alpha).constData());
}

void TestAgreement::missingValuesMayBeLeftOut()
{
    // The two ways of writing a unit give the same alpha: with a placeholder for each coder
    // who gave nothing, or with only the values present.
    const Units withPlaceholders = unitsFromCoderRows(
        {QStringLiteral("1 2 3 3 2 1 4 1 2 . . ."), QStringLiteral("1 2 3 3 2 2 4 1 2 5 . 3"),
         QStringLiteral(". 3 3 3 2 3 4 2 2 5 1 ."), QStringLiteral("1 2 3 3 2 4 4 1 2 5 1 .")});
    Units valuesOnly;
    for (const QList<QString> &unit : withPlaceholders) {
        QList<QString> present;
        for (const QString &value : unit) {
            if (!value.isEmpty())
                present.append(value);
        }
        valuesOnly.append(present);
    }
    QCOMPARE(AgreementMath::krippendorffAlphaNominal(valuesOnly),
             AgreementMath::krippendorffAlphaNominal(withPlaceholders));
}

void TestAgreement::unitizingDisagreement_data()
{
    QTest::addColumn<Continua>("continua");
    QTest::addColumn<double>("observed");
    QTest::addColumn<Expected>("expected"); // nullopt where the source gives D_o only
    QTest::addColumn<double>("tolerance");

    // Krippendorff (2004, p. 254), DKPro unitizing Krippendorff2004Test.testCategoryAgreement:
    // D_o = .0144 and D_e = .0532 for category c, D_o = 0 and D_e = .0490 for k.
    QTest::newRow("krippendorff 2004 c")
        << Continua{krippendorff2004Category('c')} << 0.0144 << Expected(0.0532) << 0.0001;
    QTest::newRow("krippendorff 2004 k")
        << Continua{krippendorff2004Category('k')} << 0.0 << Expected(0.0490) << 0.0001;
    // DKPro UnitizingAgreementTest.createExample: one long unit against three short ones.
    QTest::newRow("dkpro one against three")
        << Continua{{10, {{{1, 9}}, {{2, 3}, {4, 5}, {6, 7}}}}} << 0.9100 << Expected(0.5351) << 0.0001;
    // Krippendorff (1995), DKPro Krippendorff1995Test.testAgreement: observed disagreement of
    // the four examples on the continuum of 24, given there to five decimals.
    QTest::newRow("krippendorff 1995 A") << Continua{krippendorff1995('A', 1)} << 0.03125 << Expected()
                                         << threeDecimals;
    QTest::newRow("krippendorff 1995 B") << Continua{krippendorff1995('B', 1)} << 2.26736 << Expected()
                                         << threeDecimals;
    QTest::newRow("krippendorff 1995 C") << Continua{krippendorff1995('C', 1)} << 0.02777 << Expected()
                                         << threeDecimals;
    QTest::newRow("krippendorff 1995 D") << Continua{krippendorff1995('D', 1)} << 0.38715 << Expected()
                                         << threeDecimals;
    // DKPro Krippendorff1995Test.testVaryingLengths: example C on a continuum of 12, where DKPro
    // pins D_e to five decimals (.05494), and on 1,200,000, where Krippendorff's own
    // approximation (.08642) is only matched within DKPro's tolerance of .005.
    QTest::newRow("krippendorff 1995 C on 12") << Continua{krippendorff1995('C', 0.5)} << 0.02777 << Expected(0.05494)
                                               << threeDecimals;
    QTest::newRow("krippendorff 1995 C on 1,200,000")
        << Continua{krippendorff1995('C', 50000)} << 0.02777 << Expected(0.08642) << 0.005;
    // DKPro testAgreement on 1,200,000: D_e of A (.06990) and D (.41445) are matched to the
    // published five decimals, B within DKPro's .005.
    QTest::newRow("krippendorff 1995 A on 1,200,000")
        << Continua{krippendorff1995('A', 50000)} << 0.03125 << Expected(0.06990) << threeDecimals;
    QTest::newRow("krippendorff 1995 B on 1,200,000")
        << Continua{krippendorff1995('B', 50000)} << 2.26736 << Expected(1.17731) << 0.005;
    QTest::newRow("krippendorff 1995 D on 1,200,000")
        << Continua{krippendorff1995('D', 50000)} << 0.38715 << Expected(0.41445) << threeDecimals;

    // Hand-computed: L = 10, coder 1 marks [2,6), coder 2 marks [3,6).
    //   D_o: the units overlap, (2-3)^2 + (6-6)^2 = 1; gaps against gaps cost nothing.
    //        Both orders of the pair: 2 / (m(m-1) L^2) = 2 / 200 = .01.
    //   D_e: units 4 and 3 (N = 2, sum l(l-1) = 12 + 6 = 18); gaps 2, 4 and 3, 4.
    //        l = 4: (N-1)(2*64 - 3*16 + 4)/3 = 28, gaps >= 4: (1 + 1) * 16 = 32  -> 60
    //        l = 3: (N-1)(2*27 - 3*9 + 3)/3 = 10, gaps >= 3: (1 + 2 + 2) * 9 = 45 -> 55
    //        (2/L) * 115 / (mL(mL-1) - 18) = 23 / 362 = .06354
    //   alpha_u = 1 - .01 / .06354 = .843
    QTest::newRow("hand: one unit each")
        << Continua{{10, {{{2, 6}}, {{3, 6}}}}} << 0.01 << Expected(0.06354) << 0.00001;
    // Hand-computed, two articles: the one above, and L = 6 where coder 1 marks [1,3) and
    // coder 2 nothing. L = 16 in all.
    //   D_o: 1 from the first article; [1,3) lies inside coder 2's gap [0,6): 2^2 = 4.
    //        2 * 5 / (2 * 16^2) = 10 / 512 = .01953
    //   D_e: units 4, 3, 2 (N = 3, sum l(l-1) = 20); gaps 2, 4, 3, 4 and 1, 3, 6 (the first
    //        article's trailing gaps do not run on into the second article).
    //        l = 4: 2 * 84/3 = 56, gaps >= 4: (1 + 1 + 3) * 16 = 80            -> 136
    //        l = 3: 2 * 30/3 = 20, gaps >= 3: (2 + 1 + 2 + 1 + 4) * 9 = 90     -> 110
    //        l = 2: 2 * 6/3 = 4, gaps >= 2: (1 + 3 + 2 + 3 + 2 + 5) * 4 = 64  -> 68
    //        (2/16) * 314 / (32 * 31 - 20) = 39.25 / 972 = .04038
    //   alpha_u = 1 - .01953 / .04038 = .516
    QTest::newRow("hand: two articles")
        << Continua{{10, {{{2, 6}}, {{3, 6}}}}, {6, {{{1, 3}}, {}}}} << 0.01953 << Expected(0.04038) << 0.00001;
}

void TestAgreement::unitizingDisagreement()
{
    QFETCH(Continua, continua);
    QFETCH(double, observed);
    QFETCH(Expected, expected);
    QFETCH(double, tolerance);
    const auto actual = AgreementMath::unitizingDisagreement(continua);
    QVERIFY(actual);
    QVERIFY2(qAbs(actual->observed - observed) < tolerance, describe(actual->observed, observed).constData());
    if (expected)
        QVERIFY2(qAbs(actual->expected - *expected) < tolerance, describe(actual->expected, *expected).constData());
}

void TestAgreement::unitizingAlpha_data()
{
    QTest::addColumn<Continua>("continua");
    QTest::addColumn<Expected>("alpha");
    QTest::addColumn<double>("tolerance");

    // Krippendorff (2004, p. 254), DKPro unitizing Krippendorff2004Test.testCategoryAgreement:
    // alpha_c = .7286, and k, marked identically by both coders, 1.
    QTest::newRow("krippendorff 2004 c") << Continua{krippendorff2004Category('c')} << Expected(0.7286)
                                         << threeDecimals;
    QTest::newRow("krippendorff 2004 k") << Continua{krippendorff2004Category('k')} << Expected(1.0)
                                         << threeDecimals;
    // DKPro UnitizingAgreementTest.testAgreement: worse than chance.
    QTest::newRow("dkpro one against three")
        << Continua{{10, {{{1, 9}}, {{2, 3}, {4, 5}, {6, 7}}}}} << Expected(-0.7003) << threeDecimals;
    // DKPro UnitizingAgreementTest.testSingleAnnotationUnit: one coder of three marks one
    // character; D_o and D_e are both 1/600, alpha_u is 0.
    QTest::newRow("dkpro single unit, three coders")
        << Continua{{20, {{{0, 1}}, {}, {}}}} << Expected(0.0) << threeDecimals;
    // DKPro Krippendorff1995Test.testVaryingLengths: C on a continuum of 12, alpha = .494.
    QTest::newRow("krippendorff 1995 C on 12") << Continua{krippendorff1995('C', 0.5)} << Expected(0.494)
                                               << threeDecimals;
    // DKPro Krippendorff1995Test.testAgreement: Krippendorff's published alphas for the four
    // examples, which DKPro itself matches within .02 only (it suspects a slip in the 1995
    // paper's D_e); A and D agree to three decimals.
    QTest::newRow("krippendorff 1995 A") << Continua{krippendorff1995('A', 50000)} << Expected(0.553)
                                         << threeDecimals;
    QTest::newRow("krippendorff 1995 B") << Continua{krippendorff1995('B', 50000)} << Expected(-0.926) << 0.02;
    QTest::newRow("krippendorff 1995 C") << Continua{krippendorff1995('C', 50000)} << Expected(0.679) << 0.02;
    QTest::newRow("krippendorff 1995 D") << Continua{krippendorff1995('D', 50000)} << Expected(0.066)
                                         << threeDecimals;
    // Hand-computed above, in unitizingDisagreement_data.
    QTest::newRow("hand: one unit each") << Continua{{10, {{{2, 6}}, {{3, 6}}}}} << Expected(0.843) << threeDecimals;
    QTest::newRow("hand: two articles") << Continua{{10, {{{2, 6}}, {{3, 6}}}}, {6, {{{1, 3}}, {}}}}
                                        << Expected(0.516) << threeDecimals;

    QTest::newRow("perfect agreement, three coders, two articles")
        << Continua{{12, {{{2, 5}, {7, 9}}, {{2, 5}, {7, 9}}, {{2, 5}, {7, 9}}}}, {5, {{}, {}, {}}}}
        << Expected(1.0) << threeDecimals;

    QTest::newRow("no continua") << Continua() << Expected() << 0.0;
    QTest::newRow("nothing marked") << Continua{{10, {{}, {}}}, {4, {{}, {}}}} << Expected() << 0.0;
    // A unit without length weighs nothing (DKPro's issue about zero-length-only studies).
    QTest::newRow("only empty segments") << Continua{{10, {{{3, 3}}, {{4, 2}}}}} << Expected() << 0.0;
    QTest::newRow("one coder") << Continua{{10, {{{2, 6}}}}} << Expected() << 0.0;
    QTest::newRow("coder counts differ") << Continua{{10, {{{2, 6}}, {{3, 6}}}}, {10, {{{2, 6}}, {}, {}}}}
                                         << Expected() << 0.0;
    // Every character a unit of one, for both coders: no gap to place a unit in, and a unit
    // of one against another costs nothing by chance, so D_e is 0.
    QTest::newRow("no expected disagreement") << Continua{{2, {{{0, 1}, {1, 2}}, {{0, 1}, {1, 2}}}}}
                                              << Expected() << 0.0;
}

void TestAgreement::unitizingAlpha()
{
    QFETCH(Continua, continua);
    QFETCH(Expected, alpha);
    QFETCH(double, tolerance);
    const Expected actual = AgreementMath::krippendorffUnitizingAlpha(continua);
    QCOMPARE(actual.has_value(), alpha.has_value());
    if (alpha)
        QVERIFY2(qAbs(*actual - *alpha) < tolerance, describe(*actual, *alpha).constData());
}

void TestAgreement::continuaAreLaidEndToEnd()
{
    // Where both coders' units reach the border between two articles, no gap is cut there, and
    // the two articles are exactly one continuum of their joint length (the units touching at
    // the border staying two).
    const Continua twoArticles{{6, {{{2, 6}}, {{3, 6}}}}, {5, {{{0, 2}}, {{0, 3}}}}};
    const Continua oneContinuum{{11, {{{2, 6}, {6, 8}}, {{3, 6}, {6, 9}}}}};
    const auto split = AgreementMath::unitizingDisagreement(twoArticles);
    const auto joined = AgreementMath::unitizingDisagreement(oneContinuum);
    QVERIFY(split && joined);
    QVERIFY2(qAbs(split->observed - joined->observed) < 1e-12, describe(split->observed, joined->observed).constData());
    QVERIFY2(qAbs(split->expected - joined->expected) < 1e-12, describe(split->expected, joined->expected).constData());
    // And the order of the articles is no part of it.
    const Continua reversed{twoArticles.at(1), twoArticles.at(0)};
    const auto alpha = AgreementMath::krippendorffUnitizingAlpha(twoArticles);
    const auto alphaReversed = AgreementMath::krippendorffUnitizingAlpha(reversed);
    QVERIFY(alpha && alphaReversed);
    QVERIFY2(qAbs(*alpha - *alphaReversed) < 1e-12, describe(*alphaReversed, *alpha).constData());
}

void TestAgreement::segmentsAreFittedFirst()
{
    // Unsorted, overlapping, outside the article and empty segments count as their fit form:
    // clipped to [0, 20), overlaps merged, empties dropped; [12,14) and [14,16) only touch and
    // stay two units.
    const Continua raw{{20, {{{14, 16}, {5, 9}, {-3, 2}, {1, 3}, {12, 14}, {7, 8}, {10, 10}},
                             {{0, 4}, {6, 9}, {13, 25}}}}};
    const Continua fit{{20, {{{0, 3}, {5, 9}, {12, 14}, {14, 16}}, {{0, 4}, {6, 9}, {13, 20}}}}};
    const auto fromRaw = AgreementMath::unitizingDisagreement(raw);
    const auto fromFit = AgreementMath::unitizingDisagreement(fit);
    QVERIFY(fromRaw && fromFit);
    QCOMPARE(fromRaw->observed, fromFit->observed);
    QCOMPARE(fromRaw->expected, fromFit->expected);
    // Merging touching units would have changed the answer.
    const Continua merged{{20, {{{0, 3}, {5, 9}, {12, 16}}, {{0, 4}, {6, 9}, {13, 20}}}}};
    QVERIFY(AgreementMath::krippendorffUnitizingAlpha(merged) != AgreementMath::krippendorffUnitizingAlpha(fit));
}

QTEST_APPLESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
