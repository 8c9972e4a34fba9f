#pragma once
// Numbers and dates as anchors: the same quantity written the way each language writes it.
#include <string>
#include <string_view>
#include <vector>

namespace korpu {

// The numbers of a text, normalised: "2,5" and "2.5" give "2.5"; "1 000", "1,000" and "1.000" give
// "1000"; "2016-cı" gives "2016"; leading zeros go ("05" -> "5").
std::vector<std::string> number_keys(std::string_view text);

// 1..12 when a lower-case word names a month in the language ("en", "ru" in any case form: "ноября",
// "az" with its suffixes: "noyabrın"), else 0. English "may" counts only when the caller knows the word
// was capitalised.
int month_of(const std::string& lower_word, const std::string& language);

}  // namespace korpu
