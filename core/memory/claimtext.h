#pragma once

#include "claimnumbers.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace glossa {

// A text read the way claim matching compares it: its sentences, and in each its words folded
// (for word sequences), stemmed when they carry meaning (for rewordings), marked when they are
// names, and its numbers read to their values.
struct ClaimText
{
    struct Word
    {
        int start = 0;
        int end = 0;
        QString folded;
        QString stem;       // empty for a stop word, a number or a one-letter word
        QString name;       // the name this word is (folded), or empty
        quint64 hash = 0;   // of the folded word (FNV-1a, 64 bits): word sequences compare by it
        quint64 stemHash = 0; // of the stem, when there is one: stems are looked up by it
    };
    struct Sentence
    {
        int start = 0;
        int end = 0;
        QString language;   // "fr", "ar", "en": the stemmer its words went through
        QList<Word> words;
        QList<ClaimNumbers::Number> numbers;
    };

    QList<Sentence> sentences;

    // \a language: the text's ("fr", "ar", "en"), or empty to guess each sentence's.
    static ClaimText read(const QString &text, const QString &language = {});
    // The language a sentence's words say, when the text's is not known.
    static QString guessLanguage(QStringView sentence, const QList<QString> &foldedWords);
    // The 64-bit hash words are compared by (FNV-1a over the folded word's UTF-16).
    static quint64 hashOf(const QString &folded);
};

} // namespace glossa
