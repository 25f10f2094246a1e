-- Team library schema version 2: a file's import in one statement, and a count of a search's
-- matches that the GIN index answers.
-- On a server each statement is a round trip, and writing a file step by step (is each page
-- new, the dump, the ticker, each page) kept the server and the importer waiting on each other
-- for half of the import's time. This function takes the steps of ArticleWriter::write
-- (core/storage/articlewriter.cpp) for one prepared file, in the same order and with the same
-- outcome: the pages not already in the library (nor earlier in the same file) are written with
-- the file's dump, inside a block of their own, so that a failure leaves nothing of the file
-- and is returned as `failure` rather than aborting the importer's batch.
-- It runs with the rights of who calls it: row-level security and grants apply as to any insert.
-- Pages are parallel arrays; their blocks are concatenated, page after page, `block_counts`
-- saying how many belong to each page.
CREATE FUNCTION glossa_write_file(
    p_file_name text, p_sha256 text, p_encoding text, p_byte_size bigint, p_raw bytea, p_imported_at text,
    p_pages integer[], p_hashes text[], p_titles text[], p_sources text[], p_folded text[], p_published text[],
    p_languages text[], p_directions text[], p_urls text[], p_profiles text[], p_bodies text[],
    p_headlines text[], p_block_counts integer[], p_block_kinds text[], p_block_starts integer[],
    p_block_ends integer[],
    OUT article_ids bigint[], OUT duplicates integer, OUT failure text)
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    fresh integer[];
    offsets integer[];
    seen text[];
    next_block integer;
    dump bigint;
    source bigint;
    article bigint;
    i integer;
BEGIN
    -- Another connection writing the same page at the same moment (the importer writes on two)
    -- makes the second wait for the first and then fail on the unique hash, or both deadlock:
    -- taken again, the page is found written and counted as a duplicate.
    FOR attempt IN 1 .. 3 LOOP
        BEGIN
            fresh := '{}';
            offsets := '{}';
            seen := '{}';
            next_block := 0;
            dump := NULL;
            article_ids := '{}';
            duplicates := 0;
            FOR i IN 1 .. coalesce(cardinality(p_hashes), 0) LOOP
                offsets := offsets || next_block;
                next_block := next_block + p_block_counts[i];
                IF p_hashes[i] = ANY (seen) OR EXISTS (SELECT 1 FROM articles WHERE content_hash = p_hashes[i]) THEN
                    duplicates := duplicates + 1;
                ELSE
                    seen := seen || p_hashes[i];
                    fresh := fresh || i;
                END IF;
            END LOOP;
            IF cardinality(fresh) = 0 THEN
                RETURN;
            END IF;
            SELECT id INTO dump FROM dumps WHERE sha256 = p_sha256;
            IF dump IS NULL THEN
                -- The raw bytes are what an article is traced back to: no row without them.
                IF p_raw IS NULL THEN
                    RAISE EXCEPTION 'the file could not be compressed for storage';
                END IF;
                INSERT INTO dumps (file_name, sha256, encoding, byte_size, imported_at, raw)
                    VALUES (p_file_name, p_sha256, p_encoding, p_byte_size, p_imported_at, p_raw) RETURNING id INTO dump;
            END IF;
            FOREACH i IN ARRAY fresh LOOP
                IF p_headlines[i] IS NOT NULL THEN
                    INSERT INTO page_headlines (dump_id, page, texts) VALUES (dump, p_pages[i], p_headlines[i])
                        ON CONFLICT DO NOTHING;
                END IF;
                source := NULL;
                IF p_folded[i] IS NOT NULL THEN
                    SELECT id INTO source FROM sources WHERE folded = p_folded[i];
                    IF source IS NULL THEN
                        INSERT INTO sources (name, folded) VALUES (p_sources[i], p_folded[i]) RETURNING id INTO source;
                    END IF;
                END IF;
                INSERT INTO articles (dump_id, page, content_hash, title, source_id, published, language, direction, url,
                                      profile, imported_at)
                    VALUES (dump, p_pages[i], p_hashes[i], p_titles[i], source, p_published[i], p_languages[i],
                            p_directions[i], p_urls[i], p_profiles[i], p_imported_at)
                    RETURNING id INTO article;
                INSERT INTO article_texts (article_id, body) VALUES (article, p_bodies[i]);
                INSERT INTO blocks (article_id, position, kind, start, "end")
                    SELECT article, b.position - 1, b.kind, b.start, b.stop
                    FROM unnest(p_block_kinds[offsets[i] + 1 : offsets[i] + p_block_counts[i]],
                                p_block_starts[offsets[i] + 1 : offsets[i] + p_block_counts[i]],
                                p_block_ends[offsets[i] + 1 : offsets[i] + p_block_counts[i]])
                         WITH ORDINALITY AS b(kind, start, stop, position);
                article_ids := article_ids || article;
            END LOOP;
            RETURN;
        EXCEPTION
            WHEN unique_violation OR deadlock_detected THEN
                IF attempt = 3 THEN
                    article_ids := '{}';
                    duplicates := 0;
                    failure := SQLERRM;
                    RETURN;
                END IF;
            WHEN OTHERS THEN
                article_ids := '{}';
                duplicates := 0;
                failure := SQLERRM;
                RETURN;
        END;
    END LOOP;
END
$$;

-- The raw dumps are stored compressed (zstd) already: the server's own compression would only
-- spend time failing to shrink them. Texts and their search vectors take lz4, which compresses
-- several times faster than the default pglz, where the server was built with it.
ALTER TABLE dumps ALTER COLUMN raw SET STORAGE EXTERNAL;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
        ALTER TABLE article_texts ALTER COLUMN body SET COMPRESSION lz4, ALTER COLUMN search SET COMPRESSION lz4;
    END IF;
END
$$;

-- How many articles match a search, counted up to \a cap, for the search's plan (ranked when
-- few match, else the set read newest first; ArticleFinder::planSearch). Through the GIN index
-- always: the planner reads a common word's matches by scanning the table, opening every
-- article's search vector until it has \a cap, some ten times slower than the index's list.
CREATE FUNCTION glossa_count_matches(query tsquery, cap integer) RETURNS integer
    LANGUAGE sql STABLE SET enable_seqscan = off SET search_path = public, pg_temp
    AS 'SELECT count(*)::integer FROM (SELECT 1 FROM article_texts WHERE search @@ query LIMIT cap) found';
