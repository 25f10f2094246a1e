// ArticleUrl::matchKey: the addresses another tool gives a page meet the library's URL for it,
// and addresses of other pages do not.
#include "model/articleurl.h"

#include <QTest>

using namespace glossa;

class TestArticleUrl : public QObject
{
    Q_OBJECT

private slots:
    void sameKey_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        const QString page = QStringLiteral("https://www.lematin.example/politique/budget-2025.html");
        QTest::newRow("identical") << page << page;
        QTest::newRow("http and https") << page << "http://www.lematin.example/politique/budget-2025.html";
        QTest::newRow("host case") << page << "https://WWW.LeMatin.Example/politique/budget-2025.html";
        QTest::newRow("default port https") << page << "https://www.lematin.example:443/politique/budget-2025.html";
        QTest::newRow("default port http") << page << "http://www.lematin.example:80/politique/budget-2025.html";
        QTest::newRow("trailing slash") << page << "https://www.lematin.example/politique/budget-2025.html/";
        QTest::newRow("fragment") << page << "https://www.lematin.example/politique/budget-2025.html#commentaires";
        QTest::newRow("utm parameters") << page
                                        << "https://www.lematin.example/politique/budget-2025.html?utm_source=x&UTM_Medium=y";
        QTest::newRow("fbclid, gclid, msclkid")
            << page << "https://www.lematin.example/politique/budget-2025.html?fbclid=IwAR0&gclid=Cj0&msclkid=1";
        QTest::newRow("dot segments") << page << "https://www.lematin.example/une/../politique/./budget-2025.html";
        QTest::newRow("spaces around") << page << "  https://www.lematin.example/politique/budget-2025.html\n";
        QTest::newRow("root, with and without slash") << "https://alyaoum.example" << "https://alyaoum.example/";
        QTest::newRow("kept parameter, tracking one dropped")
            << "https://a.example/read?id=55" << "https://a.example/read?utm_campaign=feb&id=55";
        QTest::newRow("percent-encoded path") << "https://alyaoum.example/ar/%D8%A8%D8%B7%D8%A7%D9%84%D8%A9"
                                              << "https://alyaoum.example/ar/بطالة";
    }
    void sameKey()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QVERIFY(!ArticleUrl::matchKey(a).isEmpty());
        QCOMPARE(ArticleUrl::matchKey(b), ArticleUrl::matchKey(a));
    }

    void otherKey_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("other path") << "https://a.example/x" << "https://a.example/y";
        QTest::newRow("other host") << "https://a.example/x" << "https://b.example/x";
        QTest::newRow("other port") << "https://a.example/x" << "https://a.example:8443/x";
        QTest::newRow("a parameter that chooses the page") << "https://a.example/read?id=55" << "https://a.example/read?id=56";
        QTest::newRow("path case") << "https://a.example/X" << "https://a.example/x";
    }
    void otherKey()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QVERIFY(ArticleUrl::matchKey(a) != ArticleUrl::matchKey(b));
    }

    void noKey_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("empty") << "";
        QTest::newRow("a Glossa article") << "urn:glossa:article:abc";
        QTest::newRow("a uuid") << "urn:uuid:6a1c0c1e-0000-4000-8000-000000000001";
        QTest::newRow("ftp") << "ftp://a.example/x";
        QTest::newRow("no host") << "https:///x";
        QTest::newRow("not a URL") << "ceci n'est pas une adresse";
    }
    void noKey()
    {
        QFETCH(QString, address);
        QCOMPARE(ArticleUrl::matchKey(address), QString());
    }
};

QTEST_GUILESS_MAIN(TestArticleUrl)
#include "tst_articleurl.moc"
