#pragma once
// Keys under which different Latin renderings of one name compare equal: "Naryshkin", "Narishkin" and
// Russian "Нарышкин" (through BGN/PCGN), Azerbaijani "Naryşkin", "Əliyev"/"Aliyev"/"Aliev",
// "Xocavənd"/"Khojavend"/"Khojavand". The folding follows the variation the press shows (see
// ../shared/reference/language-notes.md, section 3): ə/a/e, x/kh/h, q/g/gh/ğ, c/j/dzh, ı/i/y, ö/o, ü/u,
// doubled letters.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tm/core/language.hpp"

namespace korpu::detail {

// Renderings of one name differ by more than the letters the keys fold: two keys whose letter pairs
// (bigrams) agree this much by Dice's coefficient, the measure of name matching since Adamson and
// Boreham (1974), are taken for one name. A half is where unrelated names of the same length stop
// meeting in practice.
inline constexpr double kNameSimilarity = 0.5;

class NameKeys {
  public:
    NameKeys();
    ~NameKeys();
    NameKeys(const NameKeys&) = delete;
    NameKeys& operator=(const NameKeys&) = delete;

    // Keys of a capitalised word of the original: its inflected forms stripped (Нарышкина, Naryşkinin),
    // transliterated to Latin and folded.
    std::vector<std::string> source_keys(std::string_view word, const Language& language) const;
    // The key of a Latin rendering in the translation ("Naryshkin's" -> the key of "Naryshkin").
    std::string target_key(std::string_view word, const Language& language) const;
    // The rendering itself without a possessive ending.
    static std::string rendering(std::string_view word);
    // True when two keys are close enough to be renderings of one name that the folding does not meet
    // (Cuddeback/Каддебэк, Giancarlo/Джанкарло, Korea/Кореи): Dice's coefficient over their letter pairs
    // is at least kNameSimilarity, with c read as k where English spells k with it.
    static bool similar(const std::string& a, const std::string& b);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace korpu::detail
