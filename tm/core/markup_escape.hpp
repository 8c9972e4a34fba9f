#pragma once
// Escaping text for XML and HTML, in element content and in double-quoted attribute values.
#include <string>
#include <string_view>

namespace korpu {

// `text` with &, <, > and " replaced by their entities; UTF-8 kept as it is.
std::string escape_markup(std::string_view text);

}  // namespace korpu
