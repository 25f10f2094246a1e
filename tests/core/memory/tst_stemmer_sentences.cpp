#include "memory/sentences.h"
#include "memory/stemmer.h"

#include <QTest>

using namespace glossa;

class TestStemmerSentences : public QObject
{
    Q_OBJECT

private slots:
    void stemsMeet_data();
    void stemsMeet();
    void stemsDiffer_data();
    void stemsDiffer();
    void fold_data();
    void fold();
    void sentences_data();
    void sentences();
    void words_data();
    void words();
};

void TestStemmerSentences::stemsMeet_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("language");
    QTest::newRow("french participle and present") << u"affirmé"_qs << u"affirme"_qs << u"fr"_qs;
    QTest::newRow("french case and imperfect") << u"Affirmait"_qs << u"affirmé"_qs << u"fr"_qs;
    QTest::newRow("french plural") << u"hôpitaux"_qs << u"hopital"_qs << u"fr"_qs;
    QTest::newRow("english plural") << u"vaccines"_qs << u"vaccine"_qs << u"en"_qs;
    QTest::newRow("english past") << u"claimed"_qs << u"claims"_qs << u"en"_qs;
    QTest::newRow("arabic definite article") << u"الحكومة"_qs << u"حكومة"_qs << u"ar"_qs;
    QTest::newRow("arabic guessed from script") << u"الحكومة"_qs << u"حكومة"_qs << QString();
    QTest::newRow("arabic hamza on alef") << u"أعلن"_qs << u"اعلن"_qs << u"ar"_qs;
}

void TestStemmerSentences::stemsMeet()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, language);
    QCOMPARE(Stemmer::stem(a, language), Stemmer::stem(b, language));
}

void TestStemmerSentences::stemsDiffer_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("language");
    QTest::newRow("french words") << u"hausse"_qs << u"baisse"_qs << u"fr"_qs;
    QTest::newRow("numbers stay whole") << u"31"_qs << u"13"_qs << u"fr"_qs;
    QTest::newRow("arabic words") << u"ارتفاع"_qs << u"انخفاض"_qs << u"ar"_qs;
}

void TestStemmerSentences::stemsDiffer()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, language);
    QVERIFY(Stemmer::stem(a, language) != Stemmer::stem(b, language));
}

void TestStemmerSentences::fold_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("folded");
    QTest::newRow("latin accents and case") << u"Élysée"_qs << u"elysee"_qs;
    QTest::newRow("cedilla") << u"Français"_qs << u"francais"_qs;
    QTest::newRow("arabic harakat and tatweel") << u"مُـحَمَّد"_qs << u"محمد"_qs;
    QTest::newRow("arabic alef forms") << u"إعلان آخر"_qs << u"اعلان اخر"_qs;
    QTest::newRow("digits unchanged") << u"12,5"_qs << u"12,5"_qs;
}

void TestStemmerSentences::fold()
{
    QFETCH(QString, word);
    QFETCH(QString, folded);
    QCOMPARE(Stemmer::fold(word), folded);
}

void TestStemmerSentences::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("two french sentences")
        << u"Le chômage a baissé de 3 %. Le ministre l'a affirmé hier."_qs
        << QStringList{u"Le chômage a baissé de 3 %."_qs, u"Le ministre l'a affirmé hier."_qs};
    QTest::newRow("a heading line without a full stop")
        << u"Titre du jour\nLa dette atteint 3 000 milliards. Selon l'Insee, elle croît."_qs
        << QStringList{u"Titre du jour"_qs, u"La dette atteint 3 000 milliards."_qs, u"Selon l'Insee, elle croît."_qs};
    QTest::newRow("decimal number is not a sentence end")
        << u"Il a dit 3.5 fois plus. Puis rien."_qs
        << QStringList{u"Il a dit 3.5 fois plus."_qs, u"Puis rien."_qs};
    QTest::newRow("arabic")
        << u"قال الوزير إن البطالة انخفضت. وأضاف أن الأرقام دقيقة."_qs
        << QStringList{u"قال الوزير إن البطالة انخفضت."_qs, u"وأضاف أن الأرقام دقيقة."_qs};
    QTest::newRow("blank lines and spaces only") << u"  \n\n \t\n"_qs << QStringList{};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestStemmerSentences::sentences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const Sentences::Range &r : Sentences::split(text))
        got << text.mid(r.start, r.end - r.start);
    QCOMPARE(got, expected);
}

void TestStemmerSentences::words_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("punctuation dropped") << u"Le taux, selon l'Insee : 31 %."_qs
                                         << QStringList{u"Le"_qs, u"taux"_qs, u"selon"_qs, u"l'Insee"_qs, u"31"_qs};
    QTest::newRow("decimal comma kept") << u"soit 31,5 points"_qs << QStringList{u"soit"_qs, u"31,5"_qs, u"points"_qs};
    QTest::newRow("arabic") << u"قال الوزير: 12 مليون"_qs
                            << QStringList{u"قال"_qs, u"الوزير"_qs, u"12"_qs, u"مليون"_qs};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestStemmerSentences::words()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const Sentences::Range &r : Sentences::words(text))
        got << text.mid(r.start, r.end - r.start);
    QCOMPARE(got, expected);
}

QTEST_APPLESS_MAIN(TestStemmerSentences)
#include "tst_stemmer_sentences.moc"
