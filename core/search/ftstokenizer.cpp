#include "ftstokenizer.h"

#include "storage/sqlitestatement.h"

#include <sqlite3.h>

namespace glossa {

FtsTokenizer::FtsTokenizer() : m_api(std::make_unique<fts5_tokenizer>()) {}

FtsTokenizer::~FtsTokenizer()
{
    if (m_instance)
        m_api->xDelete(m_instance);
}

std::unique_ptr<FtsTokenizer> FtsTokenizer::create(sqlite3 *db)
{
    if (!db)
        return nullptr;
    fts5_api *api = nullptr;
    SqliteStatement statement;
    if (statement.prepare(db, "SELECT fts5(?1)")) {
        statement.bindPointer(1, &api, "fts5_api_ptr");
        statement.step();
    }
    if (!api)
        return nullptr;
    std::unique_ptr<FtsTokenizer> tokenizer(new FtsTokenizer);
    void *userData = nullptr;
    if (api->xFindTokenizer(api, "unicode61", &userData, tokenizer->m_api.get()) != SQLITE_OK)
        return nullptr;
    const char *arguments[] = {"remove_diacritics", "2"}; // see kDeclaration
    if (tokenizer->m_api->xCreate(userData, arguments, 2, &tokenizer->m_instance) != SQLITE_OK) {
        tokenizer->m_instance = nullptr;
        return nullptr;
    }
    return tokenizer;
}

int FtsTokenizer::tokenize(int flags, const char *text, int size, void *context, TokenCallback onToken) const
{
    return m_api->xTokenize(m_instance, context, flags, text, size, onToken);
}

} // namespace glossa
