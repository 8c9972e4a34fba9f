#pragma once
// Stretches of running text that hold no words to spell-check: URLs and e-mail addresses.
#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace korpu {

using ByteSpan = std::pair<std::size_t, std::size_t>;  // [first, second) in bytes

// The whitespace-delimited stretches that contain "://", start with "www." or hold an "@" followed by a
// dot (an address), in text order. Punctuation that ends a sentence after a URL stays inside its span,
// which is harmless: it holds no word.
std::vector<ByteSpan> url_and_email_spans(std::string_view text);

}  // namespace korpu
