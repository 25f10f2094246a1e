#include "articlewriter.h"

#include "sqlvalue.h"
#include "timestamps.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlError>
#include <QVariant>

namespace glossa {

ArticleWriter::ArticleWriter(QSqlDatabase db)
    : m_db(db), m_findDump(db), m_insertDump(db), m_insertHeadline(db), m_findHash(db),
      m_findSource(db), m_insertSource(db), m_insertArticle(db), m_insertText(db), m_insertBlock(db)
{
}

bool ArticleWriter::prepare()
{
    if (m_prepared)
        return true;
    m_prepared = m_findDump.prepare(QStringLiteral("SELECT id FROM dumps WHERE sha256 = ?"))
        && m_insertDump.prepare(QStringLiteral(
            "INSERT INTO dumps (file_name, sha256, encoding, byte_size, imported_at, raw) VALUES (?, ?, ?, ?, ?, ?)"))
        && m_insertHeadline.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO headlines (dump_id, page, position, text) VALUES (?, ?, ?, ?)"))
        && m_findHash.prepare(QStringLiteral("SELECT 1 FROM articles WHERE content_hash = ?"))
        && m_findSource.prepare(QStringLiteral("SELECT id FROM sources WHERE folded = ?"))
        && m_insertSource.prepare(QStringLiteral("INSERT INTO sources (name, folded) VALUES (?, ?)"))
        && m_insertArticle.prepare(QStringLiteral(
            "INSERT INTO articles (dump_id, page, content_hash, title, source_id, published, language, "
            "direction, url, profile, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        && m_insertText.prepare(QStringLiteral("INSERT INTO article_texts (article_id, body) VALUES (?, ?)"))
        && m_insertBlock.prepare(QStringLiteral(
            "INSERT INTO blocks (article_id, position, kind, start, end) VALUES (?, ?, ?, ?, ?)"));
    return m_prepared;
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

qint64 ArticleWriter::sourceId(const QString &name, QString *error)
{
    const QString key = name.toCaseFolded();
    auto cached = m_sourceIds.constFind(key);
    if (cached != m_sourceIds.constEnd())
        return *cached;
    m_findSource.addBindValue(key);
    if (m_findSource.exec() && m_findSource.next()) {
        const qint64 id = m_findSource.value(0).toLongLong();
        m_findSource.finish();
        m_sourceIds.insert(key, id);
        return id;
    }
    m_findSource.finish();
    m_insertSource.addBindValue(name);
    m_insertSource.addBindValue(key);
    if (!m_insertSource.exec()) {
        *error = m_insertSource.lastError().text();
        return 0;
    }
    const qint64 id = m_insertSource.lastInsertId().toLongLong();
    // Not cached: the transaction may yet be rolled back, and the id with it.
    return id;
}

qint64 ArticleWriter::existingDump(const QString &sha256)
{
    m_findDump.addBindValue(sha256);
    qint64 id = 0;
    if (m_findDump.exec() && m_findDump.next())
        id = m_findDump.value(0).toLongLong();
    m_findDump.finish();
    return id;
}

bool ArticleWriter::contentExists(const QString &hash)
{
    m_findHash.addBindValue(hash);
    const bool exists = m_findHash.exec() && m_findHash.next();
    m_findHash.finish();
    return exists;
}

WriteResult ArticleWriter::write(const QString &fileName, const QByteArray &raw, const ParsedDocument &document)
{
    WriteResult result;
    if (!prepare()) {
        result.error = QStringLiteral("cannot prepare the library: %1").arg(m_db.lastError().text());
        return result;
    }

    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        result.error = QStringLiteral("cannot write to the library: %1").arg(transaction.errorText());
        return result;
    }

    // Work out what is new before writing anything, so a file of duplicates writes nothing;
    // inside the transaction, so another process cannot add the same page meanwhile.
    struct Pending
    {
        int page;
        QString hash;
        QString text;
        QList<Block> blocks;
    };
    QList<Pending> pending;
    QSet<QString> seenInFile;
    for (int i = 0; i < document.pages.size(); ++i) {
        QList<Block> blocks;
        const QString text = canonicalText(document.pages.at(i), &blocks);
        const QString hash = contentHash(document.pages.at(i), text);
        if (seenInFile.contains(hash) || contentExists(hash)) {
            ++result.duplicates;
            continue;
        }
        seenInFile.insert(hash);
        pending.append({i, hash, text, blocks});
    }
    if (pending.isEmpty())
        return result;

    auto failed = [&](const QSqlQuery &query) {
        WriteResult failure;
        failure.error = QStringLiteral("cannot write to the library: %1").arg(query.lastError().text());
        return failure;
    };

    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
    const QString importedAt = timestamps::now();
    qint64 dumpId = existingDump(sha256);
    if (dumpId == 0) {
        m_insertDump.addBindValue(textValue(fileName));
        m_insertDump.addBindValue(sha256);
        m_insertDump.addBindValue(textValue(document.encoding));
        m_insertDump.addBindValue(raw.size());
        m_insertDump.addBindValue(importedAt);
        m_insertDump.addBindValue(qCompress(raw, 6));
        if (!m_insertDump.exec())
            return failed(m_insertDump);
        dumpId = m_insertDump.lastInsertId().toLongLong();
    }

    for (const Pending &item : pending) {
        const ParsedPage &page = document.pages.at(item.page);
        for (int position = 0; position < page.headlines.size(); ++position) {
            m_insertHeadline.addBindValue(dumpId);
            m_insertHeadline.addBindValue(item.page);
            m_insertHeadline.addBindValue(position);
            m_insertHeadline.addBindValue(page.headlines.at(position));
            if (!m_insertHeadline.exec())
                return failed(m_insertHeadline);
        }

        QVariant source;
        if (!page.source.trimmed().isEmpty()) {
            QString error;
            const qint64 id = sourceId(page.source.trimmed(), &error);
            if (id == 0) {
                result = WriteResult();
                result.error = QStringLiteral("cannot write to the library: %1").arg(error);
                return result;
            }
            source = id;
        }
        const QString &text = item.text;
        const QList<Block> &blocks = item.blocks;
        m_insertArticle.addBindValue(dumpId);
        m_insertArticle.addBindValue(item.page);
        m_insertArticle.addBindValue(item.hash);
        m_insertArticle.addBindValue(textValue(page.title));
        m_insertArticle.addBindValue(source);
        m_insertArticle.addBindValue(page.published.isValid() ? QVariant(page.published.toString(Qt::ISODate))
                                                              : QVariant());
        m_insertArticle.addBindValue(textValue(page.language));
        m_insertArticle.addBindValue(page.direction == Qt::RightToLeft ? QStringLiteral("rtl")
                                                                       : QStringLiteral("ltr"));
        m_insertArticle.addBindValue(textValue(page.url));
        m_insertArticle.addBindValue(textValue(page.profile));
        m_insertArticle.addBindValue(importedAt);
        if (!m_insertArticle.exec())
            return failed(m_insertArticle);
        const qint64 articleId = m_insertArticle.lastInsertId().toLongLong();
        m_insertText.addBindValue(articleId);
        m_insertText.addBindValue(textValue(text)); // a page may be a title alone
        if (!m_insertText.exec())
            return failed(m_insertText);
        for (int position = 0; position < blocks.size(); ++position) {
            const Block &block = blocks.at(position);
            m_insertBlock.addBindValue(articleId);
            m_insertBlock.addBindValue(position);
            m_insertBlock.addBindValue(Block::kindName(block.kind));
            m_insertBlock.addBindValue(block.start);
            m_insertBlock.addBindValue(block.end);
            if (!m_insertBlock.exec())
                return failed(m_insertBlock);
        }
        result.articleIds.append(articleId);
        ++result.added;
    }
    if (!transaction.commit()) {
        WriteResult failure;
        failure.error = QStringLiteral("cannot write to the library: %1").arg(transaction.errorText());
        return failure;
    }
    return result;
}

} // namespace glossa
