#pragma once

#include "import/importer.h"

namespace glossa {

class Library;

// The sample dumps compiled into the application (resources/samples), imported into a new
// default library so a first-time user has articles to read at once.
struct SampleLibrary
{
    static QStringList resourcePaths();
    static ImportReport importInto(Library &library);
};

} // namespace glossa
