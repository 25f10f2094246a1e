#include "ftsindexreader.h"

#include "ftstokenizer.h"
#include "storage/sqlitestatement.h"

#include <QSet>
#include <memory>
#include <sqlite3.h>

namespace glossa {

namespace {

constexpr int kDataFormat = 4;         // FTS5's on-disk format this reader knows
constexpr qint64 kStructureRowid = 10; // FTS5_STRUCTURE_ROWID
constexpr int kSegmentIdShift = 37;    // FTS5_SEGMENT_ROWID: segid << 37 | height << 31 | page
// FTS5 keys start with the number of the index they belong to: '0' is the main index, the
// others are prefix indexes.
constexpr char kMainIndex = '0';

// Reads FTS5's varints (SQLite's format: big-endian, 7 bits a byte, the ninth byte whole) with
// a bounds check on every byte, so a damaged record ends the read instead of overrunning it.
class VarintReader
{
public:
    VarintReader(const QByteArray &bytes, qsizetype position) : m_bytes(bytes), m_position(position) {}

    bool read(qint64 *value)
    {
        quint64 result = 0;
        for (int i = 0; i < 9; ++i) {
            if (m_position >= m_bytes.size())
                return false;
            const quint8 byte = quint8(m_bytes.at(m_position++));
            if (i == 8) {
                result = (result << 8) | byte;
                break;
            }
            result = (result << 7) | (byte & 0x7f);
            if (!(byte & 0x80))
                break;
        }
        *value = qint64(result);
        return true;
    }
    qsizetype position() const { return m_position; }
    bool atEnd() const { return m_position >= m_bytes.size(); }

private:
    const QByteArray &m_bytes;
    qsizetype m_position;
};

// The keys (index byte + term) that start on one leaf page, in order. A leaf holds its data,
// then from offset szLeaf (bytes 2-3 of the header) the page index: the offset of the first
// key that starts on the page, then the distance to each next one. The first key is stored
// whole (size, bytes), each next one as the bytes shared with the previous key and the rest.
std::optional<QList<QByteArray>> leafKeys(const QByteArray &leaf)
{
    if (leaf.size() < 4)
        return std::nullopt;
    const qsizetype indexStart = (qsizetype(quint8(leaf.at(2))) << 8) | quint8(leaf.at(3));
    if (indexStart < 4 || indexStart > leaf.size())
        return std::nullopt;
    QList<QByteArray> keys;
    VarintReader pageIndex(leaf, indexStart);
    qint64 offset = 0;
    QByteArray previous;
    while (!pageIndex.atEnd()) {
        qint64 delta = 0;
        if (!pageIndex.read(&delta))
            return std::nullopt;
        offset += delta;
        if (offset < 4 || offset >= indexStart)
            return std::nullopt;
        VarintReader key(leaf, offset);
        qint64 shared = 0, size = 0;
        if (!keys.isEmpty() && !key.read(&shared))
            return std::nullopt;
        if (!key.read(&size) || shared > previous.size() || size < 0 || key.position() + size > indexStart)
            return std::nullopt;
        previous = previous.left(shared) + leaf.mid(key.position(), size);
        keys << previous;
    }
    return keys;
}

int collectToken(void *context, int /*flags*/, const char *token, int size, int /*start*/, int /*end*/)
{
    static_cast<QList<QByteArray> *>(context)->append(QByteArray(token, size));
    return SQLITE_OK;
}

} // namespace

FtsIndexReader::FtsIndexReader(QSqlDatabase db) : m_db(db) {}

bool FtsIndexReader::readable() const
{
    sqlite3 *db = SqliteStatement::handle(m_db);
    // Inside a transaction, FTS5 may hold this connection's new words in memory, not yet in
    // any segment; they are flushed when it commits.
    if (!db || !sqlite3_get_autocommit(db))
        return false;
    SqliteStatement format;
    if (!format.prepare(db, "SELECT (SELECT v FROM articles_fts_config WHERE k = 'version'),"
                            " (SELECT sql FROM sqlite_master WHERE name = 'articles_fts')")
        || !format.step())
        return false;
    return format.columnInt(0) == kDataFormat && format.columnBytes(1).contains(FtsTokenizer::kDeclaration);
}

std::optional<QByteArray> FtsIndexReader::foldedToken(const QString &prefix) const
{
    const std::unique_ptr<FtsTokenizer> tokenizer = FtsTokenizer::create(SqliteStatement::handle(m_db));
    if (!tokenizer)
        return std::nullopt;
    QList<QByteArray> tokens;
    const QByteArray utf8 = prefix.toUtf8();
    const int rc = tokenizer->tokenize(FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX, utf8.constData(), int(utf8.size()),
                                       &tokens, collectToken);
    if (rc != SQLITE_OK || tokens.size() != 1 || tokens.first().isEmpty())
        return std::nullopt;
    return tokens.first();
}

std::optional<QList<FtsIndexReader::Segment>> FtsIndexReader::segments() const
{
    sqlite3 *db = SqliteStatement::handle(m_db);
    if (!db)
        return std::nullopt;
    SqliteStatement statement;
    if (!statement.prepare(db, "SELECT block FROM articles_fts_data WHERE id = ?"))
        return std::nullopt;
    statement.bindInt(1, kStructureRowid);
    if (!statement.step())
        return std::nullopt;
    const QByteArray record = statement.columnBytes(0);
    // A 4-byte cookie, then the levels. Later SQLite versions may mark a second layout with
    // 0xFF000001 after the cookie, whose segments carry more fields: not read here.
    if (record.size() < 8 || record.mid(4, 4) == QByteArray("\xff\x00\x00\x01", 4))
        return std::nullopt;
    VarintReader reader(record, 4);
    qint64 levels = 0, segmentTotal = 0, writeCounter = 0;
    if (!reader.read(&levels) || !reader.read(&segmentTotal) || !reader.read(&writeCounter))
        return std::nullopt;
    QList<Segment> segments;
    for (qint64 level = 0; level < levels; ++level) {
        qint64 merging = 0, count = 0;
        if (!reader.read(&merging) || !reader.read(&count))
            return std::nullopt;
        for (qint64 i = 0; i < count; ++i) {
            Segment segment;
            if (!reader.read(&segment.id) || !reader.read(&segment.firstPage) || !reader.read(&segment.lastPage))
                return std::nullopt;
            segments << segment;
        }
    }
    if (segments.size() != segmentTotal)
        return std::nullopt;
    return segments;
}

std::optional<int> FtsIndexReader::segmentCount() const
{
    const auto all = segments();
    if (!all)
        return std::nullopt;
    return int(all->size());
}

std::optional<QStringList> FtsIndexReader::prefixTerms(const QString &prefix, int maxTerms) const
{
    if (!readable())
        return std::nullopt;
    const std::optional<QByteArray> token = foldedToken(prefix);
    const std::optional<QList<Segment>> all = segments();
    if (!token || !all)
        return std::nullopt;
    // Every key in [low, high) starts with the prefix. UTF-8 never holds 0xff, so the last
    // byte can be raised by one.
    const QByteArray low = kMainIndex + *token;
    QByteArray high = low;
    high[high.size() - 1] = char(quint8(high.back()) + 1);

    sqlite3 *db = SqliteStatement::handle(m_db);
    // %_idx keys each leaf page that starts a key by (a prefix of) its first key; pgno holds the
    // page number shifted left once (the low bit flags a doclist index). The page where the
    // range starts is the last one keyed at or before it, then every page keyed inside it.
    // A segment that an incremental merge is consuming starts at a later page than 1: the
    // pages before it are gone (their keys live in the merge's output segment) though %_idx
    // may still list them, and its first page was rewritten to start at the merge's key.
    SqliteStatement firstPage, nextPages, leaf;
    if (!firstPage.prepare(db, "SELECT pgno FROM articles_fts_idx WHERE segid = ? AND term <= ?"
                               " ORDER BY term DESC LIMIT 1")
        || !nextPages.prepare(db, "SELECT pgno FROM articles_fts_idx WHERE segid = ? AND term > ? AND term < ?"
                                  " ORDER BY term")
        || !leaf.prepare(db, "SELECT block FROM articles_fts_data WHERE id = ?"))
        return std::nullopt;

    QSet<QByteArray> found;
    for (const Segment &segment : *all) {
        firstPage.reset();
        firstPage.bindInt(1, segment.id);
        firstPage.bindBlob(2, low);
        const qint64 start =
            qMax(segment.firstPage, firstPage.step() ? firstPage.columnInt(0) >> 1 : segment.firstPage);
        QList<qint64> pages{start};
        nextPages.reset();
        nextPages.bindInt(1, segment.id);
        nextPages.bindBlob(2, low);
        nextPages.bindBlob(3, high);
        while (nextPages.step()) {
            const qint64 page = nextPages.columnInt(0) >> 1;
            if (page > start)
                pages << page;
        }
        for (const qint64 page : std::as_const(pages)) {
            if (page < segment.firstPage || page > segment.lastPage)
                return std::nullopt;
            leaf.reset();
            leaf.bindInt(1, (segment.id << kSegmentIdShift) + page);
            if (!leaf.step())
                return std::nullopt;
            const std::optional<QList<QByteArray>> keys = leafKeys(leaf.columnBytes(0));
            if (!keys)
                return std::nullopt;
            for (const QByteArray &key : *keys) {
                if (key >= low && key < high)
                    found.insert(key.mid(1));
            }
            if (found.size() > maxTerms)
                return std::nullopt;
        }
    }
    QStringList terms;
    terms.reserve(found.size());
    for (const QByteArray &term : std::as_const(found))
        terms << QString::fromUtf8(term);
    terms.sort();
    return terms;
}

} // namespace glossa
