#include "tm/import/detail/date_line.hpp"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "tm/core/error.hpp"

namespace korpu::detail {
namespace {

// The languages whose month and weekday names a date may use.
constexpr const char* kDateLanguages[] = {"en", "ru", "az"};

icu::UnicodeString unicode_of(std::string_view text) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

void add_names(std::set<icu::UnicodeString>& names, const icu::UnicodeString* list, int32_t count) {
    for (int32_t i = 0; i < count; ++i) {
        icu::UnicodeString name = list[i];
        if (name.endsWith(icu::UnicodeString(u"."))) name.truncate(name.length() - 1);
        if (!name.isEmpty()) names.insert(name);
    }
}

// "(?:\Qjanuary\E|\Qjan\E|...)", longest names first so that "September" is not read as "Sep".
icu::UnicodeString alternation(const std::set<icu::UnicodeString>& names) {
    std::vector<icu::UnicodeString> sorted(names.begin(), names.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const icu::UnicodeString& a, const icu::UnicodeString& b) { return a.length() > b.length(); });
    icu::UnicodeString out(u"(?:");
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        if (i) out.append(u'|');
        out.append(u"\\Q").append(sorted[i]).append(u"\\E");
    }
    return out.append(u')');
}

struct CalendarNames {
    icu::UnicodeString months;
    icu::UnicodeString weekdays;
};

CalendarNames calendar_names() {
    std::set<icu::UnicodeString> months;
    std::set<icu::UnicodeString> weekdays;
    for (const char* language : kDateLanguages) {
        UErrorCode status = U_ZERO_ERROR;
        icu::DateFormatSymbols symbols{icu::Locale(language), status};
        if (U_FAILURE(status)) throw Error(std::string("ICU has no calendar names for ") + language);
        for (const auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
            for (const auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
                int32_t count = 0;
                const auto* month_names = symbols.getMonths(count, context, width);
                add_names(months, month_names, count);
                const auto* weekday_names = symbols.getWeekdays(count, context, width);
                add_names(weekdays, weekday_names, count);
            }
        }
    }
    return {alternation(months), alternation(weekdays)};
}

// The pieces of the two patterns, in ICU's regular-expression syntax.
struct DatePatterns {
    std::unique_ptr<icu::RegexPattern> date_line;
    std::unique_ptr<icu::RegexPattern> dated_line;
};

std::unique_ptr<icu::RegexPattern> compiled(const icu::UnicodeString& source) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError where;
    std::unique_ptr<icu::RegexPattern> pattern(
        icu::RegexPattern::compile(source, UREGEX_CASE_INSENSITIVE, where, status));
    if (U_FAILURE(status))
        throw Error("the date patterns do not compile (offset " + std::to_string(where.offset) + ")");
    return pattern;
}

const DatePatterns& date_patterns() {
    static const DatePatterns patterns = [] {
        const auto names = calendar_names();
        const icu::UnicodeString month = names.months + u"\\.?";
        const icu::UnicodeString weekday = u"(?:" + names.weekdays + u"\\.?,?\\s+)?";
        // "2022 г.", "2022 года", "2022-ci il", "2022-cü ildə".
        const icu::UnicodeString year = u"\\d{4}(?:\\s*(?:г\\.?|года?|-?(?:ci|cı|cu|cü)\\s+il(?:də)?))?";
        const icu::UnicodeString day = u"\\d{1,2}(?:st|nd|rd|th|-?(?:го|е))?";
        const icu::UnicodeString numeric = u"(?:\\d{1,2}[./]\\d{1,2}[./](?:\\d{4}|\\d{2})|\\d{4}-\\d{1,2}-\\d{1,2})";
        const icu::UnicodeString with_year = u"(?:" + numeric + u"|" + day + u"\\s+" + month + u",?\\s+" + year + u"|" +
                                             month + u"\\s+" + day + u",?\\s+" + year + u")";
        const icu::UnicodeString any_date =
            u"(?:" + with_year + u"|" + day + u"\\s+" + month + u"|" + month + u"\\s+" + day + u")";
        const icu::UnicodeString time = u"\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?\\s?m\\.?)?";
        const icu::UnicodeString separator = u"\\s*[,|/•·–—-]?\\s*";
        const icu::UnicodeString label = u"(?:\\p{L}+(?:\\s+\\p{L}+)?\\s*:\\s*)?";
        DatePatterns built;
        built.date_line = compiled(u"^" + label + u"(?:" + weekday + any_date + u"(?:" + separator + time + u")?|" +
                                   time + separator + weekday + any_date + u")$");
        built.dated_line =
            compiled(u"^(.*?\\S)" + separator + weekday + with_year + u"(?:" + separator + time + u")?$");
        return built;
    }();
    return patterns;
}

}  // namespace

bool is_date_line(std::string_view line) {
    const auto text = unicode_of(line);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> matcher(date_patterns().date_line->matcher(text, status));
    return U_SUCCESS(status) && matcher->matches(status) && U_SUCCESS(status);
}

std::optional<std::string_view> text_before_date(std::string_view line) {
    const auto text = unicode_of(line);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> matcher(date_patterns().dated_line->matcher(text, status));
    if (U_FAILURE(status) || !matcher->matches(status) || U_FAILURE(status)) return std::nullopt;
    const int32_t end = matcher->end(1, status);
    if (U_FAILURE(status)) return std::nullopt;
    std::string before;
    text.tempSubString(0, end).toUTF8String(before);
    return line.substr(0, before.size());
}

}  // namespace korpu::detail
