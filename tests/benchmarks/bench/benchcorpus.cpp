#include "benchcorpus.h"

#include "../corpusgenerator.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace glossa::bench {

namespace {

// Bump when CorpusGenerator changes what it writes, so old corpora are written again.
constexpr int kGeneratorVersion = 2;

QByteArray markerText(quint32 seed, int firstIndex, int count, qint64 bytes)
{
    return QStringLiteral("generator=%1\nseed=%2\nfirst=%3\ncount=%4\nbytes=%5\n")
        .arg(kGeneratorVersion)
        .arg(seed)
        .arg(firstIndex)
        .arg(count)
        .arg(bytes)
        .toUtf8();
}

} // namespace

qint64 ensureCorpus(const QString &dir, quint32 seed, int firstIndex, int count)
{
    const QString markerPath = QDir(dir).filePath(QStringLiteral(".corpus-complete"));
    QFile marker(markerPath);
    if (marker.open(QIODevice::ReadOnly)) {
        const QByteArray text = marker.readAll();
        const int at = int(text.indexOf("bytes="));
        const qint64 bytes = at < 0 ? -1 : text.mid(at + 6).trimmed().toLongLong();
        if (at >= 0 && text == markerText(seed, firstIndex, count, bytes))
            return bytes;
        marker.close();
    }
    QDir(dir).removeRecursively();
    if (!QDir().mkpath(dir))
        return -1;

    CorpusGenerator generator(seed);
    qint64 bytes = 0;
    QString folder;
    for (int i = 0; i < count; ++i) {
        if (i % 1000 == 0) {
            folder = QDir(dir).filePath(QStringLiteral("%1").arg(i / 1000, 4, 10, QLatin1Char('0')));
            if (!QDir().mkpath(folder))
                return -1;
        }
        const int index = firstIndex + i;
        QFile file(folder + QStringLiteral("/%1.txt").arg(index, 7, 10, QLatin1Char('0')));
        const QByteArray page = generator.page(index);
        // Plain QFile: a half-written corpus has no marker and is written again anyway.
        if (!file.open(QIODevice::WriteOnly) || file.write(page) != page.size())
            return -1;
        bytes += page.size();
    }
    QSaveFile done(markerPath);
    if (!done.open(QIODevice::WriteOnly))
        return -1;
    done.write(markerText(seed, firstIndex, count, bytes));
    return done.commit() ? bytes : -1;
}

} // namespace glossa::bench
