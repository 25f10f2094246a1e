// Library addresses: a file path, or a server address read by libpq's own rules.
#include "storage/libraryaddress.h"

#include <QTest>

using namespace glossa;

class TestLibraryAddress : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void connectionStringQuotes();
};

void TestLibraryAddress::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("server");
    // keyword=value pairs libpq must read from it, ';'-separated
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("display");

    QTest::newRow("file") << "/home/amina/library.glossa" << true << false << "" << "/home/amina/library.glossa";
    QTest::newRow("relative file") << "desk.glossa" << true << false << "" << "desk.glossa";
    QTest::newRow("windows drive") << "C:\\glossa\\desk.glossa" << true << false << "" << "C:\\glossa\\desk.glossa";
    QTest::newRow("socket folder")
        << "postgresql:///desk?host=/run/postgresql" << true << true << "dbname=desk;host=/run/postgresql"
        << "postgresql:///desk?host=/run/postgresql";
    QTest::newRow("user host port ssl")
        << "postgresql://amina@db.example:5433/desk?sslmode=require" << true << true
        << "user=amina;host=db.example;port=5433;dbname=desk;sslmode=require"
        << "postgresql://amina@db.example:5433/desk?sslmode=require";
    QTest::newRow("postgres scheme") << "postgres://db.example/desk" << true << true << "host=db.example;dbname=desk"
                                     << "postgres://db.example/desk";
    QTest::newRow("service") << "postgresql:///?service=desk" << true << true << "service=desk" << "postgresql:///?service=desk";
    QTest::newRow("password in user info")
        << "postgresql://amina:s3cret@db.example/desk" << true << true << "user=amina;password=s3cret;host=db.example;dbname=desk"
        << "postgresql://amina@db.example/desk";
    QTest::newRow("password parameter")
        << "postgresql://db.example/desk?password=s3cret&sslmode=require" << true << true
        << "host=db.example;dbname=desk;password=s3cret;sslmode=require" << "postgresql://db.example/desk?sslmode=require";
    QTest::newRow("percent-encoded") << "postgresql:///d%C3%A9sk?host=%2Ftmp%2Fpg" << true << true << "dbname=désk;host=/tmp/pg"
                                     << "postgresql:///d%C3%A9sk?host=%2Ftmp%2Fpg";
    QTest::newRow("unknown parameter") << "postgresql:///desk?colour=blue" << false << true << "" << "";
    QTest::newRow("unclosed IPv6 host") << "postgresql://[::1/desk" << false << true << "" << "";
    QTest::newRow("other scheme") << "sqlite:lib.glossa" << false << false << "" << "";
    QTest::newRow("http") << "https://example.org/library.glossa" << false << false << "" << "";
    QTest::newRow("empty") << "  " << false << false << "" << "";
}

void TestLibraryAddress::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(bool, server);
    QFETCH(QString, expected);
    QFETCH(QString, display);
    QCOMPARE(LibraryAddress::looksLikeServer(text), server);
    QString error;
    const std::optional<LibraryAddress> address = LibraryAddress::parse(text, &error);
    QCOMPARE(address.has_value(), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("s3cret")), qPrintable(error));
        return;
    }
    QCOMPARE(address->isServer(), server);
    QCOMPARE(address->text(), text);
    QCOMPARE(address->displayText(), display);
    QStringList pairs;
    for (const auto &[key, value] : address->parameters())
        pairs << key + QLatin1Char('=') + value;
    QStringList wanted = expected.isEmpty() ? QStringList() : expected.split(QLatin1Char(';'));
    std::sort(pairs.begin(), pairs.end());
    std::sort(wanted.begin(), wanted.end());
    QCOMPARE(pairs, wanted);
}

void TestLibraryAddress::connectionStringQuotes()
{
    const std::optional<LibraryAddress> address =
        LibraryAddress::parse(QStringLiteral("postgresql:///desk?host=/tmp/a%20b&application_name=it%27s%5Cx"));
    QVERIFY(address);
    QCOMPARE(address->connectionString(), QStringLiteral("dbname='desk' host='/tmp/a b' application_name='it\\'s\\\\x'"));
    QString error;
    QVERIFY(!LibraryAddress::parse(QStringLiteral("postgresql:///desk?application_name=a%3Bb"), &error));
    QVERIFY2(error.contains(QLatin1String("';'")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestLibraryAddress)
#include "tst_libraryaddress.moc"
