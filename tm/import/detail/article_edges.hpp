#pragma once
// The site's lines above the article's first paragraph and below its last: a date alone, a byline ending in
// the date ("Fuad Muxtarlı Media Roundup 30 December 2020"), credits ("By John Smith", "Автор: Иван Петров",
// "Foto: APA"), a news agency's name, and the site's header (its name, above a wide gap in the layout that
// the article's title follows).
#include <vector>

#include "tm/import/boilerplate_filter.hpp"

namespace korpu::detail {

// Marks such lines among those not marked yet. Nothing is marked in a document without a paragraph of
// running text, where the article cannot be told from its surroundings.
void mark_article_edges(const std::vector<PageLine>& lines, std::vector<bool>& marked);

}  // namespace korpu::detail
