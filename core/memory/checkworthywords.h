#pragma once

// The words CheckWorthiness reads and the cues it looks for in them: one language's cue lists
// (core/memory/cues/<language>.txt) and an article's words with their folded forms, stems and
// the cues that may start at each. Inside the memory floor only; checkworthiness.cpp scores.

#include "checkworthiness.h"
#include "sentences.h"
#include "stemmer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace glossa::checkworthy {

using Feature = CheckWorthiness::Feature;

// A cue list's sections, and the two that are not features of their own: [currency] (money
// needs a figure too) and [elative] (Arabic's أفعل, comparative or superlative by what follows).
enum class Section { Feature, Currency, Elative };

struct Token
{
    int start = 0; // UTF-16, in the sentence
    int end = 0;
    QString folded;
    QString stem;
    QString bare;     // Arabic: folded without a leading conjunction (و, ف); else empty
    QString bareStem; // its stem
    QStringList nouns; // Arabic: the word without its conjunction, preposition and article
    // The cues that may start at this word, as indexes into its language's CueTable: those
    // matched as written, then those matched by stem.
    QList<int> exactCues;
    QList<int> stemCues;
    bool numeric = false;
    bool capitalised = false;
};

struct Cue
{
    Section section = Section::Feature;
    Feature feature = Feature::Number;
    bool exact = false;   // matched as folded words, not stems
    QStringList words;    // folded or stemmed, as exact says
};

struct CueTable
{
    QList<Cue> cues;
    QHash<QString, QList<int>> exact;   // by the folded first word of the cues matched as written
    QHash<QString, QList<int>> stemmed; // by the stem of the first word of the others
};

// Stems are asked for many times per article, and mostly for the same words: a cache per thread
// and language (libstemmer's stemmers are per thread too), emptied when it grows large.
class StemCache
{
public:
    explicit StemCache(const QString &language) : m_language(language)
    {
        thread_local QHash<QString, QHash<QString, QString>> caches;
        m_stems = &caches[language];
        if (m_stems->size() > 200000)
            m_stems->clear();
    }
    const QString &stem(const QString &folded)
    {
        auto it = m_stems->constFind(folded);
        if (it == m_stems->constEnd())
            it = m_stems->insert(folded, Stemmer::stem(folded, m_language));
        return *it;
    }

private:
    QString m_language;
    QHash<QString, QString> *m_stems;
};

// Words as the scorer reads them: ICU's words, French elisions split ("d'après" is "d", "après").
QList<Sentences::Range> wordRanges(QStringView text);
// A sentence's words, each with its forms and the cues that may start at it.
QList<Token> tokenize(QStringView text, const QString &language, StemCache &stems);
// The cue lists of a language, read once from the resource and shared by every thread.
const CueTable &cuesFor(const QString &language);
// Whether \a token is the cue's word number \a index (\a first: the cue's first word, which may
// carry an Arabic conjunction).
bool wordMatches(const Token &token, const Cue &cue, int index, bool first);
// The sentence's language: Arabic when most of its letters are, else \a articleLatin.
QString sentenceLanguage(QStringView sentence, const QString &articleLatin);
// French or English, from the commonest words of each in the first part of the text.
QString guessLatinLanguage(QStringView text);

} // namespace glossa::checkworthy
