#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QuaZip;

namespace glossa {

// The ZIP container of a REFI-QDA project (.qdpx), over QuaZip (Debian's libquazip1-qt6: it
// reads and writes a QIODevice, so the export's bytes go through QSaveFile like every other).
//
// Reading treats the archive as hostile: an entry name that climbs out of the archive ("..",
// an absolute path, a drive), more entries than a project has, an entry that says it is larger
// than the limits, or one that holds more bytes than it says, refuses the whole file with one
// line, before anything is written to the library.
class QdpxArchive
{
    Q_DECLARE_TR_FUNCTIONS(QdpxArchive)
public:
    struct Entry
    {
        QString name;
        QByteArray data;
    };
    struct Limits
    {
        qint64 maxEntryBytes = 256LL * 1024 * 1024; // project.qde of a very large project
        qint64 maxTotalBytes = 1024LL * 1024 * 1024;
        int maxEntries = 200000;
    };

    // The ZIP of these entries, in order, deflated; an empty array (and why) on failure.
    static QByteArray write(const QList<Entry> &entries, const QDateTime &stamp, QString *error);

    QdpxArchive();
    ~QdpxArchive();
    // Opens and checks the archive at path: every entry's name and declared size.
    bool open(const QString &path, QString *error);
    bool open(const QString &path, QString *error, const Limits &limits);
    // The names of its entries (files only), as the archive spells them.
    QStringList names() const { return m_names; }
    // The entry's name in this archive, matched without regard to case ("Sources/" and
    // "sources/" are both seen); empty when there is none.
    QString find(const QString &name) const;
    // The bytes of one entry, at most its declared size (and the limits); false (error) when it
    // holds more than it declares or fails its checksum.
    bool read(const QString &name, QByteArray *data, QString *error);

    // Why a ZIP entry's name is refused; empty when it stays inside the archive.
    static QString nameRefusal(const QString &name);

private:
    std::unique_ptr<QuaZip> m_zip;
    QStringList m_names;
    QHash<QString, qint64> m_declared;
    Limits m_limits;
    qint64 m_read = 0;
};

} // namespace glossa
