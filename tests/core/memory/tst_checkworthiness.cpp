#include "memory/checkworthiness.h"

#include <QTest>

using namespace glossa;

// Each feature in each language: a sentence that has it and one, as close as can be, that does
// not; then the ranking itself (order, ranges, ties) and the known names from the library.
class TestCheckWorthiness : public QObject
{
    Q_OBJECT

private:
    static void addRow(const char *name, const QString &language, const QString &sentence, const QString &feature,
                       bool expected)
    {
        QTest::newRow(name) << language << sentence << feature << expected;
    }

private slots:
    void feature_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("feature");
        QTest::addColumn<bool>("expected");
        const QString fr = QStringLiteral("fr");
        const QString ar = QStringLiteral("ar");
        const QString en = QStringLiteral("en");
        const QString number = QStringLiteral("number");
        const QString percentage = QStringLiteral("percentage");
        const QString money = QStringLiteral("money");
        const QString date = QStringLiteral("date");
        const QString entity = QStringLiteral("entity");
        const QString comparative = QStringLiteral("comparative");
        const QString superlative = QStringLiteral("superlative");
        const QString attribution = QStringLiteral("attribution");
        const QString hedge = QStringLiteral("hedge");

        // number
        addRow("fr number digits", fr, QStringLiteral("Le projet a coûté la vie à 37 ouvriers."), number, true);
        addRow("fr number words", fr, QStringLiteral("Des milliers de manifestants ont défilé."), number, true);
        addRow("fr no number", fr, QStringLiteral("Les manifestants ont défilé dans le calme."), number, false);
        addRow("ar number digits", ar, QStringLiteral("قتل 37 عاملا في الحادث."), number, true);
        addRow("ar number indic digits", ar, QStringLiteral("قتل ٣٧ عاملا في الحادث."), number, true);
        addRow("ar number words", ar, QStringLiteral("خرج آلاف المتظاهرين إلى الشوارع."), number, true);
        addRow("ar no number", ar, QStringLiteral("خرج المتظاهرون إلى الشوارع بهدوء."), number, false);
        addRow("en number", en, QStringLiteral("The fire destroyed 120 homes."), number, true);
        addRow("en no number", en, QStringLiteral("The fire destroyed many homes."), number, false);
        addRow("ar percentage in words is no plain number", ar, QStringLiteral("ارتفعت الأسعار 12 في المئة."), number, false);
        addRow("fr percentage is no plain number", fr, QStringLiteral("Le chômage atteint 7,3 % de la population."), number, false);

        // percentage
        addRow("fr percentage sign", fr, QStringLiteral("Le chômage atteint 7,3 % de la population."), percentage, true);
        addRow("fr percentage words", fr, QStringLiteral("Les prix ont grimpé de 12 pour cent."), percentage, true);
        addRow("fr no percentage", fr, QStringLiteral("Les prix ont grimpé de 12 euros."), percentage, false);
        addRow("ar percentage sign", ar, QStringLiteral("بلغت نسبة البطالة 31٪ العام الماضي."), percentage, true);
        addRow("ar percentage words", ar, QStringLiteral("ارتفعت الأسعار 12 في المئة."), percentage, true);
        addRow("ar percentage glued", ar, QStringLiteral("ارتفعت الأسعار بـ12% خلال شهر."), percentage, true);
        addRow("ar no percentage", ar, QStringLiteral("ارتفعت الأسعار خلال الشهر."), percentage, false);
        addRow("en percentage", en, QStringLiteral("Turnout fell to 41 percent."), percentage, true);
        addRow("en no percentage", en, QStringLiteral("Turnout fell to 41 thousand."), percentage, false);

        // money
        addRow("fr money words", fr, QStringLiteral("L'État a versé 5 millions d'euros aux agriculteurs."), money, true);
        addRow("fr money sign", fr, QStringLiteral("Le billet coûte désormais 45 € en moyenne."), money, true);
        addRow("fr currency without figure", fr, QStringLiteral("L'euro s'est renforcé face au dollar."), money, false);
        addRow("ar money", ar, QStringLiteral("خصصت الحكومة 300 مليون دولار للمشروع."), money, true);
        addRow("ar money dinars", ar, QStringLiteral("بلغت قيمة الصفقة 20 مليار دينار."), money, true);
        addRow("ar no money", ar, QStringLiteral("خصصت الحكومة أرضا للمشروع."), money, false);
        addRow("en money sign", en, QStringLiteral("The contract is worth $4.5 billion."), money, true);
        addRow("en money words", en, QStringLiteral("Officials spent millions of dollars on the campaign."), money, true);
        addRow("en no money", en, QStringLiteral("Officials spent weeks on the campaign."), money, false);

        // date
        addRow("fr date month", fr, QStringLiteral("Le sommet s'est tenu le 12 mars à Alger."), date, true);
        addRow("fr date year", fr, QStringLiteral("La loi date de 2019."), date, true);
        addRow("fr date slashes", fr, QStringLiteral("Le décret du 03/05/2021 est abrogé."), date, true);
        addRow("fr no date", fr, QStringLiteral("Le sommet s'est tenu à Alger."), date, false);
        addRow("ar date month", ar, QStringLiteral("عقدت القمة في 12 مارس بالجزائر."), date, true);
        addRow("ar date maghreb month", ar, QStringLiteral("صدر القانون في جويلية الماضي."), date, true);
        addRow("ar no date", ar, QStringLiteral("عقدت القمة بالجزائر."), date, false);
        addRow("en date", en, QStringLiteral("The summit was held on 12 March."), date, true);
        addRow("en no date", en, QStringLiteral("The summit was held in the capital."), date, false);
        addRow("fr year is no number", fr, QStringLiteral("La loi date de 2019."), number, false);

        // entity
        addRow("fr entity", fr, QStringLiteral("La visite de Kaïs Saïed a été reportée."), entity, true);
        addRow("fr entity acronym", fr, QStringLiteral("Le rapport de l'OMS est attendu."), entity, true);
        addRow("fr no entity", fr, QStringLiteral("La visite du président a été reportée."), entity, false);
        addRow("fr sentence start is no entity", fr, QStringLiteral("Demain, la visite sera reportée."), entity, false);
        addRow("fr capital after colon is no entity", fr, QStringLiteral("Il a tranché : Rien ne change."), entity, false);
        addRow("ar entity title", ar, QStringLiteral("قال الرئيس إن الزيارة تأجلت."), entity, true);
        addRow("ar entity country", ar, QStringLiteral("وصل الوفد إلى الجزائر مساء."), entity, true);
        addRow("ar no entity", ar, QStringLiteral("وصل الوفد مساء."), entity, false);
        addRow("en entity", en, QStringLiteral("The plan was approved by Olaf Scholz."), entity, true);
        addRow("en no entity", en, QStringLiteral("The plan was approved by the minister."), entity, false);

        // comparative
        addRow("fr comparative plus de", fr, QStringLiteral("Plus de 300 familles ont été relogées."), comparative, true);
        addRow("fr comparative hausse", fr, QStringLiteral("Les ventes sont en hausse cette année."), comparative, true);
        addRow("fr comparative inflected", fr, QStringLiteral("Les loyers ont augmenté dans la capitale."), comparative, true);
        addRow("fr no comparative", fr, QStringLiteral("Les ventes sont stables cette année."), comparative, false);
        addRow("ar comparative elative", ar, QStringLiteral("سجلت الشركة أرباحا أكثر من العام الماضي."), comparative, true);
        addRow("ar comparative change", ar, QStringLiteral("تراجعت الصادرات هذا العام."), comparative, true);
        addRow("ar no comparative", ar, QStringLiteral("استقرت الصادرات هذا العام."), comparative, false);
        addRow("en comparative", en, QStringLiteral("Prices are higher than last year."), comparative, true);
        addRow("en comparative verb", en, QStringLiteral("Exports declined sharply."), comparative, true);
        addRow("en no comparative", en, QStringLiteral("Prices are steady this year."), comparative, false);

        // superlative
        addRow("fr superlative", fr, QStringLiteral("C'est la plus grande centrale du continent."), superlative, true);
        addRow("fr superlative record", fr, QStringLiteral("La chaleur a atteint un niveau record."), superlative, true);
        addRow("fr no superlative", fr, QStringLiteral("C'est une grande centrale."), superlative, false);
        addRow("ar superlative definite", ar, QStringLiteral("هذه المحطة هي الأكبر في القارة."), superlative, true);
        addRow("ar superlative construct", ar, QStringLiteral("تعد أكبر محطة في القارة."), superlative, true);
        addRow("ar superlative unprecedented", ar, QStringLiteral("سجلت الحرارة مستوى غير مسبوق."), superlative, true);
        addRow("ar comparative is no superlative", ar, QStringLiteral("المحطة أكبر من سابقتها."), superlative, false);
        addRow("ar no superlative", ar, QStringLiteral("هذه محطة كبيرة."), superlative, false);
        addRow("en superlative", en, QStringLiteral("It is the largest plant in Africa."), superlative, true);
        addRow("en superlative most", en, QStringLiteral("It is the most expensive plant."), superlative, true);
        addRow("en no superlative", en, QStringLiteral("It is a large plant."), superlative, false);

        // attribution, through the stemmer: inflections meet the listed form
        addRow("fr attribution selon", fr, QStringLiteral("Selon le ministère, les travaux sont achevés."), attribution, true);
        addRow("fr attribution d'après", fr, QStringLiteral("D'après la police, le suspect a fui."), attribution, true);
        addRow("fr attribution a affirmé", fr, QStringLiteral("Le ministre a affirmé que les travaux étaient achevés."),
               attribution, true);
        addRow("fr attribution affirmait", fr, QStringLiteral("Le maire affirmait hier que tout allait bien."), attribution,
               true);
        addRow("fr attribution déclarations", fr, QStringLiteral("Ses déclarations ont surpris."), attribution, true);
        addRow("fr après is no attribution", fr, QStringLiteral("Après la réunion, les travaux ont repris."), attribution,
               false);
        addRow("ar attribution qala", ar, QStringLiteral("قال الوزير إن الأشغال انتهت."), attribution, true);
        addRow("ar attribution wa-qala", ar, QStringLiteral("وقال المتحدث إن الأشغال انتهت."), attribution, true);
        addRow("ar attribution confirmed", ar, QStringLiteral("وأكدت الوزارة أن الأشغال انتهت."), attribution, true);
        addRow("ar attribution according to", ar, QStringLiteral("بحسب الشرطة، فر المشتبه به."), attribution, true);
        addRow("ar no attribution", ar, QStringLiteral("انتهت الأشغال في الموعد."), attribution, false);
        addRow("en attribution according to", en, QStringLiteral("According to the police, the suspect fled."),
               attribution, true);
        addRow("en attribution claimed", en, QStringLiteral("The minister claimed the work was finished."), attribution,
               true);
        addRow("en no attribution", en, QStringLiteral("The work was finished on time."), attribution, false);

        // hedge
        addRow("fr hedge conditional", fr, QStringLiteral("Le bilan pourrait s'alourdir."), hedge, true);
        addRow("fr hedge adverb", fr, QStringLiteral("Le bilan est probablement plus lourd."), hedge, true);
        addRow("fr no hedge", fr, QStringLiteral("Le bilan s'est alourdi."), hedge, false);
        addRow("ar hedge", ar, QStringLiteral("ربما ترتفع الحصيلة."), hedge, true);
        addRow("ar hedge seems", ar, QStringLiteral("يبدو أن الحصيلة سترتفع."), hedge, true);
        addRow("ar no hedge", ar, QStringLiteral("ارتفعت الحصيلة."), hedge, false);
        addRow("en hedge", en, QStringLiteral("The toll could rise."), hedge, true);
        addRow("en hedge reportedly", en, QStringLiteral("The suspect reportedly fled."), hedge, true);
        addRow("en reportedly is no attribution", en, QStringLiteral("The suspect reportedly fled."), attribution, false);
        addRow("en no hedge", en, QStringLiteral("The toll rose."), hedge, false);
    }

    void feature()
    {
        QFETCH(QString, language);
        QFETCH(QString, sentence);
        QFETCH(QString, feature);
        QFETCH(bool, expected);
        const CheckWorthySentence scored = CheckWorthiness().score(sentence, language);
        if (scored.features.contains(feature) != expected)
            qWarning() << "features found:" << scored.features;
        QCOMPARE(scored.features.contains(feature), expected);
        // The score is the features' weights: a sentence with nothing to check scores 0.
        if (scored.features.isEmpty())
            QCOMPARE(scored.score, 0.0);
        QVERIFY(scored.score >= 0 && scored.score < 1);
    }

    void hedgeLowers_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("hedged");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Le bilan atteint 40 morts.")
                            << QStringLiteral("Le bilan atteindrait peut-être 40 morts.");
        QTest::newRow("ar") << QStringLiteral("ar") << QStringLiteral("بلغت الحصيلة 40 قتيلا.")
                            << QStringLiteral("ربما بلغت الحصيلة 40 قتيلا.");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("The toll reached 40.")
                            << QStringLiteral("The toll may have reached 40.");
    }

    void hedgeLowers()
    {
        QFETCH(QString, language);
        QFETCH(QString, plain);
        QFETCH(QString, hedged);
        const CheckWorthiness scorer;
        const CheckWorthySentence a = scorer.score(plain, language);
        const CheckWorthySentence b = scorer.score(hedged, language);
        QVERIFY2(b.features.contains(QStringLiteral("hedge")), qPrintable(b.features.join(',')));
        QVERIFY(b.score < a.score);
        QVERIFY(b.score > 0); // qualified, not dropped: the figure is still there to check
    }

    void knownNames_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<bool>("expected");
        QTest::newRow("fr outlet") << QStringLiteral("fr") << QStringLiteral("Le texte a d'abord paru dans el watan hier.")
                                   << true;
        QTest::newRow("fr claimant, other case and accents")
            << QStringLiteral("fr") << QStringLiteral("Les propos de abdelmadjid tebboune ont été repris.") << true;
        QTest::newRow("ar claimant with conjunction")
            << QStringLiteral("ar") << QStringLiteral("وعبد المجيد تبون لم يرد بعد.") << true;
        QTest::newRow("fr part of a name only") << QStringLiteral("fr") << QStringLiteral("Le watan est un mot.") << false;
        QTest::newRow("en none") << QStringLiteral("en") << QStringLiteral("Nobody answered.") << false;
    }

    void knownNames()
    {
        QFETCH(QString, language);
        QFETCH(QString, sentence);
        QFETCH(bool, expected);
        const CheckWorthiness scorer({QStringLiteral("El Watan"), QStringLiteral("Abdelmadjid Tebboune"),
                                      QStringLiteral("عبد المجيد تبون"), QStringLiteral("Le")});
        const CheckWorthySentence scored = scorer.score(sentence, language);
        QCOMPARE(scored.features.contains(QStringLiteral("known-name")), expected);
        // A known name is not counted again as a capitalised name.
        if (expected && language != QLatin1String("ar"))
            QVERIFY(!CheckWorthiness({QStringLiteral("Abdelmadjid Tebboune")})
                         .score(QStringLiteral("Les propos de Abdelmadjid Tebboune ont été repris."), language)
                         .features.contains(QStringLiteral("entity")));
    }

    void rankOrdersAndPlaces_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("best"); // index, in the article's order, of the sentence ranked first
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringLiteral("Il faisait beau. Selon l'ONS, le chômage a atteint 11,4 % en 2023, un record.\n"
                                              "Les habitants attendent.")
                            << 1;
        QTest::newRow("ar") << QStringLiteral("ar")
                            << QStringLiteral("كان الجو جميلا. الناس ينتظرون. وقال الوزير إن البطالة بلغت 11٪ عام 2023.")
                            << 2;
        QTest::newRow("en, language guessed") << QString()
                                              << QStringLiteral("We waited. The ministry said 4,000 jobs were lost in March.")
                                              << 1;
        QTest::newRow("arabic guessed") << QString() << QStringLiteral("صباح هادئ. قال الوزير إن 300 عائلة رحلت.") << 1;
    }

    void rankOrdersAndPlaces()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(int, best);
        const QList<CheckWorthySentence> ranked = CheckWorthiness().rank(text, language);
        QVERIFY(ranked.size() >= 2);
        // Every sentence, each at its range of the text, best first.
        QList<int> starts;
        for (int i = 0; i < ranked.size(); ++i) {
            const CheckWorthySentence &s = ranked.at(i);
            QCOMPARE(text.mid(s.start, s.end - s.start), s.text);
            if (i > 0)
                QVERIFY(ranked.at(i - 1).score >= s.score);
            starts << s.start;
        }
        std::sort(starts.begin(), starts.end());
        QCOMPARE(ranked.constFirst().start, starts.at(best));
        QVERIFY(ranked.constFirst().score >= CheckWorthiness::kMarkScore);
        QCOMPARE(ranked.constLast().score, 0.0);
    }

    void tiesKeepArticleOrder()
    {
        const QString text = QStringLiteral("Rien. Toujours rien. Encore rien.");
        const QList<CheckWorthySentence> ranked = CheckWorthiness().rank(text, QStringLiteral("fr"));
        QCOMPARE(ranked.size(), 3);
        QVERIFY(ranked.at(0).start < ranked.at(1).start && ranked.at(1).start < ranked.at(2).start);
    }

    void emptyAndOdd_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   \n\n ");
        QTest::newRow("punctuation") << QStringLiteral("%%% $$ / ’’ ' ٪");
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + QStringLiteral(" 12 %");
        QTest::newRow("apostrophes") << QStringLiteral("'a' d' l'' qu'");
    }

    void emptyAndOdd()
    {
        QFETCH(QString, text);
        for (const QString &language : {QString(), QStringLiteral("fr"), QStringLiteral("ar"), QStringLiteral("xx")}) {
            const QList<CheckWorthySentence> ranked = CheckWorthiness({QString(), QStringLiteral("  ")}).rank(text, language);
            for (const CheckWorthySentence &s : ranked)
                QVERIFY(s.start >= 0 && s.end <= text.size() && s.start <= s.end);
        }
    }

    void weightsInOnePlace()
    {
        // Every feature has an id and a weight; only a hedge lowers.
        for (int i = 0; i < CheckWorthiness::kFeatureCount; ++i) {
            const auto f = CheckWorthiness::Feature(i);
            QVERIFY(!CheckWorthiness::featureId(f).isEmpty());
            QCOMPARE(CheckWorthiness::weight(f) < 0, f == CheckWorthiness::Feature::Hedge);
        }
    }
};

QTEST_GUILESS_MAIN(TestCheckWorthiness)
#include "tst_checkworthiness.moc"
