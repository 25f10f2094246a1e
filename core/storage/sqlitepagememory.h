#pragma once

#include <QtGlobal>

namespace glossa {

// Where SQLite keeps its cached pages: an allocator installed in SQLite (SQLITE_CONFIG_MALLOC)
// before its first connection, which serves page-sized blocks from one region backed by
// transparent huge pages and passes every other allocation on to SQLite's own allocator.
//
// Why: SQLite takes each cached page from malloc, and where memory is paravirtualised (as on
// the virtual machine of README's Performance section, which has the figures) the first touch
// of each fresh 4 KiB page is costly enough that growing the window's large cache
// (Library::kInteractivePageCacheKiB) page by page slowed the first phrase searches of a
// session, and filling an import's cache slowed small imports. In this region the kernel maps
// memory in 2 MiB steps instead.
//
// The region is touched only as pages are cached, and a freed page is reused by the next one,
// so its memory is the most the caches held at once, up to its 96 MiB. It is not given back,
// which is why it is bounded: pages beyond it come from malloc as before. Unlike
// SQLITE_CONFIG_PAGECACHE's fixed block, which SQLite lays out (and so touches) whole at start
// and which makes every connection recycle its own pages once it is nearly full, nothing here
// limits a connection.
class SqlitePageMemory
{
public:
    // The window's 64 MB cache (Library::kInteractivePageCacheKiB) and room for a worker's; an
    // import's two 64 MB caches (Importer) go beyond it, into malloc, which can give memory back.
    static constexpr qint64 kRegionBytes = qint64(96) << 20;

    // At most once per process and before any connection (SQLite refuses afterwards). False
    // when refused or not offered (not Linux, no transparent huge pages); nothing changes then.
    static bool install();
    static bool isInstalled();
    // Pages held in the region now, and the region's bytes touched so far (its high-water mark).
    static qint64 pagesInUse();
    static qint64 bytesTouched();
    // The size of the region's blocks: a library page (4 KiB) with SQLite's per-page header.
    // 0 when not installed.
    static int slotBytes();
};

} // namespace glossa
