#include "qdpxarchive.h"

#include "model/displaypath.h"

#include <QBuffer>
#include <QHash>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/quazipnewinfo.h>

namespace glossa {

QByteArray QdpxArchive::write(const QList<Entry> &entries, const QDateTime &stamp, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate)) {
        *error = tr("the archive could not be started (zip error %1)").arg(zip.getZipError());
        return QByteArray();
    }
    for (const Entry &entry : entries) {
        QuaZipFile file(&zip);
        QuaZipNewInfo info(entry.name);
        info.dateTime = stamp.toLocalTime();
        if (!file.open(QIODevice::WriteOnly, info) || file.write(entry.data) != entry.data.size()) {
            *error = tr("%1 could not be added to the archive (zip error %2)").arg(DisplayPath::oneLine(entry.name), QString::number(file.getZipError()));
            return QByteArray();
        }
        file.close();
        if (file.getZipError() != 0) {
            *error = tr("%1 could not be added to the archive (zip error %2)").arg(DisplayPath::oneLine(entry.name), QString::number(file.getZipError()));
            return QByteArray();
        }
    }
    zip.close();
    if (zip.getZipError() != 0) {
        *error = tr("the archive could not be finished (zip error %1)").arg(zip.getZipError());
        return QByteArray();
    }
    return bytes;
}

QdpxArchive::QdpxArchive() = default;
QdpxArchive::~QdpxArchive() = default;

QString QdpxArchive::nameRefusal(const QString &name)
{
    if (name.isEmpty())
        return tr("an entry has no name");
    QString path = name;
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (path.startsWith(QLatin1Char('/')) || (path.size() >= 2 && path.at(1) == QLatin1Char(':')))
        return tr("the entry “%1” has an absolute path").arg(DisplayPath::oneLine(name));
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.contains(QStringLiteral("..")))
        return tr("the entry “%1” points outside the archive").arg(DisplayPath::oneLine(name));
    if (name.contains(QChar(0)))
        return tr("an entry's name holds a NUL character");
    return QString();
}

bool QdpxArchive::open(const QString &path, QString *error)
{
    return open(path, error, Limits());
}

bool QdpxArchive::open(const QString &path, QString *error, const Limits &limits)
{
    m_limits = limits;
    m_names.clear();
    m_declared.clear();
    m_read = 0;
    m_zip = std::make_unique<QuaZip>(path);
    m_zip->setUtf8Enabled(true);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        *error = tr("it is not a ZIP archive (a .qdpx is one)");
        return false;
    }
    if (m_zip->getEntriesCount() > limits.maxEntries) {
        *error = tr("it holds %1 entries, more than the %2 a project may").arg(m_zip->getEntriesCount()).arg(limits.maxEntries);
        return false;
    }
    qint64 total = 0;
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info)) {
            *error = tr("an entry of the archive cannot be read");
            return false;
        }
        if (const QString refusal = nameRefusal(info.name); !refusal.isEmpty()) {
            *error = refusal;
            return false;
        }
        if (info.name.endsWith(QLatin1Char('/')))
            continue; // a folder
        if (info.uncompressedSize > quint64(limits.maxEntryBytes)) {
            *error = tr("the entry “%1” would unpack to %2 MB, more than the %3 MB allowed")
                         .arg(DisplayPath::oneLine(info.name), QString::number(info.uncompressedSize / (1024 * 1024)),
                              QString::number(limits.maxEntryBytes / (1024 * 1024)));
            return false;
        }
        total += qint64(info.uncompressedSize);
        if (total > limits.maxTotalBytes) {
            *error = tr("the archive would unpack to more than %1 MB").arg(limits.maxTotalBytes / (1024 * 1024));
            return false;
        }
        m_names.append(info.name);
        m_declared.insert(info.name, qint64(info.uncompressedSize));
    }
    if (m_zip->getZipError() != 0) {
        *error = tr("the archive's directory is damaged (zip error %1)").arg(m_zip->getZipError());
        return false;
    }
    return true;
}

QString QdpxArchive::find(const QString &name) const
{
    for (const QString &candidate : m_names) {
        if (candidate.compare(name, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return QString();
}

bool QdpxArchive::read(const QString &name, QByteArray *data, QString *error)
{
    data->clear();
    if (!m_zip || !m_declared.contains(name) || !m_zip->setCurrentFile(name, QuaZip::csSensitive)) {
        *error = tr("the archive has no entry “%1”").arg(DisplayPath::oneLine(name));
        return false;
    }
    const qint64 declared = m_declared.value(name);
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("the entry “%1” cannot be opened (zip error %2)").arg(DisplayPath::oneLine(name), QString::number(file.getZipError()));
        return false;
    }
    // Never more than declared: a bomb whose header lies is stopped at what it claimed.
    data->reserve(int(qMin<qint64>(declared, 64 * 1024 * 1024)));
    char chunk[64 * 1024];
    while (true) {
        const qint64 got = file.read(chunk, sizeof chunk);
        if (got < 0) {
            *error = tr("the entry “%1” is damaged (zip error %2)").arg(DisplayPath::oneLine(name), QString::number(file.getZipError()));
            return false;
        }
        if (got == 0)
            break;
        if (data->size() + got > declared || m_read + got > m_limits.maxTotalBytes) {
            data->clear();
            *error = tr("the entry “%1” holds more than it declares").arg(DisplayPath::oneLine(name));
            return false;
        }
        data->append(chunk, int(got));
        m_read += got;
    }
    file.close();
    if (file.getZipError() != 0) {
        data->clear();
        *error = tr("the entry “%1” fails its checksum (zip error %2)").arg(DisplayPath::oneLine(name), QString::number(file.getZipError()));
        return false;
    }
    if (data->size() != declared) {
        data->clear();
        *error = tr("the entry “%1” holds less than it declares").arg(DisplayPath::oneLine(name));
        return false;
    }
    return true;
}

} // namespace glossa
