#include "checkworthywords.h"

#include <QFile>
#include <QMutex>
#include <QSet>
#include <algorithm>

namespace glossa::checkworthy {

namespace {

bool isArabicLetter(char16_t u)
{
    return (u >= 0x0620 && u <= 0x064A) || (u >= 0x066E && u <= 0x06D3);
}

bool hasDigit(QStringView word)
{
    for (QChar c : word) {
        if (c.isDigit())
            return true;
    }
    return false;
}

} // namespace

// Words as the scorer reads them: ICU's words, and French elisions split ("d'après" is "d" and
// "après", "l'État" is "l" and "État") so that a cue meets the word behind the article.
QList<Sentences::Range> wordRanges(QStringView text)
{
    QList<Sentences::Range> out;
    for (const Sentences::Range &range : Sentences::words(text)) {
        int start = range.start;
        for (int i = range.start; i < range.end; ++i) {
            const QChar c = text.at(i);
            if ((c == QLatin1Char('\'') || c == QChar(0x2019)) && i - start <= 6 && i + 1 < range.end && i > start) {
                out.append({start, i});
                start = i + 1;
                break; // one elision per word ("jusqu'à", "qu'il")
            }
        }
        out.append({start, range.end});
    }
    return out;
}



namespace {


// An Arabic word as a noun may be written: with or without a leading conjunction (و, ف), then a
// preposition (ب, ل, ك), then the article (ال; after ل it is written "لل"). Every form at least
// two letters long, the word itself first.
QStringList arabicNounForms(const QString &folded)
{
    QStringList forms{folded};
    auto strip = [](const QString &word, QStringView prefix) {
        return word.startsWith(prefix) && word.size() - prefix.size() >= 2 ? word.mid(prefix.size()) : QString();
    };
    QStringList stage{folded};
    for (const QString &conjunction : {QStringLiteral("و"), QStringLiteral("ف")}) {
        const QString s = strip(folded, conjunction);
        if (!s.isEmpty())
            stage << s;
    }
    QStringList withPreposition = stage;
    for (const QString &word : std::as_const(stage)) {
        for (const QString &preposition : {QStringLiteral("ب"), QStringLiteral("ل"), QStringLiteral("ك")}) {
            const QString s = strip(word, preposition);
            if (!s.isEmpty())
                withPreposition << s;
        }
        const QString ll = strip(word, QStringLiteral("لل")); // ل + ال
        if (!ll.isEmpty())
            withPreposition << ll;
    }
    for (const QString &word : std::as_const(withPreposition)) {
        if (!forms.contains(word))
            forms << word;
        const QString bare = strip(word, QStringLiteral("ال"));
        if (!bare.isEmpty() && !forms.contains(bare))
            forms << bare;
    }
    return forms;
}

// What the scorer reads of a word, worked out once per word and thread: articles repeat their
// words, and folding (Unicode normalisation) and stemming are the costly part of scoring.
struct WordForms
{
    QString folded;
    QString stem;
    QString bare;
    QString bareStem;
    QStringList nouns;
    QList<int> exactCues;
    QList<int> stemCues;
};

const WordForms &wordForms(QHash<QString, WordForms> &cache, const QString &word, bool numeric, const QString &language,
                           StemCache &stems)
{
    auto it = cache.constFind(word);
    if (it != cache.constEnd())
        return *it;
    if (cache.size() > 200000)
        cache.clear();
    WordForms forms;
    forms.folded = Stemmer::fold(word);
    if (!numeric)
        forms.stem = stems.stem(forms.folded);
    if (language == QLatin1String("ar")) {
        if (forms.folded.size() > 3 && (forms.folded.front() == QChar(0x0648) || forms.folded.front() == QChar(0x0641))) {
            forms.bare = forms.folded.mid(1);
            forms.bareStem = stems.stem(forms.bare);
        }
        forms.nouns = arabicNounForms(forms.folded);
    }
    if (!numeric) {
        const CueTable &cues = cuesFor(language);
        QStringList asWritten = forms.nouns.isEmpty() ? QStringList{forms.folded} : forms.nouns;
        if (!forms.bare.isEmpty() && !asWritten.contains(forms.bare))
            asWritten << forms.bare;
        for (const QString &written : std::as_const(asWritten))
            forms.exactCues += cues.exact.value(written);
        std::sort(forms.exactCues.begin(), forms.exactCues.end());
        forms.exactCues.erase(std::unique(forms.exactCues.begin(), forms.exactCues.end()), forms.exactCues.end());
        forms.stemCues = cues.stemmed.value(forms.stem);
        if (!forms.bareStem.isEmpty() && forms.bareStem != forms.stem)
            forms.stemCues += cues.stemmed.value(forms.bareStem);
    }
    return *cache.insert(word, forms);
}

} // namespace

QList<Token> tokenize(QStringView text, const QString &language, StemCache &stems)
{
    QList<Token> tokens;
    thread_local QHash<QString, QHash<QString, WordForms>> caches;
    QHash<QString, WordForms> &cache = caches[language];
    const QList<Sentences::Range> ranges = wordRanges(text);
    tokens.reserve(ranges.size());
    for (const Sentences::Range &range : ranges) {
        Token token;
        token.start = range.start;
        token.end = range.end;
        const QStringView word = text.mid(range.start, range.end - range.start);
        token.numeric = hasDigit(word);
        token.capitalised = !token.numeric && word.front().isUpper();
        const WordForms &forms = wordForms(cache, word.toString(), token.numeric, language, stems);
        token.folded = forms.folded;
        token.stem = forms.stem;
        token.bare = forms.bare;
        token.bareStem = forms.bareStem;
        token.nouns = forms.nouns;
        token.exactCues = forms.exactCues;
        token.stemCues = forms.stemCues;
        tokens.append(std::move(token));
    }
    return tokens;
}

namespace {

bool featureByName(const QString &name, Feature *feature)
{
    for (int i = 0; i < CheckWorthiness::kFeatureCount; ++i) {
        if (name == CheckWorthiness::featureId(Feature(i))) {
            *feature = Feature(i);
            return true;
        }
    }
    return false;
}

CueTable loadCues(const QString &language)
{
    CueTable table;
    QFile file(QStringLiteral(":/checkworthy/%1.txt").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return table; // built in: cannot happen but in a broken build, where tests say so
    StemCache stems(language);
    Cue current;
    bool inSection = false;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            const QString name = line.mid(1, line.size() - 2);
            inSection = true;
            current = Cue();
            if (name == QLatin1String("currency"))
                current.section = Section::Currency;
            else if (name == QLatin1String("elative"))
                current.section = Section::Elative;
            else if (!featureByName(name, &current.feature))
                inSection = false; // a section this version does not know: skipped
            continue;
        }
        if (!inSection)
            continue;
        Cue cue = current;
        cue.exact = line.startsWith(QLatin1Char('=')) || cue.section == Section::Elative;
        if (line.startsWith(QLatin1Char('=')))
            line.remove(0, 1);
        for (const Sentences::Range &range : wordRanges(line)) {
            const QString folded = Stemmer::fold(line.mid(range.start, range.end - range.start));
            cue.words << (cue.exact ? folded : stems.stem(folded));
        }
        if (cue.words.isEmpty())
            continue;
        (cue.exact ? table.exact : table.stemmed)[cue.words.constFirst()].append(int(table.cues.size()));
        table.cues.append(cue);
    }
    return table;
}

} // namespace

const CueTable &cuesFor(const QString &language)
{
    // Read once per language, on first use, and shared by every thread after.
    static QMutex mutex;
    static QHash<QString, CueTable> tables;
    QMutexLocker lock(&mutex);
    auto it = tables.constFind(language);
    if (it == tables.constEnd())
        it = tables.insert(language, loadCues(language));
    return *it;
}

bool wordMatches(const Token &token, const Cue &cue, int index, bool first)
{
    const QString &word = cue.words.at(index);
    if (cue.exact)
        return token.folded == word || (first && token.bare == word) || token.nouns.contains(word);
    return token.stem == word || (first && !token.bareStem.isEmpty() && token.bareStem == word);
}

// The sentence's language when the article's is unknown or the sentence is in another script.
QString sentenceLanguage(QStringView sentence, const QString &articleLatin)
{
    int arabic = 0;
    int latin = 0;
    for (QChar c : sentence) {
        if (isArabicLetter(c.unicode()))
            ++arabic;
        else if (c.isLetter() && c.unicode() < 0x0250)
            ++latin;
    }
    return arabic > latin ? QStringLiteral("ar") : articleLatin;
}

// French or English, from the commonest words of each in the first part of the text.
QString guessLatinLanguage(QStringView text)
{
    static const QSet<QString> french = {
        QStringLiteral("le"), QStringLiteral("la"), QStringLiteral("les"), QStringLiteral("des"), QStringLiteral("est"),
        QStringLiteral("une"), QStringLiteral("du"), QStringLiteral("et"), QStringLiteral("dans"), QStringLiteral("pour"),
    };
    static const QSet<QString> english = {
        QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("of"), QStringLiteral("to"), QStringLiteral("is"),
        QStringLiteral("in"), QStringLiteral("that"), QStringLiteral("for"), QStringLiteral("was"), QStringLiteral("with"),
    };
    int fr = 0;
    int en = 0;
    int seen = 0;
    const QStringView head = text.left(4000);
    for (const Sentences::Range &range : Sentences::words(head)) {
        const QString word = head.mid(range.start, range.end - range.start).toString().toLower();
        fr += french.contains(word);
        en += english.contains(word);
        if (++seen > 400)
            break;
    }
    return en > fr ? QStringLiteral("en") : QStringLiteral("fr");
}

} // namespace glossa::checkworthy
