#include "checkworthiness.h"

#include "checkworthywords.h"

#include "sentences.h"
#include "stemmer.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <array>
#include <cmath>

namespace glossa {

namespace {

using namespace checkworthy;

// The weights, in one place. Why these values:
// - a figure is what a fact-checker can verify first, so a number leads (1.0); a percentage or a
//   sum of money is a figure already framed as a claim about a share or a cost, and weighs more;
// - a date alone rarely carries a claim (an event's day), so it only adds a little;
// - names say who or what the claim is about: a capitalised name some, a name the library
//   already knows (an outlet, a claimant the desk has checked) more;
// - comparatives and superlatives ("plus de", "record", "الأكبر") turn a figure into a
//   checkable comparison; attribution ("selon", "a affirmé", "قال") says someone made a claim;
// - a hedge ("pourrait", "reportedly", "ربما") qualifies the claim: it lowers the score but
//   leaves a hedged figure above an unhedged sentence with nothing to check.
constexpr std::array<double, CheckWorthiness::kFeatureCount> kWeights = {
    1.0,  // number
    1.5,  // percentage
    1.3,  // money
    0.5,  // date
    0.5,  // entity
    0.7,  // known-name
    0.8,  // comparative
    0.6,  // superlative
    0.8,  // attribution
    -0.5, // hedge
};
// Every further figure (number, percentage or money) after the first adds this much, up to
// kMoreFiguresAtMost of them: a sentence of several figures holds more to check.
constexpr double kEachMoreFigure = 0.25;
constexpr int kMoreFiguresAtMost = 2;
// The raw sum becomes a score in 0..1 as raw / (raw + kHalfScore): kHalfScore is the raw sum
// that scores one half (a figure with its source, or a figure with a name and a date).
constexpr double kHalfScore = 2.0;

const char *const kFeatureIds[CheckWorthiness::kFeatureCount] = {
    "number", "percentage", "money", "date", "entity", "known-name", "comparative", "superlative", "attribution", "hedge",
};


bool isPercentSign(QChar c)
{
    return c == QLatin1Char('%') || c == QChar(0x066A) || c == QChar(0x2030);
}

bool isCurrencySign(QChar c)
{
    return c.category() == QChar::Symbol_Currency;
}

// What lies between two tokens (or a token and the sentence's end), spaces skipped.
QStringView gapAfter(QStringView sentence, const QList<Token> &tokens, int i)
{
    const int from = tokens.at(i).end;
    const int to = i + 1 < tokens.size() ? tokens.at(i + 1).start : int(sentence.size());
    return sentence.mid(from, to - from).trimmed();
}

QStringView gapBefore(QStringView sentence, const QList<Token> &tokens, int i)
{
    const int from = i > 0 ? tokens.at(i - 1).end : 0;
    return sentence.mid(from, tokens.at(i).start - from).trimmed();
}

// Words that make a number a time of day: French "h", English "am"/"pm", Arabic "الساعة".
const QSet<QString> kClockWords = {QStringLiteral("h"), QStringLiteral("heures"), QStringLiteral("am"),
                                   QStringLiteral("pm"), QStringLiteral("الساعة"), QStringLiteral("ساعة")};

bool isClockTime(const QString &folded)
{
    static const QRegularExpression clock(QStringLiteral("^[0-9]{1,2}(h|:)[0-9]{0,2}$"));
    return clock.match(folded).hasMatch();
}

bool isYear(const Token &token)
{
    if (token.folded.size() != 4)
        return false;
    bool ok = false;
    const int value = token.folded.toInt(&ok); // ASCII digits only: Arabic-Indic years go below
    if (!ok) {
        int arabicIndic = 0;
        for (QChar c : token.folded) {
            if (!c.isDigit())
                return false;
            arabicIndic = arabicIndic * 10 + c.digitValue();
        }
        return arabicIndic >= 1900 && arabicIndic <= 2100;
    }
    return value >= 1900 && value <= 2100;
}

} // namespace

QString CheckWorthiness::featureId(Feature feature)
{
    return QString::fromLatin1(kFeatureIds[int(feature)]);
}

double CheckWorthiness::weight(Feature feature)
{
    return kWeights[size_t(feature)];
}

CheckWorthiness::CheckWorthiness(const QStringList &knownNames)
{
    for (const QString &name : knownNames) {
        QStringList words;
        for (const Sentences::Range &range : wordRanges(name))
            words << Stemmer::fold(name.mid(range.start, range.end - range.start));
        // A name of one short word ("Le", "AP") would be found everywhere.
        if (words.isEmpty() || (words.size() == 1 && words.constFirst().size() < 4))
            continue;
        QList<QStringList> &same = m_knownNames[words.constFirst()];
        if (!same.contains(words))
            same.append(words);
    }
}

CheckWorthySentence CheckWorthiness::score(const QString &sentence, const QString &language) const
{
    CheckWorthySentence scored;
    scored.end = int(sentence.size());
    scored.text = sentence;
    const QString lang = language.isEmpty() ? sentenceLanguage(sentence, guessLatinLanguage(sentence))
                                            : sentenceLanguage(sentence, language);
    StemCache stems(lang);
    const QList<Token> tokens = tokenize(sentence, lang, stems);
    const CueTable &cues = cuesFor(lang);

    std::array<int, kFeatureCount> found{};
    QList<bool> usedNumber(tokens.size(), false); // a number read as a percentage, sum or date
    QList<bool> inName(tokens.size(), false);     // a known name's or a date's word: no entity
    bool currencyWord = false;
    QList<int> numberWordAt; // "trois", "millions", "آلاف": counted with the figures below
    QList<int> currencyAt;
    QList<int> dateWordAt;
    QList<int> percentWordAt; // "pour cent", "في المئة": the figure before it is that percentage
    QList<bool> inPercentWords(tokens.size(), false);

    // Known names first: their words are no further entity.
    for (int i = 0; i < tokens.size(); ++i) {
        auto it = m_knownNames.constFind(tokens.at(i).folded);
        if (it == m_knownNames.constEnd() && !tokens.at(i).bare.isEmpty())
            it = m_knownNames.constFind(tokens.at(i).bare);
        if (it == m_knownNames.constEnd())
            continue;
        for (const QStringList &name : *it) {
            if (i + name.size() > tokens.size())
                continue;
            bool all = true;
            for (int k = 1; k < name.size() && all; ++k)
                all = tokens.at(i + k).folded == name.at(k);
            if (!all)
                continue;
            ++found[size_t(Feature::KnownName)];
            for (int k = 0; k < name.size(); ++k)
                inName[i + k] = true;
            break;
        }
    }

    // The cues, each at the words it starts on; a word that starts an exact cue starts no
    // stemmed one ("reportedly" is a hedge, not "reported").
    for (int i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens.at(i);
        if (token.numeric)
            continue;
        bool exactHit = false;
        for (int pass = 0; pass < 2; ++pass) {
            if (pass == 1 && exactHit)
                break;
            const QList<int> &candidates = pass == 0 ? token.exactCues : token.stemCues;
            for (int index : std::as_const(candidates)) {
                const Cue &cue = cues.cues.at(index);
                if (i + cue.words.size() > tokens.size())
                    continue;
                bool all = true;
                for (int k = 1; k < cue.words.size() && all; ++k)
                    all = wordMatches(tokens.at(i + k), cue, int(k), false);
                if (!all || !wordMatches(token, cue, 0, true))
                    continue;
                exactHit = exactHit || cue.exact;
                switch (cue.section) {
                case Section::Currency:
                    currencyWord = true;
                    currencyAt << i;
                    break;
                case Section::Elative: {
                    // With the article: superlative ("الأكبر"); before "من": comparative; before
                    // a noun: superlative ("أكبر مدينة").
                    const QString &word = token.bare.isEmpty() ? token.folded : token.bare;
                    const bool definite = word.startsWith(QStringLiteral("ال"));
                    const bool thanFollows = i + 1 < tokens.size() && tokens.at(i + 1).folded == QStringLiteral("من");
                    ++found[size_t(!definite && thanFollows ? Feature::Comparative : Feature::Superlative)];
                    break;
                }
                case Section::Feature:
                    if (cue.feature == Feature::Number)
                        numberWordAt << i;
                    else
                        ++found[size_t(cue.feature)];
                    if (cue.feature == Feature::Percentage) {
                        percentWordAt << i;
                        for (int k = 0; k < cue.words.size(); ++k)
                            inPercentWords[i + k] = true; // "المئة" of "في المئة" is no number of its own
                    }
                    if (cue.feature == Feature::Date) {
                        dateWordAt << i;
                        inName[i] = true; // "Thursday", "June": capitalised, but no name
                    }
                    break;
                }
            }
        }
    }

    // Figures: a percentage ("31 %", "31 pour cent"), a sum ("$5", "5 millions d'euros"), a date
    // ("2023", "12 mars"), else a number.
    int figures = 0;
    for (int i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens.at(i);
        if (!token.numeric)
            continue;
        const QStringView after = gapAfter(sentence, tokens, i);
        const QStringView before = gapBefore(sentence, tokens, i);
        if ((!after.isEmpty() && isPercentSign(after.front())) || percentWordAt.contains(i + 1)) {
            ++found[size_t(Feature::Percentage)];
            usedNumber[i] = true;
            ++figures;
            continue;
        }
        if ((!after.isEmpty() && isCurrencySign(after.front())) || (!before.isEmpty() && isCurrencySign(before.back()))) {
            ++found[size_t(Feature::Money)];
            usedNumber[i] = true;
            ++figures;
            continue;
        }
        // A sum in words: a currency within the next four words ("5 millions de dollars").
        bool sum = false;
        for (int at : std::as_const(currencyAt))
            sum = sum || (at > i && at - i <= 4) || (at < i && i - at <= 1);
        if (sum) {
            ++found[size_t(Feature::Money)];
            usedNumber[i] = true;
            ++figures;
            continue;
        }
        // A time of day ("19 h", "20h30", "10 am") tells when, as a date does.
        const bool clock = isClockTime(token.folded)
            || (i + 1 < tokens.size() && kClockWords.contains(tokens.at(i + 1).folded) && token.folded.size() <= 2)
            || (i > 0 && kClockWords.contains(tokens.at(i - 1).folded) && token.folded.size() <= 2);
        bool nearMonth = clock;
        for (int at : std::as_const(dateWordAt))
            nearMonth = nearMonth || std::abs(at - i) == 1;
        const bool slashDate = !after.isEmpty() && after.front() == QLatin1Char('/') && i + 1 < tokens.size()
            && tokens.at(i + 1).numeric;
        if (isYear(token) || nearMonth || slashDate) {
            ++found[size_t(Feature::Date)];
            usedNumber[i] = true;
            if (slashDate)
                usedNumber[i + 1] = true;
            continue;
        }
        if (i > 0 && usedNumber[i - 1] && !before.isEmpty() && before.front() == QLatin1Char('/'))
            continue; // the rest of a dd/mm/yyyy date
        ++found[size_t(Feature::Number)];
        ++figures;
    }
    // A currency with a number in words ("des millions de dollars") is a sum; other number
    // words are numbers, but for a scale after a figure ("5 millions"), which is that figure.
    int numberWords = 0;
    for (int at : std::as_const(numberWordAt))
        numberWords += !inPercentWords[at] && (at == 0 || !tokens.at(at - 1).numeric);
    if (numberWords > 0 && currencyWord && found[size_t(Feature::Money)] == 0) {
        found[size_t(Feature::Money)] = 1;
        ++figures;
        --numberWords;
    }
    found[size_t(Feature::Number)] += numberWords;
    figures += numberWords;

    // Names in Latin script: capitalised words, not the sentence's first (capitalised anyway)
    // unless another capitalised word follows it, and an acronym anywhere.
    if (lang != QLatin1String("ar")) {
        int sequences = 0;
        bool inSequence = false;
        for (int i = 0; i < tokens.size(); ++i) {
            const Token &token = tokens.at(i);
            const QStringView word = QStringView(sentence).mid(token.start, token.end - token.start);
            const bool acronym = word.size() >= 2 && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isUpper(); });
            bool counts = token.capitalised && !inName[i];
            if (counts && i == 0 && !acronym)
                counts = i + 1 < tokens.size() && tokens.at(i + 1).capitalised;
            if (counts && i > 0 && !acronym) {
                // After a colon or an opening quote a capital starts a sentence, not a name.
                const QStringView gap = gapBefore(sentence, tokens, i);
                counts = !(gap.endsWith(QLatin1Char(':')) || gap.endsWith(QChar(0x00AB)) || gap.endsWith(QLatin1Char('"'))
                           || gap.endsWith(QChar(0x201C)));
            }
            if (counts && !inSequence)
                ++sequences;
            inSequence = counts;
        }
        found[size_t(Feature::Entity)] += sequences;
    }

    double raw = 0;
    for (int f = 0; f < kFeatureCount; ++f) {
        if (found[size_t(f)] == 0)
            continue;
        raw += kWeights[size_t(f)];
        scored.features << QString::fromLatin1(kFeatureIds[f]);
    }
    raw += kEachMoreFigure * std::min(std::max(figures - 1, 0), kMoreFiguresAtMost);
    scored.score = raw <= 0 ? 0.0 : raw / (raw + kHalfScore);
    return scored;
}

QList<CheckWorthySentence> CheckWorthiness::rank(const QString &text, const QString &language) const
{
    QList<CheckWorthySentence> out;
    const QString latin = language.isEmpty() || language == QLatin1String("ar") ? guessLatinLanguage(text) : language;
    for (const Sentences::Range &range : Sentences::split(text)) {
        const QString sentence = text.mid(range.start, range.end - range.start);
        CheckWorthySentence scored = score(sentence, sentenceLanguage(sentence, latin));
        scored.start = range.start;
        scored.end = range.end;
        out.append(std::move(scored));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const CheckWorthySentence &a, const CheckWorthySentence &b) { return a.score > b.score; });
    return out;
}

} // namespace glossa
