#pragma once

// The fuzzed entry points of glossa-core, shared by the libFuzzer targets (tests/fuzz/fuzz_*.cpp,
// GLOSSA_FUZZ build) and by tst_fuzz_regressions (normal build), so a crash found by fuzzing
// is replayed through exactly the code that found it.
//
// Each function runs one input and checks the invariants the headers promise. A broken
// invariant or an SQL error calls fail(), which prints the reason and abort()s: libFuzzer
// records that as a crash, and the regression test as a failed (crashed) test.

#include <QByteArray>
#include <QList>

namespace glossa::fuzz {

using EntryPoint = void (*)(const QByteArray &data);

struct Target
{
    const char *name; // also the folder name under tests/fuzz/corpus/ and tests/data/fuzz-regressions/
    EntryPoint run;
};

// DocumentReader::read on arbitrary bytes; the first byte picks the file name (.txt/.jsonl/.html).
void documentReader(const QByteArray &data);
// JsonLinesReader::read on the bytes as UTF-8.
void jsonLinesReader(const QByteArray &data);
// HtmlReader::read and decodeEntities on the bytes as UTF-8.
void htmlReader(const QByteArray &data);
// FtsQuery::toMatchExpression, then the expression run against a real library's FTS tables.
void ftsQuery(const QByteArray &data);
// TextAnchoring::makeAnchor/reanchor on fuzzed UTF-16 text (lone surrogates included) and anchors.
void reanchor(const QByteArray &data);
// W3cAnnotationImporter::importJson against a real library holding a few articles.
void w3cImport(const QByteArray &data);
// RefiProjectReader::read with small limits, then an accepted project imported into a library of
// its own: a refusal is one line and writes nothing, the counts match the report, a second
// import adds nothing.
void refiProject(const QByteArray &data);
// QdpxArchive::open and read on arbitrary bytes with small limits: nothing outside the archive
// is listed, nothing beyond the limits is read.
void qdpxArchive(const QByteArray &data);
// ClaimReviewReader::read on the bytes, then the fact-checks it accepted stored in a library of
// its own: a refusal is one line; every check read names a claim and a taxonomy verdict; storing
// them twice adds nothing the second time.
void claimReviews(const QByteArray &data);

const QList<Target> &targets();

// Creates what the library-backed targets need (a QCoreApplication when there is none, a
// temporary library). Called by LLVMFuzzerInitialize; the regression test has its own app.
void initialize(int *argc, char ***argv);

} // namespace glossa::fuzz
