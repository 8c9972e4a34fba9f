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

// Length of a clock time "H:MM" or "HH:MM" (with ":SS", or ".SS" and ",SS" as race times are written:
// "4:41.30", "4:41,30" for "4:41:30") starting at `at`, or 0.
std::size_t time_length(std::string_view text, std::size_t at) {
    if (at > 0 && is_digit(text[at - 1])) return 0;
    std::size_t k = at;
    while (k < text.size() && is_digit(text[k]) && k - at < 3) ++k;
    const auto hours = k - at;
    if (hours == 0 || hours > 2 || k + 2 >= text.size() || text[k] != ':') return 0;
    if (!is_digit(text[k + 1]) || !is_digit(text[k + 2]) || (k + 3 < text.size() && is_digit(text[k + 3]))) return 0;
    if (std::stoi(std::string(text.substr(at, hours))) > 24 || text[k + 1] > '5') return 0;
    k += 3;
    if (k + 2 < text.size() && (text[k] == ':' || text[k] == '.' || text[k] == ',') && is_digit(text[k + 1]) &&
        is_digit(text[k + 2]) && (k + 3 >= text.size() || !is_digit(text[k + 3])))
        k += 3;
    return k - at;
}

void find_numbers(std::string_view text, std::string_view language, std::vector<Quantity>& out) {
    std::size_t at = 0;
    while (at < text.size()) {
        if (!is_digit(text[at])) {
            ++at;
            continue;
        }
        if (const auto length = time_length(text, at)) {
            const auto colon = text.find(':', at);
            const int hour = std::stoi(std::string(text.substr(at, colon - at)));
            // Seconds (or hundredths) are kept when written: a changed "4:41.30" is a different time.
            const std::string seconds = length > colon - at + 3 ? ":" + std::string(text.substr(colon + 4, 2)) : "";
            out.push_back({at, at + length,
                           "time:" + std::to_string(hour) + ":" + std::string(text.substr(colon + 1, 2)) + seconds,
                           false});
            at += length;
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
// Number words a translation may use for a digit of the original (and the reverse): cardinals to twenty,
// the tens, hundred and thousand, and ordinals (team-written). Azerbaijani ordinals are the cardinals with
// -(I)ncI, which the suffix rules remove; Russian words are compared by stem, so every case form counts.
struct NumberWord {
    std::string_view word;
    const char* value;
    std::string_view language;
};
constexpr std::array<NumberWord, 119> kNumberWords{{
    {"one", "1", "en"},           {"two", "2", "en"},           {"three", "3", "en"},
    {"four", "4", "en"},          {"five", "5", "en"},          {"six", "6", "en"},
    {"seven", "7", "en"},         {"eight", "8", "en"},         {"nine", "9", "en"},
    {"ten", "10", "en"},          {"eleven", "11", "en"},       {"twelve", "12", "en"},
    {"thirteen", "13", "en"},     {"fourteen", "14", "en"},     {"fifteen", "15", "en"},
    {"sixteen", "16", "en"},      {"seventeen", "17", "en"},    {"eighteen", "18", "en"},
    {"nineteen", "19", "en"},     {"twenty", "20", "en"},       {"first", "1", "en"},
    {"second", "2", "en"},        {"third", "3", "en"},         {"fourth", "4", "en"},
    {"fifth", "5", "en"},         {"sixth", "6", "en"},         {"seventh", "7", "en"},
    {"eighth", "8", "en"},        {"ninth", "9", "en"},         {"tenth", "10", "en"},
    {"eleventh", "11", "en"},     {"twelfth", "12", "en"},      {"thirteenth", "13", "en"},
    {"fourteenth", "14", "en"},   {"fifteenth", "15", "en"},    {"sixteenth", "16", "en"},
    {"seventeenth", "17", "en"},  {"eighteenth", "18", "en"},   {"nineteenth", "19", "en"},
    {"twentieth", "20", "en"},    {"thirty", "30", "en"},       {"forty", "40", "en"},
    {"fifty", "50", "en"},        {"sixty", "60", "en"},        {"seventy", "70", "en"},
    {"eighty", "80", "en"},       {"ninety", "90", "en"},       {"hundred", "100", "en"},
    {"thousand", "1000", "en"},   {"hundredth", "100", "en"},   {"thousandth", "1000", "en"},
    {"один", "1", "ru"},          {"два", "2", "ru"},           {"три", "3", "ru"},
    {"четыре", "4", "ru"},        {"пять", "5", "ru"},          {"шесть", "6", "ru"},
    {"семь", "7", "ru"},          {"восемь", "8", "ru"},        {"девять", "9", "ru"},
    {"десять", "10", "ru"},       {"одиннадцать", "11", "ru"},  {"двенадцать", "12", "ru"},
    {"тринадцать", "13", "ru"},   {"четырнадцать", "14", "ru"}, {"пятнадцать", "15", "ru"},
    {"шестнадцать", "16", "ru"},  {"семнадцать", "17", "ru"},   {"восемнадцать", "18", "ru"},
    {"девятнадцать", "19", "ru"}, {"двадцать", "20", "ru"},     {"одна", "1", "ru"},
    {"одно", "1", "ru"},          {"две", "2", "ru"},           {"двух", "2", "ru"},
    {"трёх", "3", "ru"},          {"трех", "3", "ru"},          {"четырёх", "4", "ru"},
    {"четырех", "4", "ru"},       {"тридцать", "30", "ru"},     {"сорок", "40", "ru"},
    {"пятьдесят", "50", "ru"},    {"сто", "100", "ru"},         {"тысяча", "1000", "ru"},
    {"двумя", "2", "ru"},         {"тремя", "3", "ru"},         {"четырьмя", "4", "ru"},
    {"сотый", "100", "ru"},       {"тысячный", "1000", "ru"},   {"первый", "1", "ru"},
    {"второй", "2", "ru"},        {"третий", "3", "ru"},        {"четвёртый", "4", "ru"},
    {"пятый", "5", "ru"},         {"шестой", "6", "ru"},        {"седьмой", "7", "ru"},
    {"восьмой", "8", "ru"},       {"девятый", "9", "ru"},       {"десятый", "10", "ru"},
    {"bir", "1", "az"},           {"iki", "2", "az"},           {"üç", "3", "az"},
    {"dörd", "4", "az"},          {"beş", "5", "az"},           {"altı", "6", "az"},
    {"yeddi", "7", "az"},         {"səkkiz", "8", "az"},        {"doqquz", "9", "az"},
    {"on", "10", "az"},           {"iyirmi", "20", "az"},       {"otuz", "30", "az"},
    {"qırx", "40", "az"},         {"əlli", "50", "az"},         {"altmış", "60", "az"},
    {"yetmiş", "70", "az"},       {"səksən", "80", "az"},       {"doxsan", "90", "az"},
    {"yüz", "100", "az"},         {"min", "1000", "az"},
}};

struct Month {
    std::string_view stem;  // lower-case start of every form of the month's name
    int month;
    std::string_view language;
};
// Month names: English in full (capitalised in the text); Russian stems of all case forms; Azerbaijani
// names under their suffixes. Russian May and English "May" are matched whole (see month_of).
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

// The case endings a Russian month name takes after its stem (ноябрь, ноября, ноябре, ноябрём; март, марта).
bool is_russian_month_ending(std::string_view ending) {
    for (const std::string_view e : {"", "ь", "я", "е", "ю", "ём", "ем", "ом", "а", "у"}) {
        if (ending == e) return true;
    }
    return false;
}

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
        if (language == "az") {
            // The month's name itself or under suffixes ("noyabrda", "martın"), never a longer word ("Mayk").
            const auto keys = form_keys(lower, language);
            if (std::find(keys.begin(), keys.end(), std::string(month.stem)) != keys.end()) return month.month;
            continue;
        }
        if (lower.compare(0, month.stem.size(), month.stem) == 0 &&
            is_russian_month_ending(lower.substr(month.stem.size()))) {
            return month.month;
        }
    }
    return 0;
}

enum class UnitKind { Symbol, Code, Name, ExactName };

struct Unit {
    std::string_view text;  // the symbol, the upper-case code, or the lower-case name (or its start)
    const char* value;
    UnitKind kind;
};
// Percent and currency marks. Symbols and ISO codes must be kept; names ("per cent", "manat",
// "рублей") only excuse a symbol of the other side, because they have other senses too (faiz and
// процент are also "interest", a pound is also a weight).
constexpr std::array<Unit, 24> kUnits{{
    {"%", "percent", UnitKind::Symbol},
    {"percent", "percent", UnitKind::Name},
    {"процент", "percent", UnitKind::Name},
    {"faiz", "percent", UnitKind::Name},
    {"₼", "currency:AZN", UnitKind::Symbol},
    {"AZN", "currency:AZN", UnitKind::Code},
    {"manat", "currency:AZN", UnitKind::Name},
    {"манат", "currency:AZN", UnitKind::Name},
    {"₽", "currency:RUB", UnitKind::Symbol},
    {"RUB", "currency:RUB", UnitKind::Code},
    {"руб", "currency:RUB", UnitKind::Name},
    {"roubl", "currency:RUB", UnitKind::Name},
    {"rubl", "currency:RUB", UnitKind::Name},
    {"$", "currency:USD", UnitKind::Symbol},
    {"USD", "currency:USD", UnitKind::Code},
    {"dollar", "currency:USD", UnitKind::Name},
    {"доллар", "currency:USD", UnitKind::Name},
    {"€", "currency:EUR", UnitKind::Symbol},
    {"EUR", "currency:EUR", UnitKind::Code},
    {"euro", "currency:EUR", UnitKind::ExactName},
    {"euros", "currency:EUR", UnitKind::ExactName},
    {"евро", "currency:EUR", UnitKind::ExactName},
    {"avro", "currency:EUR", UnitKind::ExactName},
    {"£", "currency:GBP", UnitKind::Symbol},
}};

void find_symbols(std::string_view text, std::vector<Quantity>& out) {
    for (const auto& unit : kUnits) {
        if (unit.kind != UnitKind::Symbol) continue;
        for (auto at = text.find(unit.text); at != std::string_view::npos; at = text.find(unit.text, at + 1)) {
            out.push_back({at, at + unit.text.size(), unit.value, false});
        }
    }
}

const Unit* unit_of(const Word& word, const std::string& lower) {
    for (const auto& unit : kUnits) {
        switch (unit.kind) {
            case UnitKind::Symbol: break;
            case UnitKind::Code:
                if (word.text == unit.text) return &unit;
                break;
            case UnitKind::Name:
                if (lower.compare(0, unit.text.size(), unit.text) == 0) return &unit;
                break;
            case UnitKind::ExactName:
                if (lower == unit.text) return &unit;
                break;
        }
    }
    return nullptr;
}

// Words that multiply the number before them ("400 тысяч" = "400,000", "1,5 млрд" = "1.5 billion").
struct Multiplier {
    std::string_view start;  // lower-case start of the word
    int zeros;
};
constexpr std::array<Multiplier, 13> kMultipliers{{
    {"thousand", 3},
    {"тыс", 3},
    {"min", 3},
    {"million", 6},
    {"млн", 6},
    {"миллион", 6},
    {"milyon", 6},
    {"billion", 9},
    {"млрд", 9},
    {"миллиард", 9},
    {"milyard", 9},
    {"trillion", 12},
    {"трлн", 12},
}};

// value * 10^zeros, in the canonical form of decimal_value().
std::string multiplied(const std::string& value, int zeros) {
    const auto point = value.find('.');
    std::string integer = point == std::string::npos ? value : value.substr(0, point);
    std::string fraction = point == std::string::npos ? std::string() : value.substr(point + 1);
    for (int i = 0; i < zeros; ++i) {
        if (!fraction.empty()) {
            integer += fraction.front();
            fraction.erase(0, 1);
        } else {
            integer += '0';
        }
    }
    return decimal_value(integer, fraction);
}

// Roman numerals (centuries "XIX век", "XV əsr", "World War II"): the value, or 0 when `word` is not one.
// A lone "I" is the English pronoun more often than a numeral, so one letter counts only for V and X.
int roman_value(const std::string& word) {
    if (word.empty() || word.find_first_not_of("IVXLCDM") != std::string::npos) return 0;
    if (word.size() == 1 && word != "V" && word != "X") return 0;
    static constexpr std::array<std::pair<int, std::string_view>, 13> kTable{{{1000, "M"},
                                                                              {900, "CM"},
                                                                              {500, "D"},
                                                                              {400, "CD"},
                                                                              {100, "C"},
                                                                              {90, "XC"},
                                                                              {50, "L"},
                                                                              {40, "XL"},
                                                                              {10, "X"},
                                                                              {9, "IX"},
                                                                              {5, "V"},
                                                                              {4, "IV"},
                                                                              {1, "I"}}};
    int value = 0;
    std::size_t at = 0;
    for (const auto& [number, letters] : kTable) {
        while (word.compare(at, letters.size(), letters) == 0) {
            value += number;
            at += letters.size();
        }
    }
    return at == word.size() ? value : 0;
}

// Russian compounds that start with a number: "четырёхмесячный", "двухэтажный", "пятилетний".
constexpr std::array<std::pair<std::string_view, const char*>, 10> kRussianNumberPrefixes{{
    {"двух", "2"},
    {"трёх", "3"},
    {"трех", "3"},
    {"четырёх", "4"},
    {"четырех", "4"},
    {"пяти", "5"},
    {"шести", "6"},
    {"восьми", "8"},
    {"девяти", "9"},
    {"десяти", "10"},
}};

bool is_plain_number(const std::string& value) {
    return !value.empty() && value.find_first_not_of("0123456789.") == std::string::npos;
}

// Scales each number followed by a multiplier word.
void apply_multipliers(std::string_view text, const std::vector<Word>& words, std::string_view language,
                       std::vector<Quantity>& quantities) {
    for (auto& q : quantities) {
        if (!is_plain_number(q.value)) continue;
        const auto next = std::find_if(words.begin(), words.end(), [&](const Word& w) { return w.begin >= q.end; });
        if (next == words.end()) continue;
        const auto gap = text.substr(q.end, next->begin - q.end);
        if (gap != " " && gap != "\xC2\xA0") continue;
        const auto lower = lower_case(next->text, language);
        for (const auto& m : kMultipliers) {
            // az "min" (thousand) is matched whole or with a short suffix ("minlərlə" is a different word).
            if (lower.compare(0, m.start.size(), m.start) == 0 && (m.start != "min" || lower.size() <= 5)) {
                q.value = multiplied(q.value, m.zeros);
                break;
            }
        }
    }
}

// A word that stands for a quantity: month, Roman numeral, percent or currency, number word.
void add_word_quantity(const std::vector<Word>& words, std::size_t w, std::string_view language,
                       std::vector<Quantity>& out) {
    const auto& word = words[w];
    if (const int month = month_of(word, language, w == 0)) {
        out.push_back({word.begin, word.end, "month:" + std::to_string(month), false});
        return;
    }
    if (const int roman = roman_value(word.text)) {
        out.push_back({word.begin, word.end, std::to_string(roman), true});
        return;
    }
    const auto lower = lower_case(word.text, language);
    if (const auto* unit = unit_of(word, lower)) {
        const bool name = unit->kind == UnitKind::Name || unit->kind == UnitKind::ExactName;
        out.push_back({word.begin, word.end, unit->value, name});
        return;
    }
    if (language == "en" && lower == "per" && w + 1 < words.size() && words[w + 1].text == "cent") {
        out.push_back({word.begin, words[w + 1].end, "percent", true});
        return;
    }
    if (language == "ru") {
        for (const auto& [prefix, value] : kRussianNumberPrefixes) {
            if (lower.size() > prefix.size() + 2 && lower.compare(0, prefix.size(), prefix) == 0) {
                out.push_back({word.begin, word.end, value, true});
                return;
            }
        }
    }
    const auto keys = form_keys(lower, language);
    for (const auto& number : kNumberWords) {
        if (number.language != language) continue;
        const auto lemma = lemma_keys(number.word, language);
        const bool same = std::any_of(lemma.begin(), lemma.end(), [&](const std::string& key) {
            return std::find(keys.begin(), keys.end(), key) != keys.end();
        });
        if (same) {
            out.push_back({word.begin, word.end, number.value, true});
            return;
        }
    }
}

// "twenty-four", "twenty four", "iyirmi dörd": a tens word followed by a units word is one number.
void join_compound_number_words(std::string_view text, std::vector<Quantity>& quantities) {
    for (std::size_t i = 0; i + 1 < quantities.size(); ++i) {
        auto& tens = quantities[i];
        const auto& units = quantities[i + 1];
        if (!tens.spelt_out || !units.spelt_out || !is_plain_number(tens.value) || !is_plain_number(units.value))
            continue;
        const auto gap = text.substr(tens.end, units.begin - tens.end);
        if (gap != "-" && gap != " ") continue;
        const int t = std::stoi(tens.value);
        const int u = std::stoi(units.value);
        if (t < 20 || t > 90 || t % 10 != 0 || u < 1 || u > 9) continue;
        tens.value = std::to_string(t + u);
        tens.end = units.end;
        quantities.erase(quantities.begin() + static_cast<long>(i) + 1);
    }
}

struct ClockTime {
    int hour = -1;
    int minute = 0;
    int second = -1;  // -1: not written
};

ClockTime clock_time(const std::string& value) {
    ClockTime t;
    if (value.rfind("time:", 0) != 0) return t;
    const auto colon = value.find(':', 5);
    t.hour = std::stoi(value.substr(5, colon - 5));
    t.minute = std::stoi(value.substr(colon + 1, 2));
    if (value.size() > colon + 4) t.second = std::stoi(value.substr(colon + 4, 2));
    return t;
}

}  // namespace

std::vector<Quantity> find_quantities(std::string_view text, std::string_view primary_language) {
    std::vector<Quantity> out;
    find_numbers(text, primary_language, out);
    find_symbols(text, out);
    const auto words = split_words(text);
    for (std::size_t w = 0; w < words.size(); ++w) add_word_quantity(words, w, primary_language, out);
    std::sort(out.begin(), out.end(), [](const Quantity& a, const Quantity& b) { return a.begin < b.begin; });
    join_compound_number_words(text, out);
    apply_multipliers(text, words, primary_language, out);
    return out;
}

bool same_quantity(const std::string& a, const std::string& b) {
    if (a == b) return true;
    const auto ta = clock_time(a);
    const auto tb = clock_time(b);
    if (ta.hour >= 0 && tb.hour >= 0) {
        const bool seconds_agree = ta.second < 0 || tb.second < 0 || ta.second == tb.second;
        return ta.hour % 12 == tb.hour % 12 && ta.minute == tb.minute && seconds_agree;
    }
    const auto& time = ta.hour >= 0 ? ta : tb;
    const auto& other = ta.hour >= 0 ? b : a;
    if (time.hour < 0 || other.empty() || other.size() > 4 ||
        other.find_first_not_of("0123456789") != std::string::npos) {
        return false;
    }
    const int number = std::stoi(other);
    return (time.minute == 0 && number < 25 && number % 12 == time.hour % 12) ||
           number == time.hour * 100 + time.minute;
}

std::vector<std::string> clock_parts(const std::string& value) {
    const auto t = clock_time(value);
    if (t.hour < 0) return {};
    return {std::to_string(t.hour), std::to_string(t.minute)};
}

std::string describe_quantity(const std::string& value) {
    if (value.rfind("time:", 0) == 0) return "time " + value.substr(5);
    if (value.rfind("month:", 0) == 0) return "month " + value.substr(6);
    if (value == "percent") return "%";
    if (value.rfind("currency:", 0) == 0) return value.substr(9);
    return value;
}

}  // namespace korpu::detail
