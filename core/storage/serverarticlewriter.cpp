#include "serverarticlewriter.h"

#include "serverconnection.h"

#include <QSqlError>
#include <QVariant>

namespace glossa {

namespace {

// PostgreSQL array literals: texts quoted (with \ and " escaped), a null QString as NULL.
QString textArray(const QStringList &values)
{
    QString literal;
    qsizetype size = 2;
    for (const QString &value : values)
        size += value.size() + 3;
    literal.reserve(size);
    literal += QLatin1Char('{');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            literal += QLatin1Char(',');
        const QString &value = values.at(i);
        if (value.isNull()) {
            literal += QLatin1String("NULL");
            continue;
        }
        literal += QLatin1Char('"');
        for (const QChar c : value) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                literal += QLatin1Char('\\');
            literal += c;
        }
        literal += QLatin1Char('"');
    }
    literal += QLatin1Char('}');
    return literal;
}

QString integerArray(const QList<int> &values)
{
    QStringList items;
    items.reserve(values.size());
    for (const int value : values)
        items << QString::number(value);
    return QLatin1Char('{') + items.join(QLatin1Char(',')) + QLatin1Char('}');
}

// '' for a null text, as the NOT NULL columns want.
QString orEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

ServerArticleWriter::ServerArticleWriter(QSqlDatabase db) : m_db(db), m_writeFile(db) {}

WriteResult ServerArticleWriter::write(const PreparedDump &dump, const QString &importedAt)
{
    WriteResult result;
    if (!m_prepared) {
        if (!m_writeFile.prepare(QStringLiteral("SELECT article_ids, duplicates, failure FROM glossa_write_file("
                                                "?, ?, ?, ?, ?, ?, ?::integer[], ?::text[], ?::text[], ?::text[],"
                                                " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
                                                " ?::text[], ?::text[], ?::integer[], ?::text[], ?::integer[],"
                                                " ?::integer[])"))) {
            result.error = QStringLiteral("cannot prepare the library: %1")
                               .arg(ServerConnection::messageOf(m_writeFile.lastError()));
            return result;
        }
        m_prepared = true;
    }
    QList<int> pages, blockCounts, blockStarts, blockEnds;
    QStringList hashes, titles, sources, folded, published, languages, directions, urls, profiles, bodies, headlines,
        blockKinds;
    for (const PreparedPage &prepared : dump.pages) {
        const ParsedPage &page = dump.document.pages.at(prepared.page);
        pages << prepared.page;
        hashes << QString::fromLatin1(prepared.hash);
        titles << orEmpty(page.title);
        const QString source = page.source.trimmed();
        sources << (source.isEmpty() ? QString() : source);
        folded << (source.isEmpty() ? QString() : source.toCaseFolded());
        published << (page.published.isValid() ? page.published.toString(Qt::ISODate) : QString());
        languages << orEmpty(page.language);
        directions << (page.direction == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr"));
        urls << orEmpty(page.url);
        profiles << orEmpty(page.profile);
        bodies << QString::fromUtf8(prepared.body);
        headlines << (prepared.headlines.isEmpty() ? QString() : QString::fromUtf8(prepared.headlines));
        blockCounts << int(prepared.blocks.size());
        for (const Block &block : prepared.blocks) {
            blockKinds << Block::kindName(block.kind);
            blockStarts << block.start;
            blockEnds << block.end;
        }
    }
    m_writeFile.addBindValue(orEmpty(dump.fileName));
    m_writeFile.addBindValue(dump.sha256);
    m_writeFile.addBindValue(orEmpty(dump.document.encoding));
    m_writeFile.addBindValue(dump.byteSize);
    m_writeFile.addBindValue(dump.compressed.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                                       : QVariant(dump.compressed));
    m_writeFile.addBindValue(importedAt);
    m_writeFile.addBindValue(integerArray(pages));
    for (const QStringList *texts : {&hashes, &titles, &sources, &folded, &published, &languages, &directions, &urls,
                                     &profiles, &bodies, &headlines})
        m_writeFile.addBindValue(textArray(*texts));
    m_writeFile.addBindValue(integerArray(blockCounts));
    m_writeFile.addBindValue(textArray(blockKinds));
    m_writeFile.addBindValue(integerArray(blockStarts));
    m_writeFile.addBindValue(integerArray(blockEnds));
    if (!m_writeFile.exec() || !m_writeFile.next()) {
        result.error = QStringLiteral("cannot write to the library: %1")
                           .arg(ServerConnection::messageOf(m_writeFile.lastError()));
        m_writeFile.finish();
        return result;
    }
    const QString failure = m_writeFile.value(2).toString();
    if (!failure.isEmpty()) {
        m_writeFile.finish();
        result.error = QStringLiteral("cannot write to the library: %1").arg(failure);
        return result;
    }
    // An array of bigint comes back as its literal, {1,2,3}.
    const QString ids = m_writeFile.value(0).toString();
    for (const QStringView id : QStringView(ids).mid(1, ids.size() - 2).split(QLatin1Char(','), Qt::SkipEmptyParts))
        result.articleIds.append(id.toLongLong());
    result.added = int(result.articleIds.size());
    result.duplicates = m_writeFile.value(1).toInt();
    m_writeFile.finish();
    return result;
}

} // namespace glossa
