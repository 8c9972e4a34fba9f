#include "tm/qa/detail/quantities.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "tm/glossary/inflection.hpp"
#include "tm/text/words.hpp"

namespace korpu::detail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Separators that may stand between digit groups: comma, full stop, space, no-break space (U+00A0),
// narrow no-break space (U+202F) and thin space (U+2009), as CLDR's az, ru and en number formats use.
std::size_t separator_length(std::string_view text, std::size_t at) {
    if (at >= text.size()) return 0;
    const char c = text[at];
    if (c == ',' || c == '.' || c == ' ') return 1;
    for (const std::string_view space : {"\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x89"}) {
        if (text.substr(at, space.size()) == space) return space.size();
    }
    return 0;
}

std::string strip_leading_zeros(std::string digits) {
    const auto first = digits.find_first_not_of('0');
    return first == std::string::npos ? "0" : digits.substr(first);
}

std::string decimal_value(const std::string& integer, std::string fraction) {
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    const auto whole = strip_leading_zeros(integer);
    return fraction.empty() ? whole : whole + "." + fraction;
}

struct Group {
    std::size_t begin;
    std::size_t end;
    char separator_before;  // ',', '.', ' ' (any space), or 0 for the first group
};

// Turns a run of digit groups into one or more values.
void interpret(std::string_view text, const std::vector<Group>& groups, std::string_view language,
               std::vector<Quantity>& out) {
    auto digits = [&](const Group& g) { return std::string(text.substr(g.begin, g.end - g.begin)); };
    const auto n = groups.size();
    if (n == 1) {
        out.push_back({groups[0].begin, groups[0].end, strip_leading_zeros(digits(groups[0])), false});
        return;
    }
    // Dates: d.m.yyyy, dd.mm.yy
    if (n == 3 && groups[1].separator_before == '.' && groups[2].separator_before == '.' &&
        groups[0].end - groups[0].begin <= 2 && groups[1].end - groups[1].begin <= 2) {
        for (const auto& g : groups) out.push_back({g.begin, g.end, strip_leading_zeros(digits(g)), false});
        return;
    }
    const char last = groups.back().separator_before;
    bool last_repeats = false;
    for (std::size_t i = 1; i + 1 < n; ++i) last_repeats = last_repeats || groups[i].separator_before == last;
    const bool three_after = groups.back().end - groups.back().begin == 3;
    bool decimal = false;
    if (last == ',' || last == '.') {
        if (last_repeats) {
            decimal = false;
        } else if (n > 2) {
            decimal = true;
        } else if (!three_after || groups[0].end - groups[0].begin > 3) {
            decimal = true;
        } else {
            decimal = language == "en" ? last == '.' : last == ',';
        }
    }
    std::string integer;
    for (std::size_t i = 0; i + (decimal ? 1 : 0) < n; ++i) integer += digits(groups[i]);
    const std::string fraction = decimal ? digits(groups.back()) : std::string();
    out.push_back({groups.front().begin, groups.back().end, decimal_value(integer, fraction), false});
}

void find_numbers(std::string_view text, std::string_view language, std::vector<Quantity>& out) {
    std::size_t at = 0;
    while (at < text.size()) {
        if (!is_digit(text[at])) {
            ++at;
            continue;
        }
        std::vector<Group> groups;
        char separator = 0;
        for (;;) {
            const auto begin = at;
            while (at < text.size() && is_digit(text[at])) ++at;
            groups.push_back({begin, at, separator});
            const auto length = separator_length(text, at);
            if (length == 0 || at + length >= text.size() || !is_digit(text[at + length])) break;
            const char kind = text[at] == ',' || text[at] == '.' ? text[at] : ' ';
            if (kind == ' ') {
                // A space separates thousands only before exactly three digits.
                std::size_t k = at + length;
                while (k < text.size() && is_digit(text[k])) ++k;
                if (k - (at + length) != 3) break;
            }
            separator = kind;
            at += length;
        }
        interpret(text, groups, language, out);
    }
}

// Number words that a translation may use for a digit of the original (and the reverse).
struct NumberWord {
    std::string_view word;
    const char* value;
    std::string_view language;
};
constexpr std::array<NumberWord, 62> kNumberWords{{
    {"one", "1", "en"},       {"two", "2", "en"},         {"three", "3", "en"},     {"four", "4", "en"},
    {"five", "5", "en"},      {"six", "6", "en"},         {"seven", "7", "en"},     {"eight", "8", "en"},
    {"nine", "9", "en"},      {"ten", "10", "en"},        {"eleven", "11", "en"},   {"twelve", "12", "en"},
    {"first", "1", "en"},     {"second", "2", "en"},      {"third", "3", "en"},     {"twenty", "20", "en"},
    {"hundred", "100", "en"}, {"thousand", "1000", "en"}, {"один", "1", "ru"},      {"одна", "1", "ru"},
    {"одно", "1", "ru"},      {"два", "2", "ru"},         {"две", "2", "ru"},       {"двух", "2", "ru"},
    {"три", "3", "ru"},       {"трёх", "3", "ru"},        {"трех", "3", "ru"},      {"четыре", "4", "ru"},
    {"четырёх", "4", "ru"},   {"пять", "5", "ru"},        {"пяти", "5", "ru"},      {"шесть", "6", "ru"},
    {"шести", "6", "ru"},     {"семь", "7", "ru"},        {"семи", "7", "ru"},      {"восемь", "8", "ru"},
    {"восьми", "8", "ru"},    {"девять", "9", "ru"},      {"девяти", "9", "ru"},    {"десять", "10", "ru"},
    {"десяти", "10", "ru"},   {"первый", "1", "ru"},      {"второй", "2", "ru"},    {"третий", "3", "ru"},
    {"двадцать", "20", "ru"}, {"сто", "100", "ru"},       {"тысяча", "1000", "ru"}, {"bir", "1", "az"},
    {"iki", "2", "az"},       {"üç", "3", "az"},          {"dörd", "4", "az"},      {"beş", "5", "az"},
    {"altı", "6", "az"},      {"yeddi", "7", "az"},       {"səkkiz", "8", "az"},    {"doqquz", "9", "az"},
    {"on", "10", "az"},       {"birinci", "1", "az"},     {"ikinci", "2", "az"},    {"iyirmi", "20", "az"},
    {"yüz", "100", "az"},     {"min", "1000", "az"},
}};

struct Month {
    std::string_view stem;  // lower-case start of every form of the month's name
    int month;
    std::string_view language;
};
// Month names: English in full (capitalised in the text); Russian stems of all case forms; Azerbaijani
// names (suffixes follow). "май"/"мая" and "may" are matched whole (see is_month).
constexpr std::array<Month, 36> kMonths{{
    {"january", 1, "en"},   {"february", 2, "en"}, {"march", 3, "en"},     {"april", 4, "en"},
    {"may", 5, "en"},       {"june", 6, "en"},     {"july", 7, "en"},      {"august", 8, "en"},
    {"september", 9, "en"}, {"october", 10, "en"}, {"november", 11, "en"}, {"december", 12, "en"},
    {"январ", 1, "ru"},     {"феврал", 2, "ru"},   {"март", 3, "ru"},      {"апрел", 4, "ru"},
    {"ма", 5, "ru"},        {"июн", 6, "ru"},      {"июл", 7, "ru"},       {"август", 8, "ru"},
    {"сентябр", 9, "ru"},   {"октябр", 10, "ru"},  {"ноябр", 11, "ru"},    {"декабр", 12, "ru"},
    {"yanvar", 1, "az"},    {"fevral", 2, "az"},   {"mart", 3, "az"},      {"aprel", 4, "az"},
    {"may", 5, "az"},       {"iyun", 6, "az"},     {"iyul", 7, "az"},      {"avqust", 8, "az"},
    {"sentyabr", 9, "az"},  {"oktyabr", 10, "az"}, {"noyabr", 11, "az"},   {"dekabr", 12, "az"},
}};

int month_of(const Word& word, std::string_view language, bool first_word) {
    const auto lower = lower_case(word.text, language);
    for (const auto& month : kMonths) {
        if (month.language != language) continue;
        if (language == "en") {
            // English month names are capitalised; "May" opening a sentence is more often the verb.
            if (lower != month.stem || !starts_upper_case(word.text)) continue;
            if (month.month == 5 && first_word) continue;
            return month.month;
        }
        if (language == "ru" && month.month == 5) {
            if (lower == "май" || lower == "мая" || lower == "мае" || lower == "маю") return 5;
            continue;
        }
        if (lower.compare(0, month.stem.size(), month.stem) == 0) {
            if (language == "ru" && lower.size() > month.stem.size() + 8) continue;  // "мартовский" and such
            return month.month;
        }
    }
    return 0;
}

struct Unit {
    std::string_view start;  // lower-case start of the word or the symbol itself
    const char* value;
    bool symbol;
};
constexpr std::array<Unit, 25> kUnits{{
    {"%", "percent", true},
    {"percent", "percent", false},
    {"процент", "percent", false},
    {"faiz", "percent", false},
    {"₼", "currency:AZN", true},
    {"azn", "currency:AZN", false},
    {"manat", "currency:AZN", false},
    {"манат", "currency:AZN", false},
    {"₽", "currency:RUB", true},
    {"rub", "currency:RUB", false},
    {"руб", "currency:RUB", false},
    {"rouble", "currency:RUB", false},
    {"ruble", "currency:RUB", false},
    {"$", "currency:USD", true},
    {"usd", "currency:USD", false},
    {"dollar", "currency:USD", false},
    {"доллар", "currency:USD", false},
    {"dolları", "currency:USD", false},
    {"€", "currency:EUR", true},
    {"eur", "currency:EUR", false},
    {"euro", "currency:EUR", false},
    {"евро", "currency:EUR", false},
    {"avro", "currency:EUR", false},
    {"£", "currency:GBP", true},
    {"фунт", "currency:GBP", false},
}};

void find_symbols(std::string_view text, std::vector<Quantity>& out) {
    for (const auto& unit : kUnits) {
        if (!unit.symbol) continue;
        for (auto at = text.find(unit.start); at != std::string_view::npos; at = text.find(unit.start, at + 1)) {
            out.push_back({at, at + unit.start.size(), unit.value, false});
        }
    }
}

}  // namespace

std::vector<Quantity> find_quantities(std::string_view text, std::string_view primary_language) {
    std::vector<Quantity> out;
    find_numbers(text, primary_language, out);
    find_symbols(text, out);
    const auto words = split_words(text);
    for (std::size_t w = 0; w < words.size(); ++w) {
        const auto& word = words[w];
        if (const int month = month_of(word, primary_language, w == 0)) {
            out.push_back({word.begin, word.end, "month:" + std::to_string(month), false});
            continue;
        }
        const auto lower = lower_case(word.text, primary_language);
        for (const auto& unit : kUnits) {
            if (unit.symbol) continue;
            // Currency codes are matched whole; names by their start (manatı, рублей, dollars).
            const bool code = unit.start.size() == 3 && (unit.start == "azn" || unit.start == "rub" ||
                                                         unit.start == "usd" || unit.start == "eur");
            if (code ? lower == unit.start : lower.compare(0, unit.start.size(), unit.start) == 0) {
                out.push_back({word.begin, word.end, unit.value, false});
                break;
            }
        }
        const auto keys = form_keys(lower, primary_language);
        for (const auto& number : kNumberWords) {
            if (number.language != primary_language) continue;
            if (std::find(keys.begin(), keys.end(), std::string(number.word)) != keys.end()) {
                out.push_back({word.begin, word.end, number.value, true});
                break;
            }
        }
    }
    if (text.find("per cent") != std::string_view::npos) {
        const auto at = text.find("per cent");
        out.push_back({at, at + 8, "percent", false});
    }
    std::sort(out.begin(), out.end(), [](const Quantity& a, const Quantity& b) { return a.begin < b.begin; });
    return out;
}

std::string describe_quantity(const std::string& value) {
    if (value.rfind("month:", 0) == 0) return "month " + value.substr(6);
    if (value == "percent") return "%";
    if (value.rfind("currency:", 0) == 0) return value.substr(9);
    return value;
}

}  // namespace korpu::detail
