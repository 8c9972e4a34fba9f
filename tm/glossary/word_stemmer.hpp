#pragma once
// A source of dictionary forms for the words of running text, which term matching adds to its own
// suffix rules (tm/glossary/inflection.hpp): a morphological dictionary knows the irregular and
// ambiguous forms that a list of endings cannot ("учениях" -> "учение", not "учёный"), and the parts of
// closed compounds ("policeman").
#include <string>
#include <string_view>
#include <vector>

namespace korpu {

class WordStemmer {
  public:
    virtual ~WordStemmer() = default;
    // Dictionary forms of a lower-case word of a language ("ru", "en"...); empty when none are known.
    virtual std::vector<std::string> stems(std::string_view lower_word, std::string_view primary_language) const = 0;
    // The dictionary words a closed compound of running text is made of ("teammate": team, mate); empty
    // for other words. A term's own words are not split: "aircraft" is no form of "craft".
    virtual std::vector<std::string> compound_parts(std::string_view lower_word,
                                                    std::string_view primary_language) const = 0;
};

}  // namespace korpu
