#pragma once

// The check-worthiness fixture (tests/data/checkworthy, see its README) and the figures measured
// on it: mean average precision of CheckWorthiness's ranking and of two baselines, per language.

#include "memory/checkworthiness.h"

#include <QFile>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <functional>
#include <numeric>

namespace glossa::evaluation {

struct LabelledSentence
{
    QString text;
    bool worth = false;
};

struct LabelledArticle
{
    QString id;
    QString language;
    QList<LabelledSentence> sentences;
};

// Reads fr.txt, ar.txt and en.txt of \a folder; an empty list and *error on a malformed file.
inline QList<LabelledArticle> readFixture(const QString &folder, QString *error)
{
    QList<LabelledArticle> articles;
    for (const char *name : {"fr.txt", "ar.txt", "en.txt"}) {
        QFile file(folder + QLatin1Char('/') + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(file.fileName());
            return {};
        }
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QString rest = line.mid(2).trimmed();
            if (line.startsWith(QLatin1String("@ "))) {
                const QStringList parts = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (parts.size() != 2) {
                    *error = QStringLiteral("%1:%2: an article is \"@ ID LANGUAGE\"").arg(QLatin1String(name)).arg(i + 1);
                    return {};
                }
                articles.append({parts.at(0), parts.at(1), {}});
            } else if ((line.startsWith(QLatin1String("+ ")) || line.startsWith(QLatin1String("- "))) && !articles.isEmpty()
                       && !rest.isEmpty()) {
                articles.last().sentences.append({rest, line.front() == QLatin1Char('+')});
            } else {
                *error = QStringLiteral("%1:%2: a sentence is \"+ text\" or \"- text\" after an \"@\" line")
                             .arg(QLatin1String(name))
                             .arg(i + 1);
                return {};
            }
        }
    }
    return articles;
}

// Average precision of labels in ranked order: the mean, over the relevant items, of the
// precision at each one's rank. 0 when none is relevant.
inline double averagePrecision(const QList<bool> &ranked)
{
    int relevant = 0;
    double sum = 0;
    for (int i = 0; i < ranked.size(); ++i) {
        if (!ranked.at(i))
            continue;
        ++relevant;
        sum += double(relevant) / double(i + 1);
    }
    return relevant == 0 ? 0.0 : sum / relevant;
}

// A ranking gives each sentence a score; higher first, ties in the article's order.
using Scorer = std::function<QList<double>(const LabelledArticle &)>;

inline double articleAveragePrecision(const LabelledArticle &article, const Scorer &scorer)
{
    const QList<double> scores = scorer(article);
    QList<int> order(article.sentences.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return scores.at(a) > scores.at(b); });
    QList<bool> labels;
    for (int i : order)
        labels << article.sentences.at(i).worth;
    return averagePrecision(labels);
}

// Mean average precision over the articles in \a language (empty: all).
inline double meanAveragePrecision(const QList<LabelledArticle> &articles, const Scorer &scorer,
                                   const QString &language = {})
{
    double sum = 0;
    int count = 0;
    for (const LabelledArticle &article : articles) {
        if (!language.isEmpty() && article.language != language)
            continue;
        sum += articleAveragePrecision(article, scorer);
        ++count;
    }
    return count == 0 ? 0.0 : sum / count;
}

// The three rankings measured.
inline QList<double> checkWorthinessScores(const LabelledArticle &article)
{
    static const CheckWorthiness scorer;
    QList<double> scores;
    for (const LabelledSentence &sentence : article.sentences)
        scores << scorer.score(sentence.text, article.language).score;
    return scores;
}

inline QList<double> lengthScores(const LabelledArticle &article)
{
    QList<double> scores;
    for (const LabelledSentence &sentence : article.sentences)
        scores << double(sentence.text.size());
    return scores;
}

inline QList<double> digitScores(const LabelledArticle &article)
{
    QList<double> scores;
    for (const LabelledSentence &sentence : article.sentences)
        scores << double(std::count_if(sentence.text.begin(), sentence.text.end(), [](QChar c) { return c.isDigit(); }));
    return scores;
}

} // namespace glossa::evaluation
