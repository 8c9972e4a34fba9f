#pragma once
// Names and cognates across scripts: a word reduced to the consonant skeleton of its English press
// spelling, so that "Нарышкин", "Naryshkin" and "Narışkin" meet, and so do "Xocavənd" and "Khojavend".
#include <memory>
#include <string>

#include "tm/core/language.hpp"

namespace korpu {

class NameKeyMaker {
  public:
    explicit NameKeyMaker(const Language& language);
    ~NameKeyMaker();
    NameKeyMaker(const NameKeyMaker&) = delete;
    NameKeyMaker& operator=(const NameKeyMaker&) = delete;

    // The word in lower-case ASCII as the English press would spell it: Cyrillic through ICU's
    // Russian-Latin/BGN, Azerbaijani Latin through ə→a, x→kh, ş→sh, ç→ch, c→j, ğ→gh, q→g.
    std::string press_spelling(const std::string& word);
    // The consonants of press_spelling() with digraphs folded (sh, zh, kh, dzh, ts, ...) and doubled
    // letters collapsed: "Нарышкин" -> "nrskn", "Xocavənd" -> "hjvnd".
    std::string skeleton(const std::string& word);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The consonant skeleton of a lower-case ASCII spelling (see NameKeyMaker::skeleton).
std::string consonant_skeleton(const std::string& ascii_lower);

}  // namespace korpu
