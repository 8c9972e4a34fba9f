#pragma once
// Aligns two segmented documents: the entry point the CLI and the editor call. Paragraphs first where
// both sides have them, then the sentences inside each pair of aligned paragraphs.
#include <string>
#include <vector>

#include "tm/align/bead.hpp"
#include "tm/align/word_lexicon.hpp"
#include "tm/core/document.hpp"
#include "tm/core/language.hpp"

namespace korpu {

// Beads whose confidence falls below this are marked for review. 0.05 is the two-tailed 5 % level of
// the length test: a pair this far from the expected length ratio, and without anchors to vouch for
// it, is rare in correct alignments.
constexpr double kReviewConfidenceThreshold = 0.05;

// Whether the aligner starts from the team's core word list (tm/align/core_lexicon.hpp) besides the
// translations it is given: Use for documents too short to teach their own lexicon (under 5 000
// segments a side); Ignore: only to measure what the list brings.
enum class CoreWords { Use, Ignore };

// `known`: word translations from the workspace's translation memory and glossary (tm/store/
// workspace_lexicon.hpp); the aligner adds the core word list and what it learns from the documents
// themselves.
std::vector<Bead> align_documents(const SegmentedDocument& source, const SegmentedDocument& target,
                                  const Language& source_language, const Language& target_language,
                                  const WordLexicon& known = WordLexicon(), CoreWords core_words = CoreWords::Use);

// Re-aligns around the beads a user confirmed: every Confirmed bead of `current` is kept as it is,
// and only the stretches between two confirmed beads are aligned again. `current` must be a complete
// chain over the two documents.
std::vector<Bead> realign_documents(const SegmentedDocument& source, const SegmentedDocument& target,
                                    const Language& source_language, const Language& target_language,
                                    const std::vector<Bead>& current, const WordLexicon& known = WordLexicon(),
                                    CoreWords core_words = CoreWords::Use);

// The text of one side of a bead: its segments joined by a space.
std::string bead_side_text(const std::vector<std::string>& segments, std::size_t begin, std::size_t count);

}  // namespace korpu
