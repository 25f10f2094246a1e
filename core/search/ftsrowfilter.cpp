#include "ftsrowfilter.h"

#include "ftstokenizer.h"
#include "storage/sqlitestatement.h"

#include <sqlite3.h>
#include <string>
#include <vector>

namespace glossa {

namespace {

// Literals are joined by the ASCII unit separator, which FtsQuery never leaves in a literal
// (it separates words, as any control character does).
constexpr char kSeparator = '\x1f';

// The required literals of one statement, each as its sequence of folded tokens.
using Phrases = std::vector<std::vector<std::string>>;

int collectToken(void *context, int /*flags*/, const char *token, int size, int /*start*/, int /*end*/)
{
    static_cast<std::vector<std::string> *>(context)->emplace_back(token, size_t(size));
    return SQLITE_OK;
}

// Finds the phrases in one column's tokens, keeping the last few tokens to compare a phrase's
// earlier words with when its last word comes.
class ColumnScan
{
public:
    ColumnScan(const Phrases &phrases, std::vector<bool> &found) : m_phrases(phrases), m_found(found)
    {
        size_t longest = 1;
        for (const auto &phrase : phrases)
            longest = std::max(longest, phrase.size());
        m_recent.resize(longest);
    }

    static int onToken(void *context, int /*flags*/, const char *token, int size, int /*start*/, int /*end*/)
    {
        return static_cast<ColumnScan *>(context)->add(token, size_t(size));
    }

private:
    int add(const char *token, size_t size)
    {
        const size_t ringSize = m_recent.size();
        m_recent[m_count % ringSize].assign(token, size);
        ++m_count;
        bool all = true;
        for (size_t p = 0; p < m_phrases.size(); ++p) {
            if (m_found[p])
                continue;
            const std::vector<std::string> &phrase = m_phrases[p];
            bool match = phrase.size() <= m_count;
            for (size_t k = 0; match && k < phrase.size(); ++k) {
                // phrase[last - k] against the token k places back
                const std::string &seen = m_recent[(m_count - 1 - k) % ringSize];
                match = seen == phrase[phrase.size() - 1 - k];
            }
            if (match)
                m_found[p] = true;
            else
                all = false;
        }
        return all ? SQLITE_DONE : SQLITE_OK; // SQLITE_DONE stops the tokenizer: nothing left to find
    }

    const Phrases &m_phrases;
    std::vector<bool> &m_found;
    std::vector<std::string> m_recent;
    size_t m_count = 0;
};

void deletePhrases(void *phrases)
{
    delete static_cast<Phrases *>(phrases);
}

Phrases *phrasesOf(sqlite3_context *context, const FtsTokenizer *tokenizer, sqlite3_value *encoded)
{
    if (auto *cached = static_cast<Phrases *>(sqlite3_get_auxdata(context, 0)))
        return cached;
    auto *phrases = new Phrases;
    const char *text = reinterpret_cast<const char *>(sqlite3_value_text(encoded));
    const std::string all = text ? std::string(text, size_t(sqlite3_value_bytes(encoded))) : std::string();
    size_t begin = 0;
    while (begin <= all.size()) {
        size_t end = all.find(kSeparator, begin);
        if (end == std::string::npos)
            end = all.size();
        std::vector<std::string> tokens;
        tokenizer->tokenize(FTS5_TOKENIZE_QUERY, all.data() + begin, int(end - begin), &tokens, collectToken);
        if (!tokens.empty()) // a literal without a token constrains nothing
            phrases->push_back(std::move(tokens));
        begin = end + 1;
    }
    // Kept for the statement's later rows; SQLite may free it at once, so it is read back.
    sqlite3_set_auxdata(context, 0, phrases, deletePhrases);
    return static_cast<Phrases *>(sqlite3_get_auxdata(context, 0));
}

void mayMatch(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    const auto *tokenizer = static_cast<const FtsTokenizer *>(sqlite3_user_data(context));
    const Phrases *phrases = argc == 3 ? phrasesOf(context, tokenizer, argv[0]) : nullptr;
    if (!phrases || phrases->empty()) {
        sqlite3_result_int(context, 1); // nothing to judge by: FTS5 decides
        return;
    }
    std::vector<bool> found(phrases->size(), false);
    for (int column = 1; column <= 2; ++column) {
        const char *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[column]));
        if (!text)
            continue;
        ColumnScan scan(*phrases, found);
        const int rc = tokenizer->tokenize(FTS5_TOKENIZE_DOCUMENT, text, sqlite3_value_bytes(argv[column]), &scan,
                                           ColumnScan::onToken);
        if (rc != SQLITE_OK && rc != SQLITE_DONE) {
            sqlite3_result_int(context, 1); // the tokenizer failed: let FTS5 decide
            return;
        }
        if (rc == SQLITE_DONE)
            break;
    }
    bool all = true;
    for (bool one : found)
        all = all && one;
    sqlite3_result_int(context, all ? 1 : 0);
}

void deleteTokenizer(void *tokenizer)
{
    delete static_cast<FtsTokenizer *>(tokenizer);
}

} // namespace

bool FtsRowFilter::install(const QSqlDatabase &db)
{
    sqlite3 *handle = SqliteStatement::handle(db);
    std::unique_ptr<FtsTokenizer> tokenizer = FtsTokenizer::create(handle);
    if (!tokenizer)
        return false;
    // Deterministic: the same literals and texts give the same answer, so SQLite may factor it.
    // The connection owns the tokenizer from here (deleteTokenizer, also when this fails).
    return sqlite3_create_function_v2(handle, kFunctionName, 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                      tokenizer.release(), mayMatch, nullptr, nullptr, deleteTokenizer)
        == SQLITE_OK;
}

bool FtsRowFilter::ensureInstalled(const QSqlDatabase &db)
{
    sqlite3 *handle = SqliteStatement::handle(db);
    if (!handle)
        return false;
    // Preparing a call fails only when the connection lacks the function; redefining it while
    // statements run on the connection would fail, so it is registered once per connection.
    SqliteStatement probe;
    const QByteArray call = QByteArray("SELECT ") + kFunctionName + "('', '', '')";
    return probe.prepare(handle, call.constData()) || install(db);
}

QString FtsRowFilter::encode(const QStringList &literals)
{
    return literals.join(QLatin1Char(kSeparator));
}

} // namespace glossa
