#pragma once

#include "editcommand.h"
#include "workspace.h"

namespace glossa {

// The base of collection edits: the collections pane and the filter bar reload after each write.
using CollectionEdit = NotifyingEdit<&Workspace::notifyCollectionsChanged>;

} // namespace glossa
