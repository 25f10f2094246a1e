#pragma once

// A deterministic generator of dumps in the real layout (ticker, boilerplate, title, provenance
// line, paragraphs and subheadings, footer), French with accents and some Arabic pages.
// Seeded, so the same seed and the same sequence of page() calls always give the same bytes.
// Bodies are around 3–4 KB with a long tail (one page in 50 is 5–15 times longer, one in 500
// about 100 KB); the ticker holds 20–48 headlines as on the real site (the sample has 48);
// one page in twenty repeats a paragraph another outlet published before (where-else).

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace glossa::bench {

class CorpusGenerator
{
public:
    explicit CorpusGenerator(quint32 seed = 42) : m_random(seed) { buildVocabulary(); }

    // One page as UTF-8 bytes; index makes the page unique.
    QByteArray page(int index)
    {
        const bool arabic = m_random.bounded(10) == 0;
        return (arabic ? arabicPage(index) : frenchPage(index)).toUtf8();
    }

private:
    QString pick(const QStringList &list) { return list.at(int(m_random.bounded(int(list.size())))); }

    // 30,000 made-up words drawn with a Zipf distribution, as in real text: a few words are
    // everywhere, most are rare. That is what full-text search and where-else meet in practice.
    void buildVocabulary()
    {
        static const QStringList syllables = {"ba", "ré", "to", "mi", "char", "lon", "dé", "pa", "sé", "vi", "gou",
                                              "ter", "na", "col", "fé", "ri", "plu", "stra", "mo", "è", "que", "tion",
                                              "ment", "al", "ou", "ca", "ne", "si", "por", "tu"};
        QRandomGenerator random(7);
        double total = 0;
        for (int rank = 1; rank <= 30000; ++rank) {
            QString word;
            const int parts = 2 + int(random.bounded(3));
            for (int p = 0; p < parts; ++p)
                word += syllables.at(int(random.bounded(int(syllables.size()))));
            m_vocabulary << word;
            total += 1.0 / rank;
            m_cumulative << total;
        }
    }

    QString zipfWord()
    {
        const double target = m_random.generateDouble() * m_cumulative.last();
        const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), target);
        return m_vocabulary.at(int(it - m_cumulative.begin()));
    }

    QString sentence(const QStringList &words, int minWords, int maxWords, bool zipf = false)
    {
        const int count = minWords + int(m_random.bounded(maxWords - minWords + 1));
        QStringList out;
        for (int i = 0; i < count; ++i)
            out << (zipf && m_random.bounded(2) ? zipfWord() : pick(words));
        QString s = out.join(QLatin1Char(' '));
        s[0] = s[0].toUpper();
        return s;
    }

    QString frenchPage(int index)
    {
        static const QStringList words = {
            "ministère", "défense", "élections", "gouvernement", "réforme", "sécurité", "économie", "région",
            "président", "députés", "enquête", "opposition", "rapport", "chiffres", "hausse", "baisse", "accord",
            "frontière", "coopération", "société", "crise", "énergie", "été", "marché", "dirhams", "annonce",
            "selon", "les", "des", "une", "dans", "pour", "avec", "après", "été", "a", "de", "la", "le", "et",
            "publique", "nationale", "internationale", "débat", "préfecture", "conseil", "santé", "éducation"};
        static const QStringList outlets = {"Barlamane", "Le Courrier du Nord", "Al Akhbar Hebdo", "Le Matin du Sud",
                                            "L'Observateur", "Média Atlas", "La Gazette de l'Est"};
        const QString nbsp4 = QString(4, QChar(0x00a0));
        QStringList ticker;
        const int headlines = 20 + int(m_random.bounded(29));
        for (int i = 0; i < headlines; ++i)
            ticker << sentence(words, 5, 12);
        QStringList lines;
        lines << ticker.join(nbsp4) + nbsp4 << "" << "" << "Merci d'avoir signalé!"
              << "Cette image sera automatiquement bloquée après qu'elle soit signalée par plusieurs personnes."
              << "" << "";
        lines << sentence(words, 6, 14) + QStringLiteral(" (%1)").arg(index);
        lines << QStringLiteral("Publié dans %1 le %2 - %3 - %4")
                     .arg(pick(outlets))
                     .arg(1 + m_random.bounded(28), 2, 10, QLatin1Char('0'))
                     .arg(1 + m_random.bounded(12), 2, 10, QLatin1Char('0'))
                     .arg(2015 + m_random.bounded(11));
        lines << "";
        // Around 3–4 KB, with a long tail up to about 100 KB.
        int paragraphs = 5 + int(m_random.bounded(4));
        const int tail = int(m_random.bounded(500));
        if (tail == 0)
            paragraphs = 190 + int(m_random.bounded(20));
        else if (tail < 10)
            paragraphs *= 5 + int(m_random.bounded(11));
        for (int p = 0; p < paragraphs; ++p) {
            if (p > 0 && p % 3 == 0)
                lines << sentence(words, 2, 5);
            // One page in twenty repeats a paragraph another outlet published before.
            if (!m_published.isEmpty() && m_random.bounded(20) == 0) {
                lines << m_published.at(int(m_random.bounded(int(m_published.size()))));
                continue;
            }
            QStringList sentences;
            const int count = 3 + int(m_random.bounded(4));
            for (int s = 0; s < count; ++s)
                sentences << sentence(words, 8, 20, true) + QLatin1Char('.');
            lines << sentences.join(QLatin1Char(' '));
            if (m_published.size() < 1000)
                m_published << lines.last();
            else if (m_random.bounded(10) == 0)
                m_published[int(m_random.bounded(1000))] = lines.last();
        }
        lines << "" << "Cliquez ici pour lire l'article depuis sa source." << "";
        return lines.join(QLatin1Char('\n'));
    }

    QString arabicPage(int index)
    {
        static const QStringList words = {"الحكومة", "وزارة", "الصحة", "الانتخابات", "الاقتصاد", "المغرب", "الجزائر",
                                          "تقرير", "أعلن", "مسؤول", "في", "من", "على", "إلى", "الأمن", "البرلمان"};
        static const QStringList outlets = {"الصباح اليومي", "هسبريس", "الأخبار"};
        QStringList lines;
        // Two Arabic pages in three come with the site's ticker and boilerplate, as the French ones.
        if (m_random.bounded(3) != 0) {
            const QString nbsp4 = QString(4, QChar(0x00a0));
            QStringList ticker;
            const int headlines = 20 + int(m_random.bounded(29));
            for (int i = 0; i < headlines; ++i)
                ticker << sentence(words, 4, 9);
            lines << ticker.join(nbsp4) + nbsp4 << "" << "" << "شكرا على الإبلاغ!"
                  << "سيتم حظر هذه الصورة تلقائيا بعد أن يتم الإبلاغ عنها من طرف عدة أشخاص." << "" << "";
        }
        lines << sentence(words, 5, 10) + QStringLiteral(" %1").arg(index);
        lines << QStringLiteral("نشر في %1 يوم %2 - %3 - %4")
                     .arg(pick(outlets))
                     .arg(1 + m_random.bounded(28), 2, 10, QLatin1Char('0'))
                     .arg(1 + m_random.bounded(12), 2, 10, QLatin1Char('0'))
                     .arg(2015 + m_random.bounded(11));
        lines << "";
        for (int p = 0; p < 6; ++p)
            lines << sentence(words, 30, 60) + QLatin1Char('.');
        lines << "" << "اضغط هنا لقراءة الخبر من مصدره." << "";
        return lines.join(QLatin1Char('\n'));
    }

    QRandomGenerator m_random;
    QStringList m_vocabulary;
    QList<double> m_cumulative;
    QStringList m_published; // paragraphs that later pages may copy
};

} // namespace glossa::bench
