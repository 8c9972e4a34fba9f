#pragma once
// The quantities of a text that a translation must keep, in a form that does not depend on the locale:
// numbers ("1 234,5", "1,234.5" and "1.234,5" are all 1234.5; "10.11.2016" is 10, 11 and 2016), months
// ("ноября", "noyabr", "November" are month 11), percent signs and words, and currencies (₼/AZN/manat,
// ₽/руб./рубль, $/USD/dollar, €/EUR/euro).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace korpu::detail {

struct Quantity {
    std::size_t begin = 0;  // byte span in the text
    std::size_t end = 0;
    std::string value;       // "1234.5", "month:11", "percent", "currency:AZN"
    bool spelt_out = false;  // a number word ("two", "два", "iki"), only used to excuse a missing digit
};

std::vector<Quantity> find_quantities(std::string_view text, std::string_view primary_language);

// Two values that stand for the same quantity: equal, or clock times equal on a 12-hour clock ("22:00" and
// "10:00 p.m."), or a time and its hour ("22:00" and "10 p.m.", "12:00" and "12.00" or "1200 GMT").
bool same_quantity(const std::string& a, const std::string& b);

// The hour and minute of a clock time as plain numbers ("21:20" -> "21", "20"), which a translation may
// write as a score or a range ("21 to 20"); empty for other values.
std::vector<std::string> clock_parts(const std::string& value);

// How a value reads in a message: "1234.5", "month 11", "%", "AZN".
std::string describe_quantity(const std::string& value);

}  // namespace korpu::detail
