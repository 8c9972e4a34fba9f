#pragma once
// rules/boilerplate.txt, compiled into the library at build time (cmake/EmbedText.cmake).
#include <string_view>

namespace korpu::detail {

std::string_view boilerplate_text();

}  // namespace korpu::detail
