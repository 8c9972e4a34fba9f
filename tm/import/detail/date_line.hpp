#pragma once
// Dates as news sites print them above and below an article, in Azerbaijani, Russian and English: "November 8,
// 2022", "8 noyabr 2022, 14:35", "08.11.2022", "вторник, 8 ноября 2022 г.", "Updated: 2022-11-08 14:35". Month
// and weekday names come from ICU's calendar data for the three languages.
#include <optional>
#include <string_view>

namespace korpu::detail {

// The line is a date and nothing else: an optional label ("Updated:"), weekday and time around one date,
// with or without its year.
bool is_date_line(std::string_view line);

// When the line ends with a full date (day, month and year, optionally a time) after some other text, that
// text without the separator ("Fuad Muxtarlı Media Roundup 30 December 2020" -> "Fuad Muxtarlı Media
// Roundup"); otherwise nothing.
std::optional<std::string_view> text_before_date(std::string_view line);

}  // namespace korpu::detail
