#include "stopwords.h"

#include "stemmer.h"

#include <QSet>
#include <QStringList>

namespace glossa {

namespace {

// Kept short on purpose: only words that carry no claim. Negations ("ne", "pas", "لا", "not")
// are left in: they change what a sentence says.
const char16_t *const kFrench[] = {
    u"le", u"la", u"les", u"l", u"un", u"une", u"des", u"du", u"de", u"d", u"au", u"aux", u"a", u"à",
    u"et", u"ou", u"en", u"dans", u"par", u"pour", u"sur", u"avec", u"sans", u"sous", u"chez",
    u"entre", u"vers", u"que", u"qu", u"qui", u"quoi", u"dont", u"ce", u"cet", u"cette", u"ces",
    u"se", u"s", u"sa", u"son", u"ses", u"leur", u"leurs", u"il", u"elle", u"ils", u"elles", u"on",
    u"nous", u"vous", u"je", u"j", u"y", u"est", u"sont", u"été", u"être", u"était", u"etait",
    u"ont", u"avait", u"avoir", u"fait", u"plus", u"aussi", u"comme", u"mais", u"donc", u"selon",
    u"lors", u"depuis", u"ainsi", u"alors", u"tout", u"tous", u"toute", u"toutes", u"très", u"c",
    u"n", u"m", u"t", u"même", u"cela", u"ça", u"lui", u"eux", u"notre", u"votre", u"dit", u"déclaré",
    u"affirmé", u"selon", u"près", u"environ", u"quelque", u"certains", u"certaines",
};
const char16_t *const kEnglish[] = {
    u"the", u"a", u"an", u"and", u"or", u"of", u"in", u"on", u"at", u"to", u"for", u"by", u"with",
    u"from", u"as", u"that", u"this", u"these", u"those", u"it", u"its", u"is", u"are", u"was",
    u"were", u"be", u"been", u"being", u"has", u"have", u"had", u"he", u"she", u"they", u"we",
    u"you", u"i", u"his", u"her", u"their", u"our", u"which", u"who", u"whom", u"than", u"into",
    u"about", u"over", u"also", u"said", u"says", u"according", u"there", u"some", u"such",
    u"so", u"but", u"if", u"then", u"up", u"out", u"would", u"will", u"s", u"last", u"nearly", u"almost",
    u"around", u"about",
};
const char16_t *const kArabic[] = {
    u"في", u"من", u"الى", u"إلى", u"على", u"عن", u"مع", u"أن", u"ان", u"إن", u"أو", u"او", u"و",
    u"ثم", u"هذا", u"هذه", u"ذلك", u"تلك", u"التي", u"الذي", u"الذين", u"اللذين", u"ما", u"كما",
    u"قد", u"لقد", u"كان", u"كانت", u"يكون", u"هو", u"هي", u"هم", u"بين", u"حيث", u"حسب", u"وفق",
    u"وفقا", u"بحسب", u"قال", u"قالت", u"أكد", u"أكدت", u"وقال", u"وقالت", u"اليوم", u"خلال", u"بعد",
    u"قبل", u"منذ", u"عند", u"كل", u"أي", u"اي", u"أيضا", u"ايضا", u"به", u"بها", u"له", u"لها",
    u"فيه", u"فيها", u"منه", u"منها", u"عليه", u"عليها", u"إنه", u"انه", u"أنه", u"إنها", u"انها", u"أنها",
    u"نحو", u"حوالي", u"قرابة",
};
// Places and bodies an Arabic news claim names most, without a capital to tell them.
const char16_t *const kArabicNames[] = {
    u"الجزائر", u"المغرب", u"تونس", u"ليبيا", u"مصر", u"السودان", u"موريتانيا", u"فرنسا", u"إسبانيا",
    u"ألمانيا", u"إيطاليا", u"بريطانيا", u"أمريكا", u"الولايات", u"روسيا", u"الصين", u"تركيا", u"إيران",
    u"العراق", u"سوريا", u"لبنان", u"الأردن", u"فلسطين", u"غزة", u"إسرائيل", u"السعودية", u"قطر",
    u"الإمارات", u"الكويت", u"عمان", u"اليمن", u"البحرين", u"أوكرانيا", u"أوروبا", u"إفريقيا", u"أفريقيا",
    u"باريس", u"الرباط", u"الدار", u"البيضاء", u"وهران", u"قسنطينة", u"القاهرة", u"بيروت", u"دمشق",
    u"بغداد", u"الرياض", u"الدوحة", u"دبي", u"تبون", u"ماكرون", u"بايدن", u"ترامب", u"بوتين",
    u"أردوغان", u"الأمم", u"اليونيسف", u"اليونسكو", u"سوناطراك", u"الناتو", u"صندوق", u"البنك",
};

QSet<QString> folded(const char16_t *const *begin, const char16_t *const *end)
{
    QSet<QString> out;
    for (auto it = begin; it != end; ++it)
        out.insert(Stemmer::fold(QString::fromUtf16(*it)));
    return out;
}

const QSet<QString> &french()
{
    static const QSet<QString> set = folded(std::begin(kFrench), std::end(kFrench));
    return set;
}
const QSet<QString> &english()
{
    static const QSet<QString> set = folded(std::begin(kEnglish), std::end(kEnglish));
    return set;
}
const QSet<QString> &arabic()
{
    static const QSet<QString> set = folded(std::begin(kArabic), std::end(kArabic));
    return set;
}
const QSet<QString> &arabicNames()
{
    static const QSet<QString> set = folded(std::begin(kArabicNames), std::end(kArabicNames));
    return set;
}

} // namespace

bool StopWords::contains(const QString &word)
{
    return french().contains(word) || english().contains(word) || arabic().contains(word);
}

char StopWords::latinLanguageOf(const QString &word)
{
    const bool fr = french().contains(word);
    const bool en = english().contains(word);
    if (fr == en)
        return 0;
    return fr ? 'f' : 'e';
}

QString StopWords::arabicName(const QString &word)
{
    if (arabicNames().contains(word))
        return word;
    // A conjunction or preposition stuck to the name: "وفرنسا", "بفرنسا", "لفرنسا", "وبالجزائر".
    for (const QString &prefix : {QStringLiteral("وب"), QStringLiteral("ول"), QStringLiteral("و"), QStringLiteral("ب"),
                                 QStringLiteral("ل"), QStringLiteral("ف")}) {
        if (word.size() > prefix.size() + 2 && word.startsWith(prefix)) {
            const QString rest = word.mid(prefix.size());
            if (arabicNames().contains(rest))
                return rest;
            // li + al- is written "lil": "للجزائر".
            if (prefix == QStringLiteral("ل") && rest.startsWith(QLatin1String("ل"))
                && arabicNames().contains(QStringLiteral("ا") + rest))
                return QStringLiteral("ا") + rest;
        }
    }
    return {};
}

} // namespace glossa
