#pragma once
// Finds the lines a web page leaves around its article: buttons and box titles from Körpü's phrase list
// (rules/boilerplate.txt, built into the library), section names standing between such lines, and teasers:
// a line near the start or end of the page that repeats text found elsewhere in it (a pull quote, the
// title printed twice).
#include <string>
#include <vector>

namespace korpu {

// For each paragraph or line of a document, in order, whether it is site boilerplate.
std::vector<bool> find_boilerplate(const std::vector<std::string>& texts);

}  // namespace korpu
