#include "dumpparser.h"

#include "languageguesser.h"

namespace glossa {

namespace {

enum class LineKind { Blank, Ticker, Boilerplate, Footer, Provenance, Text };

struct ClassifiedLine
{
    LineKind kind = LineKind::Blank;
    QString text; // trimmed
    QStringList headlines;
    const LayoutProfile *profile = nullptr; // provenance only
    ProvenanceMatch provenance;
};

// One page being assembled: text lines before the provenance line (title and any
// unrecognised site chrome), the provenance, then body lines.
struct PageDraft
{
    QStringList headlines;
    QStringList before;
    QStringList body;
    const LayoutProfile *profile = nullptr;
    ProvenanceMatch provenance;

    bool hasProvenance() const { return profile != nullptr; }
    bool hasText() const { return !before.isEmpty() || !body.isEmpty(); }
};

ClassifiedLine classify(const QString &raw, const LayoutProfileSet &profiles)
{
    ClassifiedLine line;
    line.text = LayoutProfile::trimLine(raw);
    if (line.text.isEmpty()) {
        line.kind = LineKind::Blank;
        return line;
    }
    if (profiles.mayBeBoilerplateOrFooter(line.text)) {
        const QString key = LayoutProfile::matchKey(line.text);
        if (profiles.isFooterKey(key)) {
            line.kind = LineKind::Footer;
            return line;
        }
        if (profiles.isBoilerplateKey(key)) {
            line.kind = LineKind::Boilerplate;
            return line;
        }
    }
    if (const LayoutProfile *ticker = profiles.tickerProfile(raw)) {
        line.kind = LineKind::Ticker;
        line.headlines = ticker->splitTicker(raw);
        return line;
    }
    if (const LayoutProfile *profile = profiles.matchProvenance(line.text, &line.provenance)) {
        line.kind = LineKind::Provenance;
        line.profile = profile;
        return line;
    }
    line.kind = LineKind::Text;
    return line;
}

// A title is a line, not a text: plain text whose first "line" is a whole article (or a 50 MB
// line of garbage) keeps that line as body and takes its opening words as the title.
constexpr int kMaxTitleLength = 300;
constexpr int kShortenedTitleLength = 120;

QString shortenedTitle(const QString &line)
{
    int cut = int(line.lastIndexOf(QLatin1Char(' '), kShortenedTitleLength));
    if (cut < kShortenedTitleLength / 2)
        cut = kShortenedTitleLength;
    if (cut < line.size() && line.at(cut - 1).isHighSurrogate())
        --cut;
    return line.left(cut).trimmed() + QStringLiteral("…");
}

bool finishPage(PageDraft &draft, const LayoutProfileSet &profiles, QList<ParsedPage> *pages)
{
    PageDraft done = std::move(draft);
    draft = PageDraft();

    ParsedPage page;
    QStringList body;
    if (done.hasProvenance()) {
        // The title is the line right above the provenance line; anything above the
        // title is site chrome no profile knows yet and is not part of the article.
        body = std::move(done.body);
        if (!done.before.isEmpty()) {
            page.title = done.before.constLast();
            if (page.title.size() > kMaxTitleLength) {
                body.prepend(page.title);
                page.title = shortenedTitle(page.title);
            }
        }
        page.source = done.provenance.source;
        page.published = done.provenance.published;
    } else {
        // No provenance: the first line is the title (plain text, or a page whose
        // provenance line is missing).
        body = done.before + done.body;
        if (!body.isEmpty()) {
            if (body.constFirst().size() > kMaxTitleLength)
                page.title = shortenedTitle(body.constFirst());
            else
                page.title = body.takeFirst();
        }
    }
    if (page.title.isEmpty() && body.isEmpty())
        return false;

    const LayoutProfile &profile = done.hasProvenance() ? *done.profile : profiles.generic();
    page.profile = profile.name();
    page.headlines = std::move(done.headlines);
    page.blocks = DumpParser::toBlocks(body, profile);

    page.language = profile.language();
    if (page.language.isEmpty() || profile.direction() == Qt::LayoutDirectionAuto) {
        QString sample = page.title;
        for (const ParsedBlock &block : std::as_const(page.blocks)) {
            if (sample.size() > 4000)
                break;
            sample += u'\n' + block.text;
        }
        if (page.language.isEmpty())
            page.language = LanguageGuesser::guessLanguage(sample);
        page.direction = profile.direction() == Qt::LayoutDirectionAuto
                             ? LanguageGuesser::directionFor(page.language, sample)
                             : profile.direction();
    } else {
        page.direction = profile.direction();
    }
    pages->append(std::move(page));
    return true;
}

} // namespace

DumpParser::DumpParser(const LayoutProfileSet &profiles)
    : m_profiles(profiles)
{
}

QList<ParsedBlock> DumpParser::toBlocks(const QStringList &lines, const LayoutProfile &profile)
{
    QList<ParsedBlock> blocks;
    blocks.reserve(lines.size());
    for (const QString &line : lines) {
        const QString text = LayoutProfile::trimLine(line);
        if (text.isEmpty())
            continue;
        ParsedBlock block;
        block.text = text;
        block.kind = profile.looksLikeHeading(text) ? ParsedBlock::Kind::Heading : ParsedBlock::Kind::Paragraph;
        blocks.append(std::move(block));
    }
    // Walk back over trailing heading candidates: with no paragraph after them they
    // are credits or signatures ("Par Jean Dupont", "AFP").
    for (qsizetype i = blocks.size() - 1; i >= 0 && blocks[i].kind == ParsedBlock::Kind::Heading; --i)
        blocks[i].kind = ParsedBlock::Kind::Paragraph;
    return blocks;
}

ParsedDocument DumpParser::parse(const QString &text) const
{
    ParsedDocument document;
    PageDraft draft;

    // Lines are classified one at a time and the draft only ever grows at its end, so
    // parsing is linear in the size of the file.
    for (QStringView rawView : QStringView(text).split(u'\n')) {
        const QString raw = rawView.toString();
        ClassifiedLine line = classify(raw, m_profiles);
        switch (line.kind) {
        case LineKind::Blank:
        case LineKind::Boilerplate:
            break;
        case LineKind::Footer:
            finishPage(draft, m_profiles, &document.pages);
            break;
        case LineKind::Ticker:
            // A ticker opens a page: once the current page has text, this is the next one.
            if (draft.hasText() || draft.hasProvenance())
                finishPage(draft, m_profiles, &document.pages);
            draft.headlines += line.headlines;
            break;
        case LineKind::Provenance:
            if (draft.hasProvenance()) {
                // Pages without footers: the last line of the current body is the next
                // page's title.
                QStringList carried;
                if (!draft.body.isEmpty())
                    carried.append(draft.body.takeLast());
                finishPage(draft, m_profiles, &document.pages);
                draft.before = std::move(carried);
            }
            draft.profile = line.profile;
            draft.provenance = std::move(line.provenance);
            break;
        case LineKind::Text:
            (draft.hasProvenance() ? draft.body : draft.before).append(line.text);
            break;
        }
    }
    finishPage(draft, m_profiles, &document.pages);

    if (document.pages.isEmpty())
        document.error = QStringLiteral("no article found");
    return document;
}

} // namespace glossa
