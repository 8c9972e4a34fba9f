#pragma once
// The anchors of a segment: what a translation keeps whatever its words (numbers, months, names,
// cognates), as keys that compare equal across the two languages of a pair.
#include <string>
#include <vector>

#include "tm/align/name_keys.hpp"
#include "tm/core/language.hpp"

namespace korpu {

struct Anchor {
    // "#2.5" a number, "@11" a month, "w" + consonant skeleton a word.
    std::string key;
    // Numbers, months, names and acronyms: a translation almost always keeps them. Other words with a
    // long enough skeleton are only possible cognates ("parlament", "парламент", "parliament").
    bool strong = false;
};

class AnchorExtractor {
  public:
    explicit AnchorExtractor(const Language& language);

    std::vector<Anchor> extract(const std::string& segment);

  private:
    Language language_;
    NameKeyMaker names_;
};

}  // namespace korpu
