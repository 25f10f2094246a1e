#pragma once

#include "boundedqueue.h"
#include "importer.h"

namespace glossa {

// A prepared file and its place in the import's order.
struct QueuedFile
{
    int index = 0;
    PreparedFile file;
};

// The import's writing stage on several connections of their own, for a library whose server
// takes several writers at once (Library::writerConnections()): on a team library each file
// costs a round trip and the server's indexing, and two connections keep the server and the
// importer busy at the same time where one left each waiting on the other. Each file commits on
// its own (the library's writer makes a file one statement there); the results are handed to
// the calling thread in the files' order, so that progress and the report read as with one
// writer.
class ImportLanes
{
public:
    ImportLanes(const QString &libraryPath, int lanes);

    // Takes the files from \a queue until it is closed and empty (or \a progress says stop),
    // appending each file's result to \a report in order. Returns after every lane has ended.
    void run(BoundedQueue<QueuedFile> &queue, int total, ImportReport *report, const Importer::Progress &progress);

private:
    QString m_libraryPath;
    int m_lanes;
};

} // namespace glossa
