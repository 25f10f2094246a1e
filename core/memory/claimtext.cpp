#include "claimtext.h"

#include "sentences.h"
#include "stemmer.h"
#include "stopwords.h"

#include <QHash>

namespace glossa {

namespace {

bool hasArabicLetter(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x0620 && u <= 0x064A)
            return true;
    }
    return false;
}

bool isAllCapitals(QStringView word)
{
    int letters = 0;
    for (QChar c : word) {
        if (!c.isLetter())
            continue;
        if (!c.isUpper())
            return false;
        ++letters;
    }
    return letters >= 2;
}

// A number as a word of a sequence: "31,5", "31.5" and "٣١٫٥" are one word.
QString numberWord(const QString &folded)
{
    QString out = folded;
    for (QChar &c : out) {
        if (c.isDigit())
            c = QChar(u'0' + c.digitValue());
        else if (c == QLatin1Char(',') || c.unicode() == 0x066B)
            c = QLatin1Char('.');
    }
    return out;
}

} // namespace

quint64 ClaimText::hashOf(const QString &word)
{
    quint64 h = 0xcbf29ce484222325ull;
    for (QChar c : word) {
        h ^= c.unicode();
        h *= 0x100000001b3ull;
    }
    return h;
}

namespace {

// Stemming is most of the cost of reading an article, and news repeats its words: each thread
// keeps what it found of each word (a stop word, or its stem), up to a bound, by the word's
// 64-bit hash and the language.
QString stemOf(const QString &folded, quint64 hash, const QString &language, bool *stop, quint64 *stemHash)
{
    struct Known
    {
        QString stem;
        quint64 stemHash = 0;
        bool stop = false;
    };
    constexpr int kMaxCached = 200000;
    thread_local QHash<quint64, Known> cache[3];
    const int which = language == QLatin1String("ar") ? 0 : language == QLatin1String("en") ? 1 : 2;
    QHash<quint64, Known> &known = cache[which];
    auto it = known.constFind(hash);
    if (it == known.cend()) {
        if (known.size() >= kMaxCached)
            known.clear();
        Known word;
        word.stop = StopWords::contains(folded);
        if (!word.stop) {
            word.stem = Stemmer::stem(folded, language);
            word.stemHash = ClaimText::hashOf(word.stem);
        }
        it = known.insert(hash, word);
    }
    *stop = it->stop;
    *stemHash = it->stemHash;
    return it->stem;
}

// A word as written, folded (and a number spelled as one word), with its hash. Each thread keeps
// what it folded by the 64-bit hash of the word as written, up to a bound, as stemOf() does: news
// repeats its words, and folding them anew allocated and normalised each time.
struct Folded
{
    QString word;
    quint64 hash = 0;
};

Folded foldedOf(QStringView original)
{
    constexpr int kMaxCached = 200000;
    thread_local QHash<quint64, Folded> cache;
    quint64 written = 0xcbf29ce484222325ull;
    for (QChar c : original) {
        written ^= c.unicode();
        written *= 0x100000001b3ull;
    }
    auto it = cache.constFind(written);
    if (it == cache.cend()) {
        if (cache.size() >= kMaxCached)
            cache.clear();
        Folded folded;
        folded.word = Stemmer::fold(original.toString());
        if (!folded.word.isEmpty() && folded.word.at(0).isDigit())
            folded.word = numberWord(folded.word);
        folded.hash = ClaimText::hashOf(folded.word);
        it = cache.insert(written, folded);
    }
    return *it;
}

} // namespace

QString ClaimText::guessLanguage(QStringView sentence, const QList<QString> &foldedWords)
{
    if (hasArabicLetter(sentence))
        return QStringLiteral("ar");
    int french = 0, english = 0;
    for (const QString &word : foldedWords) {
        const char which = StopWords::latinLanguageOf(word);
        french += which == 'f';
        english += which == 'e';
    }
    return english > french ? QStringLiteral("en") : QStringLiteral("fr");
}

ClaimText ClaimText::read(const QString &text, const QString &language)
{
    ClaimText out;
    const QStringView view(text);
    const QList<Sentences::Range> sentences = Sentences::split(view);
    const QList<Sentences::Range> words = Sentences::words(view);
    out.sentences.reserve(sentences.size());
    int w = 0;
    for (const Sentences::Range &range : sentences) {
        Sentence sentence;
        sentence.start = range.start;
        sentence.end = range.end;
        while (w < words.size() && words.at(w).end <= range.start)
            ++w;
        int last = w;
        while (last < words.size() && words.at(last).start < range.end)
            ++last;
        sentence.words.reserve(last - w);
        for (; w < last; ++w) {
            Word word;
            word.start = words.at(w).start;
            word.end = words.at(w).end;
            const Folded folded = foldedOf(view.mid(word.start, word.end - word.start));
            word.folded = folded.word;
            word.hash = folded.hash;
            sentence.words.append(std::move(word));
        }
        const QStringView body = view.mid(range.start, range.end - range.start);
        const bool arabic = hasArabicLetter(body);
        if (arabic) {
            sentence.language = QStringLiteral("ar");
        } else if (language == QLatin1String("fr") || language == QLatin1String("en")) {
            sentence.language = language;
        } else {
            QList<QString> folded;
            folded.reserve(sentence.words.size());
            for (const Word &word : std::as_const(sentence.words))
                folded.append(word.folded);
            sentence.language = guessLanguage(body, folded);
        }
        for (int i = 0; i < sentence.words.size(); ++i) {
            Word &word = sentence.words[i];
            const QStringView original = view.mid(word.start, word.end - word.start);
            const bool letters = !word.folded.isEmpty() && word.folded.at(0).isLetter();
            if (!letters || word.folded.size() < 2)
                continue;
            bool stop = false;
            quint64 stemHash = 0;
            const QString stem = stemOf(word.folded, word.hash, sentence.language, &stop, &stemHash);
            if (stop)
                continue;
            word.stem = stem;
            word.stemHash = stemHash;
            if (original.at(0).isUpper()) {
                // A capital inside a sentence marks a name; at its start only capitals throughout do.
                if (i > 0 || isAllCapitals(original))
                    word.name = word.folded;
            } else if (arabic) {
                word.name = StopWords::arabicName(word.folded);
            }
        }
        sentence.numbers = ClaimNumbers::read(body, sentence.language);
        for (ClaimNumbers::Number &n : sentence.numbers) {
            n.start += range.start;
            n.end += range.start;
        }
        out.sentences.append(std::move(sentence));
    }
    return out;
}

} // namespace glossa
