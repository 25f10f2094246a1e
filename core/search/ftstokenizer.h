#pragma once

#include <memory>

struct sqlite3;
struct Fts5Tokenizer;
struct fts5_tokenizer;

namespace glossa {

// An instance of articles_fts's own tokenizer, taken from the connection's FTS5, so that text
// is split and folded exactly as the index was: for prefix terms (FtsIndexReader) and for the
// row filter of probed searches (FtsRowFilter).
class FtsTokenizer
{
public:
    // As 001_initial.sql declares it.
    static constexpr char kDeclaration[] = "tokenize = 'unicode61 remove_diacritics 2'";

    using TokenCallback = int (*)(void *context, int flags, const char *token, int size, int start, int end);

    // nullptr when the connection has no FTS5 or no unicode61 tokenizer.
    static std::unique_ptr<FtsTokenizer> create(sqlite3 *db);
    ~FtsTokenizer();
    FtsTokenizer(const FtsTokenizer &) = delete;
    FtsTokenizer &operator=(const FtsTokenizer &) = delete;

    // FTS5's xTokenize: \a flags are FTS5_TOKENIZE_*; returns an SQLite result code (a
    // callback's non-OK code stops the tokenizer and may come back as it is).
    int tokenize(int flags, const char *text, int size, void *context, TokenCallback onToken) const;

private:
    FtsTokenizer();

    std::unique_ptr<fts5_tokenizer> m_api;
    Fts5Tokenizer *m_instance = nullptr;
};

} // namespace glossa
