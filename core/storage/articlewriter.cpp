#include "articlewriter.h"

#include "serverarticlewriter.h"
#include "sqlbackend.h"
#include "sqlitearticlewriter.h"

#include <QCryptographicHash>

namespace glossa {

ArticleWriter::ArticleWriter(QSqlDatabase db)
{
    if (backendOf(db) == SqlBackend::PostgreSql)
        m_backend = std::make_unique<ServerArticleWriter>(db);
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
    return m_backend->write(dump);
}

void ArticleWriter::beginBatch()
{
    m_backend->beginBatch();
}

bool ArticleWriter::flushBatch(QString *error)
{
    return m_backend->flushBatch(error);
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
