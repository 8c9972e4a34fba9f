#pragma once
// What some checks consult besides the segments: the translation memory and a spelling checker. They
// are interfaces so that QA runs with whatever the workspace offers and tests can give fakes.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tm/core/language.hpp"

namespace korpu {

class MemorySource {
  public:
    virtual ~MemorySource() = default;
    // The memory's translations of `source_text` (exact, after trimming) between the two languages.
    virtual std::vector<std::string> translations(const Language& source_lang, const Language& target_lang,
                                                  const std::string& source_text) const = 0;
};

class SpellingSource {
  public:
    virtual ~SpellingSource() = default;
    // Byte spans of the misspelt words of `text`; an empty list when the language has no dictionary.
    virtual std::vector<std::pair<std::size_t, std::size_t>> misspelt(const Language& language,
                                                                      std::string_view text) const = 0;
};

}  // namespace korpu
