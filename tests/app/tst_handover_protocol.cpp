// The hand-over between a second `glossa` and the window showing its library: the message's
// encoding, what is refused, and a live server fed garbage (it never crashes, answers or drops
// each bad client, and still takes a good request afterwards).
#include "instance/handovermessage.h"
#include "instance/instanceclient.h"
#include "instance/instancekey.h"
#include "instance/instanceserver.h"
#include "shell/startupoptions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <QElapsedTimer>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace glossa;

namespace {

QByteArray frame(const QByteArray &body)
{
    QByteArray bytes(HandOverMessage::kMagic);
    char length[4];
    qToBigEndian(quint32(body.size()), length);
    return bytes + QByteArray(length, 4) + body;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject validObject()
{
    return {{QStringLiteral("version"), 1},
            {QStringLiteral("library"), QStringLiteral("/home/a/desk.glossa")},
            {QStringLiteral("paths"), QJsonArray{QStringLiteral("/home/a/dump.txt")}}};
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}

} // namespace

class TestHandOverProtocol : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("library");
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("nothing to import") << QStringLiteral("/l/desk.glossa") << QStringList();
        QTest::newRow("files and a folder") << QStringLiteral("/l/desk.glossa")
                                            << QStringList{QStringLiteral("/d/a.txt"), QStringLiteral("/d/folder")};
        QTest::newRow("Arabic and spaces") << QStringLiteral("/مكتبة/ملف.glossa")
                                           << QStringList{QStringLiteral("/d/نشرة يوم.txt")};
        QTest::newRow("server library") << QStringLiteral("postgresql:///glossa?host=/run/pg") << QStringList();
    }
    void roundTrip()
    {
        QFETCH(QString, library);
        QFETCH(QStringList, paths);
        const QByteArray bytes = HandOverMessage::encode({library, paths});
        const HandOverMessage::Decoded decoded = HandOverMessage::decode(bytes);
        QCOMPARE(decoded.status, HandOverMessage::Status::Complete);
        QCOMPARE(decoded.request.library, library);
        QCOMPARE(decoded.request.paths, paths);
        // Every shorter prefix asks for more, as bytes arrive in pieces.
        for (int cut = 0; cut < bytes.size(); ++cut)
            QCOMPARE(HandOverMessage::decode(bytes.left(cut)).status, HandOverMessage::Status::Incomplete);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("HTTP") << QByteArrayLiteral("GET / HTTP/1.1\r\n\r\n");
        QTest::newRow("one wrong byte") << QByteArrayLiteral("GLOSSA-HANDOVEX");
        QTest::newRow("binary") << QByteArray("\0\xff\xfe\x01", 4);
        QTest::newRow("empty body") << frame(QByteArray());
        QByteArray huge(HandOverMessage::kMagic);
        huge.append("\xff\xff\xff\xff", 4);
        QTest::newRow("4 GB announced") << huge;
        QTest::newRow("not JSON") << frame("{\"version\": 1,");
        QTest::newRow("JSON array") << frame("[1, 2]");
        QTest::newRow("no version") << frame(json({{QStringLiteral("library"), QStringLiteral("/l")},
                                                   {QStringLiteral("paths"), QJsonArray()}}));
        QTest::newRow("version 2") << frame(json(with(validObject(), QStringLiteral("version"), 2)));
        QTest::newRow("library a number") << frame(json(with(validObject(), QStringLiteral("library"), 7)));
        QTest::newRow("library empty") << frame(json(with(validObject(), QStringLiteral("library"), QString())));
        QTest::newRow("paths a string") << frame(json(with(validObject(), QStringLiteral("paths"), QStringLiteral("/a"))));
        QTest::newRow("path a number") << frame(json(with(validObject(), QStringLiteral("paths"), QJsonArray{1})));
        QTest::newRow("relative path") << frame(json(with(validObject(), QStringLiteral("paths"),
                                                          QJsonArray{QStringLiteral("dump.txt")})));
        QTest::newRow("empty path") << frame(json(with(validObject(), QStringLiteral("paths"), QJsonArray{QString()})));
        QTest::newRow("NUL in a path") << frame(json(with(validObject(), QStringLiteral("paths"),
                                                          QJsonArray{QStringLiteral("/a\u0000b")})));
        QTest::newRow("line break in a path") << frame(json(with(validObject(), QStringLiteral("paths"),
                                                                 QJsonArray{QStringLiteral("/a\nb")})));
        QJsonArray many;
        for (int i = 0; i <= HandOverMessage::kMaxPaths; ++i)
            many.append(QStringLiteral("/p"));
        QTest::newRow("too many paths") << frame(json(with(validObject(), QStringLiteral("paths"), many)));
        QTest::newRow("bytes after it") << frame(json(validObject())) + "x";
        QTest::newRow("two requests") << frame(json(validObject())) + frame(json(validObject()));
    }
    void refused()
    {
        QFETCH(QByteArray, bytes);
        const HandOverMessage::Decoded decoded = HandOverMessage::decode(bytes);
        QCOMPARE(decoded.status, HandOverMessage::Status::Invalid);
        QVERIFY(!decoded.error.isEmpty());
        QVERIFY(!decoded.error.contains(QLatin1Char('\n')));
    }

    // What a launcher passes: a *.glossa is the library (a double-click), the rest is imported.
    void commandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("library");
        QTest::addColumn<QStringList>("imports");
        QTest::newRow("dumps only") << QStringList{QStringLiteral("a.txt"), QStringLiteral("dir")} << QString()
                                    << QStringList{QStringLiteral("a.txt"), QStringLiteral("dir")};
        QTest::newRow("double-clicked library") << QStringList{QStringLiteral("/x/desk.glossa")}
                                                << QStringLiteral("/x/desk.glossa") << QStringList();
        QTest::newRow("library and dumps, any order")
            << QStringList{QStringLiteral("a.txt"), QStringLiteral("Desk.GLOSSA"), QStringLiteral("b.html")}
            << QStringLiteral("Desk.GLOSSA") << QStringList{QStringLiteral("a.txt"), QStringLiteral("b.html")};
        QTest::newRow("--db and the same library") << QStringList{QStringLiteral("--db"), QStringLiteral("d.glossa"),
                                                                  QStringLiteral("d.glossa"), QStringLiteral("a.txt")}
                                                   << QStringLiteral("d.glossa") << QStringList{QStringLiteral("a.txt")};
    }
    void commandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, library);
        QFETCH(QStringList, imports);
        const StartupOptions options = StartupOptions::parse(QStringList{QStringLiteral("glossa")} + arguments);
        QCOMPARE(options.libraryPath, library);
        QCOMPARE(options.importPaths, imports);
        QVERIFY(!options.scripted());
    }

    void refusalIsOneLine()
    {
        QCOMPARE(HandOverMessage::refusal(QStringLiteral("a\nb")), QByteArrayLiteral("refused: a b\n"));
    }

    void keyPerLibrary()
    {
        QTemporaryDir runtime;
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString a = runtime.filePath(QStringLiteral("a.glossa"));
        QVERIFY(InstanceKey::socketPath(a).startsWith(runtime.path() + QLatin1Char('/')));
        // The same library however it is named; another library, another socket.
        QCOMPARE(InstanceKey::socketPath(runtime.path() + QStringLiteral("/x/../a.glossa")), InstanceKey::socketPath(a));
        QVERIFY(InstanceKey::socketPath(runtime.filePath(QStringLiteral("b.glossa"))) != InstanceKey::socketPath(a));
        QFile file(a);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString link = runtime.filePath(QStringLiteral("link.glossa"));
        QVERIFY(QFile::link(a, link));
        QCOMPARE(InstanceKey::socketPath(link), InstanceKey::socketPath(a));
        QVERIFY(InstanceKey::socketPath(a).size() < 100); // a Unix socket name has 108 bytes
    }

    // A live server: each kind of garbage gets a refusal or is dropped; then a good request still
    // goes through, and no connection is left open.
    void serverSurvivesGarbage_data() { refused_data(); }
    void serverSurvivesGarbage()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString socketPath = dir.filePath(QStringLiteral("s"));
        const QString library = QStringLiteral("/home/a/desk.glossa");
        InstanceServer server;
        QVERIFY(server.listen(socketPath, library));
        QSignalSpy received(&server, &InstanceServer::requestReceived);

        QLocalSocket client;
        client.connectToServer(socketPath);
        QVERIFY(client.waitForConnected(2000));
        client.write(bytes);
        client.flush();
        QTRY_VERIFY_WITH_TIMEOUT(client.state() == QLocalSocket::UnconnectedState || client.bytesAvailable() > 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(client.state() == QLocalSocket::UnconnectedState, 5000);
        const QByteArray answer = client.readAll();
        QVERIFY2(answer.startsWith("refused: "), answer.constData());
        QCOMPARE(received.count(), 0);

        const HandOverRequest good{library, {QStringLiteral("/home/a/dump.txt")}};
        QCOMPARE(deliver(socketPath, good), InstanceClient::Result::Delivered);
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).value<HandOverRequest>().paths, good.paths);
        QTRY_COMPARE(server.openConnections(), 0);
    }

    void serverRefusesAnotherLibrary()
    {
        QTemporaryDir dir;
        const QString socketPath = dir.filePath(QStringLiteral("s"));
        InstanceServer server;
        QVERIFY(server.listen(socketPath, QStringLiteral("/a.glossa")));
        QSignalSpy received(&server, &InstanceServer::requestReceived);
        QCOMPARE(deliver(socketPath, {QStringLiteral("/b.glossa"), {}}), InstanceClient::Result::Failed);
        QCOMPARE(received.count(), 0);
    }

    // Clients that connect and say nothing, or half a request, are dropped after the deadline;
    // more than kMaxConnections at once are turned away without starving a good request later.
    void serverDropsSilentClients()
    {
        QTemporaryDir dir;
        const QString socketPath = dir.filePath(QStringLiteral("s"));
        InstanceServer server;
        server.setReadTimeout(300);
        QVERIFY(server.listen(socketPath, QStringLiteral("/a.glossa")));
        std::vector<std::unique_ptr<QLocalSocket>> silent;
        for (int i = 0; i < InstanceServer::kMaxConnections * 3; ++i) {
            silent.push_back(std::make_unique<QLocalSocket>());
            silent.back()->connectToServer(socketPath);
            QVERIFY(silent.back()->waitForConnected(2000));
            if (i % 2 == 0)
                silent.back()->write(QByteArray(HandOverMessage::kMagic).left(5));
        }
        QTRY_VERIFY(server.openConnections() > 0);
        QVERIFY(server.openConnections() <= InstanceServer::kMaxConnections);
        for (const auto &socket : silent)
            QTRY_VERIFY_WITH_TIMEOUT(socket->state() == QLocalSocket::UnconnectedState, 5000);
        QTRY_COMPARE(server.openConnections(), 0);
        QCOMPARE(deliver(socketPath, {QStringLiteral("/a.glossa"), {}}), InstanceClient::Result::Delivered);
    }

    void noWindow()
    {
        QTemporaryDir dir;
        QCOMPARE(InstanceClient::handOver(dir.filePath(QStringLiteral("none")), {QStringLiteral("/a.glossa"), {}}, 1000),
                 InstanceClient::Result::NoWindow);
    }

private:
    // The client blocks; the server in this thread has to run, so the client runs beside it.
    static InstanceClient::Result deliver(const QString &socketPath, const HandOverRequest &request)
    {
        InstanceClient::Result result = InstanceClient::Result::NoWindow;
        std::atomic_bool done = false;
        std::thread client([&] {
            result = InstanceClient::handOver(socketPath, request, 5000);
            done = true;
        });
        QElapsedTimer waited;
        waited.start();
        while (!done && waited.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        client.join();
        return result;
    }
};

QTEST_MAIN(TestHandOverProtocol)
#include "tst_handover_protocol.moc"
