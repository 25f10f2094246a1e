#include "workspace.h"

#include "openarticle.h"

namespace glossa {

Workspace::Workspace(QObject *parent) : QObject(parent), m_openArticle(new OpenArticle(this)) {}

Workspace::~Workspace() = default;

bool Workspace::openLibrary(const QString &path, QString *error)
{
    // Open the new file on a separate Library first, so a refused file leaves the current one open.
    Library candidate;
    if (!candidate.open(path, error))
        return false;
    candidate.close();
    // The undo history refers to rows of the old library.
    m_undoStack.clear();
    if (!m_library.open(path, error))
        return false;
    // This connection serves the list, the reader and searches; a failure only costs speed.
    m_library.setPageCacheKiB(Library::kInteractivePageCacheKiB);
    emit libraryOpened(path);
    return true;
}

} // namespace glossa
