// RawDumpCodec: the raw bytes of every imported file, as the library keeps them. What is
// written comes back byte for byte; what libraries wrote before (qCompress) still reads; a
// damaged value reads as nothing rather than as wrong bytes or an allocation of gigabytes.
#include "storage/rawdumpcodec.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

#include <zstd.h>

using namespace glossa;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(GLOSSA_TEST_DATA "/import/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

// A frame as another zstd writer may make it: streamed, so without its content size.
QByteArray frameWithoutContentSize(const QByteArray &raw)
{
    ZSTD_CCtx *context = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(context, ZSTD_c_contentSizeFlag, 0);
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(raw.size()))), Qt::Uninitialized);
    const size_t written = ZSTD_compress2(context, out.data(), size_t(out.size()), raw.constData(), size_t(raw.size()));
    ZSTD_freeCCtx(context);
    out.truncate(qsizetype(written));
    return out;
}

} // namespace

class TestRawDumpCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips_data();
    void roundTrips();
    void readsLibrariesWrittenWithQCompress_data();
    void readsLibrariesWrittenWithQCompress();
    void damagedValuesReadAsNothing_data();
    void damagedValuesReadAsNothing();
    void compressesDumps();
    void refusesMoreThanTheImportTakes();
    void compressesOnManyThreadsAtOnce();
};

void TestRawDumpCodec::roundTrips_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("empty file") << QByteArray("");
    QTest::newRow("one byte") << QByteArray("x");
    QTest::newRow("French dump, CRLF") << fixture("fr_crlf.txt");
    QTest::newRow("Arabic dump") << fixture("ar_page.txt");
    QTest::newRow("UTF-16 dump") << fixture("fr_utf16le_bom.txt");
    QTest::newRow("binary, incompressible") << randomBytes(256 * 1024);
    QTest::newRow("bytes 0-255") << [] {
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all.append(char(i));
        return all;
    }();
    QTest::newRow("4 MB, repetitive") << QByteArray("Le marché public. ").repeated(4 * 1024 * 1024 / 19);
}

void TestRawDumpCodec::roundTrips()
{
    QFETCH(QByteArray, raw);
    const QByteArray stored = RawDumpCodec::compress(raw);
    QVERIFY(!stored.isEmpty());
    QVERIFY(RawDumpCodec::isZstdFrame(stored));
    const QByteArray back = RawDumpCodec::decompress(stored);
    QVERIFY(!back.isNull());
    QCOMPARE(back.size(), raw.size());
    QCOMPARE(back, raw);
}

void TestRawDumpCodec::readsLibrariesWrittenWithQCompress_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("level");
    QTest::newRow("dump, level 3 (what Glossa wrote)") << fixture("fr_crlf.txt") << 3;
    QTest::newRow("dump, level 9") << fixture("fr_ticker.txt") << 9;
    QTest::newRow("Arabic, level 1") << fixture("ar_page.txt") << 1;
    QTest::newRow("binary") << randomBytes(10000) << 3;
    QTest::newRow("one byte") << QByteArray("x") << 3;
}

void TestRawDumpCodec::readsLibrariesWrittenWithQCompress()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, level);
    const QByteArray stored = qCompress(raw, level);
    QVERIFY(!RawDumpCodec::isZstdFrame(stored));
    QCOMPARE(RawDumpCodec::decompress(stored), raw);
}

void TestRawDumpCodec::damagedValuesReadAsNothing_data()
{
    QTest::addColumn<QByteArray>("stored");
    const QByteArray dump = fixture("fr_crlf.txt");
    const QByteArray frame = RawDumpCodec::compress(dump);
    const QByteArray zlib = qCompress(dump, 3);

    QTest::newRow("nothing stored") << QByteArray();
    QTest::newRow("three bytes") << QByteArray("\x28\xb5\x2f", 3);
    QTest::newRow("zstd magic alone") << QByteArray("\x28\xb5\x2f\xfd", 4);
    QTest::newRow("zstd frame cut short") << frame.left(frame.size() / 2);
    QTest::newRow("zstd frame, last byte gone") << frame.chopped(1);
    QTest::newRow("zstd frame without its size") << frameWithoutContentSize(dump);
    QTest::newRow("zstd frame announcing more than 64 MB") << [] {
        // 64 MB + 1 of zeros compresses to a few KB, and the frame says how much it holds.
        const QByteArray zeros(RawDumpCodec::kMaxRawBytes + 1, '\0');
        QByteArray out(qsizetype(ZSTD_compressBound(size_t(zeros.size()))), Qt::Uninitialized);
        out.truncate(qsizetype(ZSTD_compress(out.data(), size_t(out.size()), zeros.constData(), size_t(zeros.size()), 1)));
        return out;
    }();
    QTest::newRow("zlib cut short") << zlib.left(zlib.size() / 2);
    QTest::newRow("zlib header alone") << zlib.left(4);
    QTest::newRow("zlib header announcing 1 GB") << QByteArray("\x40\x00\x00\x00", 4) + zlib.mid(4);
    QTest::newRow("zlib stream damaged") << zlib.left(4) + QByteArray(zlib.size() - 4, '\x55');
    QTest::newRow("text, not compressed at all") << QByteArray("Le titre\nAFP, 12 février 2025\n");
}

void TestRawDumpCodec::damagedValuesReadAsNothing()
{
    QFETCH(QByteArray, stored);
    QVERIFY(RawDumpCodec::decompress(stored).isNull());
}

// The reason for zstd is speed; it must not cost space. The real sample compresses like this.
void TestRawDumpCodec::compressesDumps()
{
    QFile sample(QStringLiteral(GLOSSA_TEST_DATA "/../../../shared/samples/000_5abca9077eb97fff.txt"));
    const QByteArray raw = sample.open(QIODevice::ReadOnly) ? sample.readAll() : fixture("fr_ticker.txt").repeated(20);
    const QByteArray stored = RawDumpCodec::compress(raw);
    const QByteArray zlib = qCompress(raw, 3);
    qInfo("%lld bytes: zstd %lld, zlib level 3 %lld", qint64(raw.size()), qint64(stored.size()), qint64(zlib.size()));
    QVERIFY(stored.size() < raw.size() / 2);
    QVERIFY(stored.size() <= zlib.size() * 105 / 100);
}

void TestRawDumpCodec::refusesMoreThanTheImportTakes()
{
    QVERIFY(RawDumpCodec::compress(QByteArray(RawDumpCodec::kMaxRawBytes + 1, 'a')).isEmpty());
    const QByteArray largest(RawDumpCodec::kMaxRawBytes, 'a');
    const QByteArray stored = RawDumpCodec::compress(largest);
    QVERIFY(!stored.isEmpty());
    QCOMPARE(RawDumpCodec::decompress(stored), largest);
}

// The import compresses on its preparing thread while other threads may too: each thread
// has a context of its own.
void TestRawDumpCodec::compressesOnManyThreadsAtOnce()
{
    QList<QByteArray> inputs;
    for (int i = 0; i < 64; ++i)
        inputs << fixture("fr_crlf.txt") + QByteArray::number(i).repeated(i * 100);
    const QList<QByteArray> stored = QtConcurrent::blockingMapped(inputs, [](const QByteArray &raw) {
        return RawDumpCodec::compress(raw);
    });
    QCOMPARE(stored.size(), inputs.size());
    for (int i = 0; i < inputs.size(); ++i)
        QCOMPARE(RawDumpCodec::decompress(stored.at(i)), inputs.at(i));
}

QTEST_GUILESS_MAIN(TestRawDumpCodec)
#include "tst_rawdumpcodec.moc"
