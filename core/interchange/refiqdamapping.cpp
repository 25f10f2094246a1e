#include "refiqdamapping.h"

#include "model/codepoints.h"
#include "model/taxonomy.h"
#include "refiqda.h"
#include "storage/tagstore.h"

#include <algorithm>

namespace glossa {

namespace {

const Taxonomy::Entry *findEntry(const QList<Taxonomy::Entry> &entries, const QString &name)
{
    for (const Taxonomy::Entry &entry : entries) {
        if (entry.id.compare(name, Qt::CaseInsensitive) == 0 || entry.label.compare(name, Qt::CaseInsensitive) == 0)
            return &entry;
    }
    return nullptr;
}

void walk(const RefiCode &code, const QStringList &path, RefiCodeMeaning::Role rootRole, bool underTags,
          const Taxonomy &taxonomy, QHash<QString, RefiCodeMeaning> *meanings)
{
    const QString name = TagStore::normalizedName(code.name);
    const QStringList here = path + QStringList{name};
    RefiCodeMeaning meaning;
    meaning.color = code.color;
    const Taxonomy::Entry *entry = nullptr;
    if (path.size() == 1 && rootRole == RefiCodeMeaning::Role::Kind)
        entry = findEntry(taxonomy.kinds(), name);
    else if (path.size() == 1 && rootRole == RefiCodeMeaning::Role::Verdict)
        entry = findEntry(taxonomy.verdicts(), name);
    if (entry) {
        meaning.role = rootRole;
        meaning.value = entry->id;
    } else {
        meaning.role = RefiCodeMeaning::Role::Tag;
        // Below "Tags" the path from there, elsewhere the whole path: "Emotions/Anger".
        meaning.value = (underTags ? here.mid(1) : here).join(QLatin1Char('/'));
    }
    const QString guid = RefiQda::normalizedGuid(code.guid);
    if (!guid.isEmpty() && !meaning.value.isEmpty())
        meanings->insert(guid, meaning);
    for (const RefiCode &child : code.children)
        walk(child, here, rootRole, underTags, taxonomy, meanings);
}

} // namespace

QHash<QString, RefiCodeMeaning> refiCodeMeanings(const QList<RefiCode> &codes, const Taxonomy &taxonomy)
{
    QHash<QString, RefiCodeMeaning> meanings;
    for (const RefiCode &root : codes) {
        const QString name = TagStore::normalizedName(root.name);
        const bool isKinds = name.compare(RefiQda::kClaimKindCode, Qt::CaseInsensitive) == 0;
        const bool isVerdicts = name.compare(RefiQda::kVerdictCode, Qt::CaseInsensitive) == 0;
        const bool isTags = name.compare(RefiQda::kTagsCode, Qt::CaseInsensitive) == 0;
        if (isKinds || isVerdicts || isTags) {
            const RefiCodeMeaning::Role role = isKinds ? RefiCodeMeaning::Role::Kind
                : isVerdicts                           ? RefiCodeMeaning::Role::Verdict
                                                       : RefiCodeMeaning::Role::Tag;
            // The root itself codes as a tag of its own name.
            const QString guid = RefiQda::normalizedGuid(root.guid);
            if (!guid.isEmpty())
                meanings.insert(guid, {RefiCodeMeaning::Role::Tag, name, root.color});
            for (const RefiCode &child : root.children)
                walk(child, {name}, role, isTags, taxonomy, &meanings);
        } else {
            walk(root, {}, RefiCodeMeaning::Role::Tag, false, taxonomy, &meanings);
        }
    }
    return meanings;
}

RefiSourceText::RefiSourceText(const QString &text, bool atlasCounting) : m_text(text)
{
    if (atlasCounting)
        m_text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    int canonical = 0;
    int lineStart = 0;
    const int size = int(m_text.size());
    while (lineStart <= size) {
        int lineEnd = lineStart;
        while (lineEnd < size && m_text.at(lineEnd) != QLatin1Char('\n') && m_text.at(lineEnd) != QLatin1Char('\r'))
            ++lineEnd;
        int first = lineStart, last = lineEnd;
        while (first < last && m_text.at(first).isSpace())
            ++first;
        while (last > first && m_text.at(last - 1).isSpace())
            --last;
        if (last > first) {
            if (!m_lines.isEmpty())
                ++canonical; // the '\n' between blocks
            m_lines.append({first, canonical, last - first});
            canonical += last - first;
        }
        if (lineEnd >= size)
            break;
        // "\r\n" is one line break, as are a lone "\r" and "\n".
        lineStart = lineEnd + ((m_text.at(lineEnd) == QLatin1Char('\r') && lineEnd + 1 < size
                                && m_text.at(lineEnd + 1) == QLatin1Char('\n'))
                                   ? 2
                                   : 1);
    }
}

QList<ParsedBlock> RefiSourceText::blocks() const
{
    QList<ParsedBlock> blocks;
    blocks.reserve(m_lines.size());
    for (const Line &line : m_lines)
        blocks.append({ParsedBlock::Kind::Paragraph, m_text.mid(line.sourceStart, line.length)});
    return blocks;
}

std::optional<std::pair<int, int>> RefiSourceText::canonicalRange(qint64 startPoint, qint64 endPoint) const
{
    if (startPoint < 0 || endPoint <= startPoint || endPoint > std::numeric_limits<int>::max())
        return std::nullopt;
    const int start = CodePoints::toUtf16(m_text, int(startPoint));
    const int end = CodePoints::toUtf16(m_text, int(endPoint));
    if (start < 0 || end < 0)
        return std::nullopt;
    // The first line that ends after start, and the last that begins before end.
    const auto firstLine = std::find_if(m_lines.cbegin(), m_lines.cend(),
                                        [start](const Line &line) { return line.sourceStart + line.length > start; });
    auto lastLine = std::find_if(m_lines.crbegin(), m_lines.crend(), [end](const Line &line) { return line.sourceStart < end; });
    if (firstLine == m_lines.cend() || lastLine == m_lines.crend())
        return std::nullopt;
    const int canonicalStart = firstLine->canonicalStart + std::max(0, start - firstLine->sourceStart);
    const int canonicalEnd = lastLine->canonicalStart + std::min(lastLine->length, end - lastLine->sourceStart);
    if (canonicalEnd <= canonicalStart)
        return std::nullopt;
    return std::make_pair(canonicalStart, canonicalEnd);
}

} // namespace glossa
