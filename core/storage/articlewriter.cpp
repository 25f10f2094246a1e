#include "articlewriter.h"

#include "serverarticlewriter.h"
#include "sqlbackend.h"
#include "sqlitearticlewriter.h"
#include "timestamps.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QSet>

namespace glossa {

ArticleWriter::ArticleWriter(QSqlDatabase db) : m_db(db)
{
    if (backendOf(db) == SqlBackend::PostgreSql)
        m_serverWriter = std::make_unique<ServerArticleWriter>(db);
    else
        m_backend = std::make_unique<SqliteArticleWriter>(db);
}

ArticleWriter::~ArticleWriter() = default;

WriteResult ArticleWriter::write(const QString &fileName, const QByteArray &raw, const ParsedDocument &document)
{
    return write(PreparedDump::prepare(fileName, raw, document));
}

WriteResult ArticleWriter::write(const PreparedDump &dump)
{
    if (m_serverWriter)
        return m_serverWriter->write(dump, timestamps::now());
    WriteResult result;
    auto fail = [this](const QString &reason) {
        m_backend->forget();
        WriteResult failure;
        failure.error = QStringLiteral("cannot write to the library: %1").arg(reason);
        return failure;
    };
    QString error;
    if (!m_backend->prepare(&error)) {
        WriteResult failure;
        failure.error = QStringLiteral("cannot prepare the library: %1").arg(error);
        return failure;
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(transaction.errorText());

    // Work out what is new before writing anything, so a file of duplicates writes nothing;
    // inside the transaction, so another process cannot add the same page meanwhile (a
    // server refuses the second of two at commit, by the unique hash).
    QList<const PreparedPage *> pending;
    QSet<QByteArray> seenInFile;
    for (const PreparedPage &page : dump.pages) {
        if (seenInFile.contains(page.hash)) {
            ++result.duplicates;
            continue;
        }
        const std::optional<bool> held = m_backend->holdsPage(page.hash, &error);
        if (!held)
            return fail(error);
        if (*held) {
            ++result.duplicates;
            continue;
        }
        seenInFile.insert(page.hash);
        pending.append(&page);
    }
    if (pending.isEmpty())
        return result;

    const QString importedAt = timestamps::now();
    qint64 dumpId = m_backend->dumpOf(dump.sha256, &error);
    if (dumpId < 0)
        return fail(error);
    if (dumpId == 0) {
        // The raw bytes are what an article is traced back to: no row without them.
        if (dump.compressed.isEmpty())
            return fail(QStringLiteral("the file could not be compressed for storage"));
        dumpId = m_backend->insertDump(dump, importedAt, &error);
        if (dumpId == 0)
            return fail(error);
    }
    for (const PreparedPage *prepared : std::as_const(pending)) {
        qint64 articleId = 0;
        if (!m_backend->writePage(dumpId, dump.document.pages.at(prepared->page), *prepared, importedAt, &articleId,
                                  &error))
            return fail(error);
        result.articleIds.append(articleId);
        ++result.added;
    }
    if (!m_backend->endFile(&error))
        return fail(error);
    if (!transaction.commit())
        return fail(transaction.errorText());
    return result;
}

// A server indexes each body as it comes: nothing waits for the end of a batch there.
void ArticleWriter::beginBatch()
{
    if (m_backend)
        m_backend->beginBatch();
}

bool ArticleWriter::flushBatch(QString *error)
{
    return m_backend ? m_backend->flushBatch(error) : true;
}

QString ArticleWriter::canonicalText(const ParsedPage &page, QList<Block> *blocks)
{
    QString text;
    if (blocks)
        blocks->clear();
    for (const ParsedBlock &parsed : page.blocks) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        Block block;
        block.kind = parsed.kind == ParsedBlock::Kind::Heading ? Block::Kind::Heading : Block::Kind::Paragraph;
        block.start = int(text.size());
        text += parsed.text;
        block.end = int(text.size());
        if (blocks)
            blocks->append(block);
    }
    return text;
}

QString ArticleWriter::contentHash(const ParsedPage &page)
{
    return contentHash(page, canonicalText(page, nullptr));
}

QString ArticleWriter::contentHash(const ParsedPage &page, const QString &text)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QChar unitSeparator(0x1f);
    const QString identity = page.title + unitSeparator + page.source.toCaseFolded() + unitSeparator
        + (page.published.isValid() ? page.published.toString(Qt::ISODate) : QString()) + unitSeparator
        + text;
    hash.addData(identity.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace glossa
