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

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace korpu::detail
