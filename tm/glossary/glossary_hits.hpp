#pragma once
// The glossary terms in one pair of texts (a bead), as the editor's glossary panel lists them and its edit
// pane marks them: each source term found, across inflection (tm/glossary/term_matcher.hpp), and whether its
// agreed translation is in the target.
#include <cstddef>
#include <string_view>
#include <vector>

#include "tm/core/language.hpp"
#include "tm/glossary/glossary_entry.hpp"
#include "tm/glossary/term_matcher.hpp"

namespace korpu {

struct GlossaryHit {
    std::size_t entry = 0;         // index into GlossaryLookup::entries()
    std::size_t source_begin = 0;  // byte span of the term in the source text
    std::size_t source_end = 0;
    bool translated = false;  // the entry's target term is in the target text
};

struct TermSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
};

struct GlossaryHits {
    std::vector<GlossaryHit> hits;       // in source order, one per occurrence
    std::vector<TermSpan> target_terms;  // where the target terms of those entries are in the target text
};

class GlossaryLookup {
  public:
    // Keeps the entries of this language pair (by primary language) that are not deprecated.
    GlossaryLookup(const std::vector<GlossaryEntry>& entries, const Language& source, const Language& target);

    const std::vector<GlossaryEntry>& entries() const noexcept { return entries_; }
    GlossaryHits find(std::string_view source, std::string_view target) const;

  private:
    std::vector<GlossaryEntry> entries_;
    TermMatcher sources_;
    TermMatcher targets_;
};

}  // namespace korpu
