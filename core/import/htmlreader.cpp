#include "htmlreader.h"

#include "dumpparser.h"
#include "isodate.h"
#include "languageguesser.h"

#include <QHash>
#include <QList>

namespace glossa {

namespace {

enum class BlockRole { None, Title, Heading, Paragraph, Container };

struct Element
{
    QString name;
    BlockRole role = BlockRole::None;
};

BlockRole roleOf(const QString &name)
{
    static const QHash<QString, BlockRole> roles = {
        {QStringLiteral("h1"), BlockRole::Title},
        {QStringLiteral("h2"), BlockRole::Heading},
        {QStringLiteral("h3"), BlockRole::Heading},
        {QStringLiteral("h4"), BlockRole::Heading},
        {QStringLiteral("h5"), BlockRole::Paragraph},
        {QStringLiteral("h6"), BlockRole::Paragraph},
        {QStringLiteral("p"), BlockRole::Paragraph},
        {QStringLiteral("li"), BlockRole::Paragraph},
        {QStringLiteral("blockquote"), BlockRole::Paragraph},
        {QStringLiteral("dt"), BlockRole::Paragraph},
        {QStringLiteral("dd"), BlockRole::Paragraph},
        {QStringLiteral("figcaption"), BlockRole::Paragraph},
        {QStringLiteral("pre"), BlockRole::Paragraph},
        {QStringLiteral("td"), BlockRole::Paragraph},
        {QStringLiteral("th"), BlockRole::Paragraph},
        {QStringLiteral("caption"), BlockRole::Paragraph},
        {QStringLiteral("address"), BlockRole::Paragraph},
        {QStringLiteral("div"), BlockRole::Container},
        {QStringLiteral("section"), BlockRole::Container},
        {QStringLiteral("article"), BlockRole::Container},
        {QStringLiteral("main"), BlockRole::Container},
        {QStringLiteral("header"), BlockRole::Container},
        {QStringLiteral("footer"), BlockRole::Container},
        {QStringLiteral("aside"), BlockRole::Container},
        {QStringLiteral("figure"), BlockRole::Container},
        {QStringLiteral("ul"), BlockRole::Container},
        {QStringLiteral("ol"), BlockRole::Container},
        {QStringLiteral("dl"), BlockRole::Container},
        {QStringLiteral("table"), BlockRole::Container},
        {QStringLiteral("tr"), BlockRole::Container},
        {QStringLiteral("body"), BlockRole::Container},
        {QStringLiteral("html"), BlockRole::Container},
        {QStringLiteral("center"), BlockRole::Container},
    };
    return roles.value(name, BlockRole::None);
}

// Elements whose whole content is dropped: code, embedded documents, vector images,
// form controls and site navigation are never part of the article.
bool isSkippedElement(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("noscript"),
        QStringLiteral("iframe"), QStringLiteral("template"), QStringLiteral("svg"),
        QStringLiteral("math"), QStringLiteral("object"), QStringLiteral("canvas"),
        QStringLiteral("video"), QStringLiteral("audio"), QStringLiteral("nav"),
        QStringLiteral("form"), QStringLiteral("button"), QStringLiteral("select"),
        QStringLiteral("textarea"),
    };
    return names.contains(name);
}

// Raw text elements: their content is not markup, so a "<script" inside them does
// not nest and only the matching end tag closes them.
bool isRawTextElement(const QString &name)
{
    return name == QLatin1String("script") || name == QLatin1String("style") || name == QLatin1String("textarea");
}

bool isVoidElement(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("area"), QStringLiteral("base"), QStringLiteral("br"), QStringLiteral("col"),
        QStringLiteral("embed"), QStringLiteral("hr"), QStringLiteral("img"), QStringLiteral("input"),
        QStringLiteral("link"), QStringLiteral("meta"), QStringLiteral("param"), QStringLiteral("source"),
        QStringLiteral("track"), QStringLiteral("wbr"),
    };
    return names.contains(name);
}

bool isAsciiSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f';
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u':' || c == u'_';
}

// HTML whitespace collapses to one space; U+00A0 (&nbsp;) is kept, as a browser would.
QString collapseWhitespace(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : text) {
        if (isAsciiSpace(c)) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !out.isEmpty())
            out += u' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

char32_t windows1252Control(int code)
{
    // HTML maps numeric references 0x80-0x9F to windows-1252, because pages declared
    // Latin-1 wrote them so (&#146; is a right quotation mark).
    static const char16_t table[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    };
    return table[code - 0x80];
}

struct Tag
{
    QString name;
    bool end = false;
    bool selfClosing = false;
    QHash<QString, QString> attributes;
};

class Scanner
{
public:
    explicit Scanner(const QString &html) : m_html(html) {}

    bool atEnd() const { return m_pos >= m_html.size(); }

    // Text up to the next markup, raw (entities still encoded).
    QStringView readText()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_html.size()) {
            const qsizetype lt = m_html.indexOf(u'<', m_pos);
            if (lt < 0) {
                m_pos = m_html.size();
                break;
            }
            m_pos = lt;
            if (startsMarkup())
                break;
            ++m_pos; // a lone '<' ("a < b") is text
        }
        return QStringView(m_html).mid(start, m_pos - start);
    }

    // At a '<' that starts markup: consumes comments, doctypes and processing
    // instructions (returns false) or a tag (returns true and fills *tag).
    bool readMarkup(Tag *tag)
    {
        QStringView rest = QStringView(m_html).mid(m_pos);
        if (rest.startsWith(u"<!--")) {
            skipPast(QStringLiteral("-->"), m_pos + 4);
            return false;
        }
        if (rest.startsWith(u"<!") || rest.startsWith(u"<?")) {
            skipPast(QStringLiteral(">"), m_pos + 2);
            return false;
        }
        *tag = Tag();
        qsizetype i = m_pos + 1;
        if (i < m_html.size() && m_html.at(i) == u'/') {
            tag->end = true;
            ++i;
        }
        const qsizetype nameStart = i;
        while (i < m_html.size() && isNameChar(m_html.at(i)))
            ++i;
        tag->name = m_html.mid(nameStart, i - nameStart).toLower();
        // Attributes: name, name=value, name="value", name='value'.
        while (i < m_html.size()) {
            while (i < m_html.size() && (isAsciiSpace(m_html.at(i)) || m_html.at(i) == u'/')) {
                if (m_html.at(i) == u'/')
                    tag->selfClosing = true;
                ++i;
            }
            if (i >= m_html.size() || m_html.at(i) == u'>')
                break;
            tag->selfClosing = false;
            const qsizetype attrStart = i;
            while (i < m_html.size() && !isAsciiSpace(m_html.at(i)) && m_html.at(i) != u'='
                   && m_html.at(i) != u'>' && m_html.at(i) != u'/')
                ++i;
            if (i == attrStart) { // a stray character such as '"' on its own
                ++i;
                continue;
            }
            const QString attrName = m_html.mid(attrStart, i - attrStart).toLower();
            while (i < m_html.size() && isAsciiSpace(m_html.at(i)))
                ++i;
            QString value;
            if (i < m_html.size() && m_html.at(i) == u'=') {
                ++i;
                while (i < m_html.size() && isAsciiSpace(m_html.at(i)))
                    ++i;
                if (i < m_html.size() && (m_html.at(i) == u'"' || m_html.at(i) == u'\'')) {
                    const QChar quote = m_html.at(i);
                    const qsizetype close = m_html.indexOf(quote, i + 1);
                    const qsizetype valueEnd = close < 0 ? m_html.size() : close;
                    value = m_html.mid(i + 1, valueEnd - i - 1);
                    i = close < 0 ? m_html.size() : close + 1;
                } else {
                    const qsizetype valueStart = i;
                    while (i < m_html.size() && !isAsciiSpace(m_html.at(i)) && m_html.at(i) != u'>')
                        ++i;
                    value = m_html.mid(valueStart, i - valueStart);
                }
            }
            if (!tag->attributes.contains(attrName))
                tag->attributes.insert(attrName, HtmlReader::decodeEntities(value));
        }
        m_pos = i < m_html.size() ? i + 1 : m_html.size();
        return true;
    }

    // Skips the content of an element whose start tag was just read, up to and
    // including its end tag; an unclosed element swallows the rest, as in a browser.
    void skipElement(const QString &name)
    {
        const QString open = u'<' + name;
        const QString close = QStringLiteral("</") + name;
        int depth = 1;
        while (depth > 0) {
            const qsizetype closeAt = findTag(close, m_pos);
            if (closeAt < 0) {
                m_pos = m_html.size();
                return;
            }
            if (!isRawTextElement(name)) {
                qsizetype openAt = findTag(open, m_pos);
                while (openAt >= 0 && openAt < closeAt) {
                    ++depth;
                    openAt = findTag(open, openAt + open.size());
                }
            }
            --depth;
            m_pos = closeAt + close.size();
            skipPast(QStringLiteral(">"), m_pos);
        }
    }

    // Text content of a raw-text-like element (<title>) up to its end tag.
    QString readUntilEndTag(const QString &name)
    {
        const QString close = QStringLiteral("</") + name;
        const qsizetype closeAt = findTag(close, m_pos);
        const qsizetype end = closeAt < 0 ? m_html.size() : closeAt;
        const QString text = m_html.mid(m_pos, end - m_pos);
        m_pos = end;
        if (closeAt >= 0)
            skipPast(QStringLiteral(">"), m_pos + close.size());
        return text;
    }

private:
    bool startsMarkup() const
    {
        if (m_pos + 1 >= m_html.size())
            return false;
        const QChar next = m_html.at(m_pos + 1);
        return next.isLetter() || next == u'/' || next == u'!' || next == u'?';
    }

    void skipPast(const QString &marker, qsizetype from)
    {
        const qsizetype at = m_html.indexOf(marker, from);
        m_pos = at < 0 ? m_html.size() : at + marker.size();
    }

    // Position of "<name" or "</name" followed by a non-name character.
    qsizetype findTag(const QString &prefix, qsizetype from) const
    {
        qsizetype at = from;
        while ((at = m_html.indexOf(prefix, at, Qt::CaseInsensitive)) >= 0) {
            const qsizetype after = at + prefix.size();
            if (after >= m_html.size() || !isNameChar(m_html.at(after)))
                return at;
            at = after;
        }
        return -1;
    }

    const QString &m_html;
    qsizetype m_pos = 0;
};

struct Extracted
{
    QString h1;
    QString titleElement;
    QList<ParsedBlock> blocks;      // from headings, paragraphs, list items, quotes
    QList<ParsedBlock> looseBlocks; // text directly inside containers
    QString lang;
    QString dir;
    QHash<QString, QString> meta;   // lowercased name/property/itemprop → content
    QString canonical;
    QString timeDatetime;
};

class Extractor
{
public:
    Extracted run(const QString &html)
    {
        Scanner scanner(html);
        Tag tag;
        while (!scanner.atEnd()) {
            m_buffer += scanner.readText();
            if (scanner.atEnd() || !scanner.readMarkup(&tag))
                continue;
            handleTag(tag, scanner);
        }
        flush();
        return std::move(m_out);
    }

private:
    void handleTag(const Tag &tag, Scanner &scanner)
    {
        const QString &name = tag.name;
        if (tag.end) {
            const BlockRole role = roleOf(name);
            if (role != BlockRole::None || name == QLatin1String("br")) {
                flush();
                closeElement(name);
            }
            return;
        }
        if (name == QLatin1String("html") || name == QLatin1String("body")) {
            if (m_out.lang.isEmpty())
                m_out.lang = tag.attributes.value(QStringLiteral("lang"),
                                                  tag.attributes.value(QStringLiteral("xml:lang")));
            if (m_out.dir.isEmpty())
                m_out.dir = tag.attributes.value(QStringLiteral("dir")).toLower();
        }
        if (name == QLatin1String("meta")) {
            const QString content = tag.attributes.value(QStringLiteral("content"));
            for (const char *key : {"property", "name", "itemprop"}) {
                const QString id = tag.attributes.value(QLatin1String(key)).toLower();
                if (!id.isEmpty() && !m_out.meta.contains(id))
                    m_out.meta.insert(id, content);
            }
            return;
        }
        if (name == QLatin1String("link")) {
            if (tag.attributes.value(QStringLiteral("rel")).toLower() == QLatin1String("canonical"))
                m_out.canonical = tag.attributes.value(QStringLiteral("href"));
            return;
        }
        if (name == QLatin1String("title")) {
            const QString text = scanner.readUntilEndTag(name);
            if (m_out.titleElement.isEmpty())
                m_out.titleElement = LayoutProfile::trimLine(collapseWhitespace(HtmlReader::decodeEntities(text)));
            return;
        }
        if (name == QLatin1String("time") && m_out.timeDatetime.isEmpty())
            m_out.timeDatetime = tag.attributes.value(QStringLiteral("datetime"));
        if (isSkippedElement(name)) {
            if (!tag.selfClosing)
                scanner.skipElement(name);
            return;
        }
        if (name == QLatin1String("br") || name == QLatin1String("hr")) {
            // A line break inside a paragraph starts a new one: blocks are single lines.
            flush();
            return;
        }
        const BlockRole role = roleOf(name);
        if (role == BlockRole::None || isVoidElement(name))
            return;
        flush();
        // Paragraph-like elements cannot contain one another in practice; an unclosed
        // <p> or <li> ends where the next one starts, as HTML's implied end tags say.
        if (role != BlockRole::Container && !m_open.isEmpty()) {
            const QString &top = m_open.constLast().name;
            if (top == QLatin1String("p") || (name == QLatin1String("li") && top == QLatin1String("li")))
                m_open.removeLast();
        }
        if (name == QLatin1String("pre"))
            ++m_preDepth;
        if (!tag.selfClosing)
            m_open.append({name, role});
    }

    void closeElement(const QString &name)
    {
        for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
            if (m_open.at(i).name == name) {
                for (qsizetype j = m_open.size() - 1; j >= i; --j) {
                    if (m_open.at(j).name == QLatin1String("pre"))
                        m_preDepth = qMax(0, m_preDepth - 1);
                }
                m_open.resize(i);
                return;
            }
        }
        // An end tag without a start tag is ignored.
    }

    BlockRole currentRole() const
    {
        for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
            const BlockRole role = m_open.at(i).role;
            if (role != BlockRole::Container)
                return role;
        }
        return BlockRole::Container;
    }

    void flush()
    {
        if (m_buffer.isEmpty())
            return;
        const QString decoded = HtmlReader::decodeEntities(m_buffer);
        m_buffer.clear();
        const BlockRole role = currentRole();
        const QStringList pieces = m_preDepth > 0 ? decoded.split(u'\n') : QStringList{decoded};
        for (const QString &piece : pieces) {
            const QString text = LayoutProfile::trimLine(collapseWhitespace(piece));
            if (text.isEmpty())
                continue;
            switch (role) {
            case BlockRole::Title:
                if (m_out.h1.isEmpty()) {
                    m_out.h1 = text;
                    break;
                }
                m_out.blocks.append({ParsedBlock::Kind::Heading, text});
                break;
            case BlockRole::Heading:
                m_out.blocks.append({ParsedBlock::Kind::Heading, text});
                break;
            case BlockRole::Paragraph:
                m_out.blocks.append({ParsedBlock::Kind::Paragraph, text});
                break;
            case BlockRole::Container:
            case BlockRole::None:
                m_out.looseBlocks.append({ParsedBlock::Kind::Paragraph, text});
                break;
            }
        }
    }

    Extracted m_out;
    QList<Element> m_open;
    QString m_buffer;
    int m_preDepth = 0;
};

QString metaValue(const Extracted &page, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = LayoutProfile::trimLine(page.meta.value(QLatin1String(key)));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

// "Title - Site" or "Title | Site" in <title>: the site part is not the headline.
QString stripSiteSuffix(QString title, const QString &site)
{
    if (site.isEmpty())
        return title;
    for (const char *separator : {" - ", " | ", " – ", " — ", " : "}) {
        const QString suffix = QLatin1String(separator) + site;
        if (title.endsWith(suffix, Qt::CaseInsensitive) && title.size() > suffix.size())
            return title.left(title.size() - suffix.size()).trimmed();
    }
    return title;
}

} // namespace

QString HtmlReader::decodeEntities(QStringView text)
{
    static const QHash<QString, char32_t> named = {
        {QStringLiteral("amp"), U'&'}, {QStringLiteral("lt"), U'<'}, {QStringLiteral("gt"), U'>'},
        {QStringLiteral("quot"), U'"'}, {QStringLiteral("apos"), U'\''}, {QStringLiteral("nbsp"), 0xA0},
        {QStringLiteral("shy"), 0xAD}, {QStringLiteral("copy"), 0xA9}, {QStringLiteral("reg"), 0xAE},
        {QStringLiteral("deg"), 0xB0}, {QStringLiteral("middot"), 0xB7}, {QStringLiteral("laquo"), 0xAB},
        {QStringLiteral("raquo"), 0xBB}, {QStringLiteral("times"), 0xD7}, {QStringLiteral("divide"), 0xF7},
        {QStringLiteral("agrave"), 0xE0}, {QStringLiteral("aacute"), 0xE1}, {QStringLiteral("acirc"), 0xE2},
        {QStringLiteral("auml"), 0xE4}, {QStringLiteral("ccedil"), 0xE7}, {QStringLiteral("egrave"), 0xE8},
        {QStringLiteral("eacute"), 0xE9}, {QStringLiteral("ecirc"), 0xEA}, {QStringLiteral("euml"), 0xEB},
        {QStringLiteral("igrave"), 0xEC}, {QStringLiteral("iacute"), 0xED}, {QStringLiteral("icirc"), 0xEE},
        {QStringLiteral("iuml"), 0xEF}, {QStringLiteral("ntilde"), 0xF1}, {QStringLiteral("ograve"), 0xF2},
        {QStringLiteral("oacute"), 0xF3}, {QStringLiteral("ocirc"), 0xF4}, {QStringLiteral("ouml"), 0xF6},
        {QStringLiteral("ugrave"), 0xF9}, {QStringLiteral("uacute"), 0xFA}, {QStringLiteral("ucirc"), 0xFB},
        {QStringLiteral("uuml"), 0xFC}, {QStringLiteral("yuml"), 0xFF}, {QStringLiteral("szlig"), 0xDF},
        {QStringLiteral("Agrave"), 0xC0}, {QStringLiteral("Aacute"), 0xC1}, {QStringLiteral("Acirc"), 0xC2},
        {QStringLiteral("Auml"), 0xC4}, {QStringLiteral("Ccedil"), 0xC7}, {QStringLiteral("Egrave"), 0xC8},
        {QStringLiteral("Eacute"), 0xC9}, {QStringLiteral("Ecirc"), 0xCA}, {QStringLiteral("Euml"), 0xCB},
        {QStringLiteral("Icirc"), 0xCE}, {QStringLiteral("Iuml"), 0xCF}, {QStringLiteral("Ocirc"), 0xD4},
        {QStringLiteral("Ouml"), 0xD6}, {QStringLiteral("Ugrave"), 0xD9}, {QStringLiteral("Ucirc"), 0xDB},
        {QStringLiteral("Uuml"), 0xDC}, {QStringLiteral("oelig"), 0x153}, {QStringLiteral("OElig"), 0x152},
        {QStringLiteral("ndash"), 0x2013}, {QStringLiteral("mdash"), 0x2014}, {QStringLiteral("lsquo"), 0x2018},
        {QStringLiteral("rsquo"), 0x2019}, {QStringLiteral("sbquo"), 0x201A}, {QStringLiteral("ldquo"), 0x201C},
        {QStringLiteral("rdquo"), 0x201D}, {QStringLiteral("bdquo"), 0x201E}, {QStringLiteral("hellip"), 0x2026},
        {QStringLiteral("bull"), 0x2022}, {QStringLiteral("euro"), 0x20AC}, {QStringLiteral("trade"), 0x2122},
        {QStringLiteral("lsaquo"), 0x2039}, {QStringLiteral("rsaquo"), 0x203A}, {QStringLiteral("thinsp"), 0x2009},
        {QStringLiteral("ensp"), 0x2002}, {QStringLiteral("emsp"), 0x2003}, {QStringLiteral("zwnj"), 0x200C},
        {QStringLiteral("zwj"), 0x200D}, {QStringLiteral("lrm"), 0x200E}, {QStringLiteral("rlm"), 0x200F},
        {QStringLiteral("sect"), 0xA7}, {QStringLiteral("para"), 0xB6}, {QStringLiteral("pound"), 0xA3},
        {QStringLiteral("iexcl"), 0xA1}, {QStringLiteral("iquest"), 0xBF}, {QStringLiteral("ordm"), 0xBA},
        {QStringLiteral("ordf"), 0xAA}, {QStringLiteral("dagger"), 0x2020},
    };
    if (!text.contains(u'&'))
        return text.toString();

    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != u'&') {
            out += c;
            ++i;
            continue;
        }
        // References are short; bounding the look-ahead keeps a stray '&' cheap.
        constexpr qsizetype kMaxReference = 32;
        const qsizetype semicolon = text.mid(i + 1, kMaxReference).indexOf(u';');
        if (semicolon <= 0) {
            out += c;
            ++i;
            continue;
        }
        const QStringView reference = text.mid(i + 1, semicolon);
        char32_t code = 0;
        bool known = false;
        if (reference.startsWith(u'#')) {
            const bool hex = reference.size() > 1 && (reference.at(1) == u'x' || reference.at(1) == u'X');
            const QStringView digits = reference.mid(hex ? 2 : 1);
            bool ok = false;
            const qulonglong value = digits.size() <= 8 ? digits.toULongLong(&ok, hex ? 16 : 10) : 0;
            if (ok && !digits.isEmpty() && digits.front() != u'+' && digits.front() != u'-') {
                known = true;
                if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
                    code = 0xFFFD;
                else if (value >= 0x80 && value <= 0x9F)
                    code = windows1252Control(int(value));
                else
                    code = char32_t(value);
            }
        } else {
            const auto it = named.constFind(reference.toString());
            if (it != named.constEnd()) {
                known = true;
                code = *it;
            }
        }
        if (!known) {
            out += c;
            ++i;
            continue;
        }
        out += QString::fromUcs4(&code, 1);
        i += semicolon + 2;
    }
    return out;
}

ParsedDocument HtmlReader::read(const QString &html, const LayoutProfileSet &profiles)
{
    ParsedDocument document;
    const Extracted page = Extractor().run(html);

    ParsedPage out;
    out.profile = profiles.generic().name();
    out.source = metaValue(page, {"og:site_name"});
    out.published = IsoDate::parse(metaValue(page, {"article:published_time", "date", "pubdate",
                                                    "datepublished", "dc.date", "dcterms.date"}));
    if (!out.published.isValid())
        out.published = IsoDate::parse(page.timeDatetime);
    out.url = metaValue(page, {"og:url"});
    if (!page.canonical.trimmed().isEmpty())
        out.url = page.canonical.trimmed();

    out.title = page.h1;
    if (out.title.isEmpty())
        out.title = metaValue(page, {"og:title"});
    if (out.title.isEmpty())
        out.title = stripSiteSuffix(page.titleElement, out.source);

    // Text loose in containers is a fallback for pages without paragraph markup;
    // otherwise it is menus, bylines and other chrome around the article.
    const QList<ParsedBlock> candidates = page.blocks.isEmpty() ? page.looseBlocks : page.blocks;

    // The saved pages of the aggregators carry the same provenance line, boilerplate
    // and footer as the text dumps; the provenance names the real outlet and wins over
    // og:site_name, which names the aggregator.
    const LayoutProfile *matched = nullptr;
    for (const ParsedBlock &block : candidates) {
        if (profiles.isFooter(block.text) || profiles.isBoilerplate(block.text))
            continue;
        if (block.kind == ParsedBlock::Kind::Paragraph && !matched) {
            ProvenanceMatch provenance;
            if (const LayoutProfile *profile = profiles.matchProvenance(block.text, &provenance)) {
                matched = profile;
                out.source = provenance.source;
                if (provenance.published.isValid())
                    out.published = provenance.published;
                out.profile = profile->name();
                continue;
            }
        }
        out.blocks.append(block);
    }

    if (out.title.isEmpty() && out.blocks.isEmpty()) {
        document.error = QStringLiteral("no article found");
        return document;
    }

    QString sample = out.title;
    for (const ParsedBlock &block : std::as_const(out.blocks)) {
        if (sample.size() > 4000)
            break;
        sample += u'\n' + block.text;
    }
    out.language = page.lang.trimmed().section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    if (out.language.isEmpty() && matched)
        out.language = matched->language();
    if (out.language.isEmpty())
        out.language = LanguageGuesser::guessLanguage(sample);
    if (page.dir == QLatin1String("rtl"))
        out.direction = Qt::RightToLeft;
    else if (page.dir == QLatin1String("ltr"))
        out.direction = Qt::LeftToRight;
    else
        out.direction = LanguageGuesser::directionFor(out.language, sample);

    document.pages.append(std::move(out));
    return document;
}

} // namespace glossa
