#pragma once
// Word translations a workspace already knows, for the aligner (tm/align/word_lexicon.hpp): its glossary
// entries, and what the units of its translation memory teach, in either direction of the pair.
#include "tm/align/word_lexicon.hpp"
#include "tm/core/language.hpp"

namespace korpu {

class Workspace;

WordLexicon workspace_lexicon(Workspace& workspace, const Language& source_language, const Language& target_language);

}  // namespace korpu
