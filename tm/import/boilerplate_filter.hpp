#pragma once
// Finds the lines a web page leaves around its article: buttons and box titles from Körpü's phrase list
// (rules/boilerplate.txt, built into the library), section names standing between such lines, teasers (a
// line near the start or end of the page that repeats text found elsewhere in it: a pull quote, the title
// printed twice), and the site's lines above and below the article: datelines, bylines, credits and the
// site's header.
#include <string>
#include <vector>

namespace korpu {

// One paragraph or line of a document, in reading order.
struct PageLine {
    std::string text;
    // A wide gap in the page's layout comes before this line: two or more blank lines in text copied from a
    // browser, which leaves them where the site's header ends and the article begins.
    bool after_wide_gap = false;
};

// For each line, whether it is site boilerplate.
std::vector<bool> find_boilerplate(const std::vector<PageLine>& lines);

}  // namespace korpu
