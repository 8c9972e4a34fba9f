#pragma once
// Web pages: the article's headings and paragraphs in reading order, without scripts, styles,
// navigation, forms, share widgets and the page's header, footer and side columns. Parsed with
// libxml2's HTML parser (forgiving, as browsers are; no network).
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "tm/core/document.hpp"

namespace korpu {

// Whether bytes look like an HTML page: "<!DOCTYPE html" or "<html" after an optional byte-order mark,
// white space and comments.
bool looks_like_html(std::string_view bytes);

// The encoding a page declares in a <meta charset> or <meta http-equiv="Content-Type"> within its first
// 1024 bytes (where the HTML standard's prescan looks); empty when it declares none.
std::string declared_html_charset(std::string_view bytes);

// Headings (h1..h6) and paragraphs of UTF-8 HTML, not yet normalised. `file` is only used in messages.
std::vector<Block> read_html_blocks(std::string_view utf8, const std::filesystem::path& file);

}  // namespace korpu
