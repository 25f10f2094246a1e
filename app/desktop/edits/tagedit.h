#pragma once

#include "editcommand.h"
#include "workspace.h"

namespace glossa {

// The base of tag edits: the views that show tags reload them after each write.
using TagEdit = NotifyingEdit<&Workspace::notifyTagsChanged>;

} // namespace glossa
