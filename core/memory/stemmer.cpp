#include "stemmer.h"

#include <libstemmer.h>

#include <QHash>

#include <memory>

namespace glossa {

namespace {

struct StemmerDeleter
{
    void operator()(sb_stemmer *stemmer) const { sb_stemmer_delete(stemmer); }
};
using StemmerHandle = std::unique_ptr<sb_stemmer, StemmerDeleter>;

bool isArabicLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x0620 && u <= 0x064A) || (u >= 0x066E && u <= 0x06D3);
}

const char *algorithmFor(const QString &word, const QString &language)
{
    if (language == QLatin1String("fr"))
        return "french";
    if (language == QLatin1String("ar"))
        return "arabic";
    if (language == QLatin1String("en"))
        return "english";
    for (QChar c : word) {
        if (isArabicLetter(c))
            return "arabic";
    }
    return "english";
}

sb_stemmer *stemmerFor(const char *algorithm)
{
    // libstemmer's stemmers keep their working buffers inside: one per thread.
    thread_local QHash<QByteArray, std::shared_ptr<sb_stemmer>> stemmers;
    const QByteArray key(algorithm);
    auto it = stemmers.find(key);
    if (it == stemmers.end()) {
        std::shared_ptr<sb_stemmer> made(sb_stemmer_new(algorithm, "UTF_8"), StemmerDeleter());
        it = stemmers.insert(key, made);
    }
    return it->get();
}

} // namespace

QString Stemmer::fold(const QString &word)
{
    QString out;
    out.reserve(word.size());
    bool latinAccents = false;
    for (QChar c : word) {
        const char16_t u = c.unicode();
        if ((u >= 0x064B && u <= 0x065F) || u == 0x0670 || u == 0x0640)
            continue; // harakat, superscript alef, tatweel
        if (u == 0x0622 || u == 0x0623 || u == 0x0625 || u == 0x0671) {
            out.append(QChar(0x0627)); // alef with madda, hamza above or below, wasla: alef
            continue;
        }
        if (u >= 0x00C0 && u < 0x0250)
            latinAccents = true;
        out.append(c.toLower());
    }
    if (!latinAccents)
        return out;
    const QString decomposed = out.normalized(QString::NormalizationForm_D);
    QString bare;
    bare.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            bare.append(c);
    }
    return bare.normalized(QString::NormalizationForm_C);
}

QString Stemmer::stem(const QString &word, const QString &language)
{
    const QString folded = fold(word);
    if (folded.isEmpty() || !folded.at(0).isLetter())
        return folded;
    sb_stemmer *stemmer = stemmerFor(algorithmFor(folded, language));
    if (!stemmer)
        return folded;
    const QByteArray utf8 = folded.toUtf8();
    const sb_symbol *stemmed = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()),
                                               int(utf8.size()));
    if (!stemmed)
        return folded; // out of memory inside libstemmer: the folded word still compares
    return QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(stemmer));
}

QStringList Stemmer::stems(const QStringList &words, const QString &language)
{
    QStringList out;
    out.reserve(words.size());
    for (const QString &word : words)
        out.append(stem(word, language));
    return out;
}

} // namespace glossa
