#include "tm/segment/srx_segmenter.hpp"

#include <unicode/regex.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "tm/core/error.hpp"
#include "tm/segment/detail/java_regex.hpp"

namespace korpu {
namespace {

// Longest run an unbounded repetition in a beforebreak may match once it is tested as a look-behind.
// srx4j (the engine behind LanguageTool) caps such repetitions the same way (at 100). ICU tries every
// start position the cap allows at each test, so the cost grows with it: 20 characters cover any run
// of spaces, quotes, digits or letters that a rule inspects before a break, and a repetition at the
// start of a beforebreak matches a longer run anyway (by its last characters). Measured: the default
// rules ran 4x slower when one of them had a "\s+" capped at 100.
constexpr unsigned kLookBehindLimit = 20;

// A compiled pattern and its one matcher (which refers to the pattern, so it goes first).
struct Regex {
    std::unique_ptr<icu::RegexPattern> pattern;
    std::unique_ptr<icu::RegexMatcher> matcher;

    explicit operator bool() const { return matcher != nullptr; }
    icu::RegexMatcher* operator->() const { return matcher.get(); }
};

std::string describe(UErrorCode status, const UParseError& where) {
    std::string message = u_errorName(status);
    if (where.offset >= 0) message += " at character " + std::to_string(where.offset + 1);
    return message;
}

// Compiles a Java-style pattern (see detail/java_regex.hpp) with ICU.
Regex compile(const std::string& source, uint32_t flags, UErrorCode& status, UParseError& where) {
    Regex regex;
    regex.pattern.reset(
        icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(detail::icu_from_java(source)), flags, where, status));
    if (U_FAILURE(status)) return {};
    regex.matcher.reset(regex.pattern->matcher(status));
    if (U_FAILURE(status)) return {};
    return regex;
}

// Compiles `source`; when ICU cannot bound a look-behind in it, compiles it again with its unbounded
// repetitions capped.
Regex compile_bounded(const std::string& source, UErrorCode& status, UParseError& where) {
    auto regex = compile(source, 0, status, where);
    if (status != U_REGEX_LOOK_BEHIND_LIMIT) return regex;
    status = U_ZERO_ERROR;
    return compile(detail::bound_repetitions(source, kLookBehindLimit), 0, status, where);
}

struct CompiledRule {
    bool breaks = true;
    // Finds where the rule could apply: the beforebreak (or, when it is empty, the afterbreak) alone.
    Regex scan;
    bool scan_is_before = true;
    // "(?=after)(?<=before)": matches at a position exactly when the rule applies there.
    Regex at;
};

}  // namespace

struct SrxSegmenter::Impl {
    std::vector<std::string> names;
    std::vector<CompiledRule> rules;
    std::vector<std::size_t> break_rules;  // indices into `rules`, in order
    icu::UnicodeString text;
    std::vector<int32_t> candidates;

    void add(const SrxRule& rule, const std::filesystem::path& origin) {
        auto fail = [&](const char* part, const std::string& pattern, UErrorCode status,
                        const UParseError& where) {
            throw InputError(origin, rule.line, 0,
                             std::string(part) + " \"" + pattern +
                                 "\" is not a regular expression ICU accepts (" + describe(status, where) +
                                 ")");
        };
        CompiledRule compiled;
        compiled.breaks = rule.breaks;
        UParseError where{};
        UErrorCode status = U_ZERO_ERROR;
        // Each part on its own first, so that an error names the part at fault.
        for (const auto* part : {&rule.before, &rule.after}) {
            if (part->empty()) continue;
            status = U_ZERO_ERROR;
            auto regex = compile_bounded(*part, status, where);
            if (!regex) fail(part == &rule.before ? "beforebreak" : "afterbreak", *part, status, where);
            if (!compiled.scan) {
                compiled.scan = std::move(regex);
                compiled.scan_is_before = part == &rule.before;
            }
        }
        // Then both as one pattern tested at a position; a beforebreak (and, if need be, an afterbreak
        // with look-behinds of its own) with unbounded repetitions is retried with them capped.
        for (int capped = 0; capped <= 2 && !compiled.at; ++capped) {
            const auto before =
                capped >= 1 ? detail::bound_repetitions(rule.before, kLookBehindLimit) : rule.before;
            const auto after =
                capped >= 2 ? detail::bound_repetitions(rule.after, kLookBehindLimit) : rule.after;
            // The afterbreak goes first, as a look-ahead: it is cheap and rejects most positions before
            // the look-behind tries its start positions.
            std::string at;
            if (!after.empty()) at = "(?=" + after + ")";
            if (!before.empty()) at += "(?<=" + before + ")";
            status = U_ZERO_ERROR;
            compiled.at = compile(at, 0, status, where);
            if (!compiled.at && status != U_REGEX_LOOK_BEHIND_LIMIT) break;
        }
        if (!compiled.at) fail("beforebreak", rule.before, status, where);
        if (compiled.breaks) break_rules.push_back(rules.size());
        rules.push_back(std::move(compiled));
    }

    void find_candidates() {
        candidates.clear();
        const int32_t length = text.length();
        for (auto& rule : rules) {
            if (!rule.breaks) continue;
            if (!rule.scan) {
                // Both patterns empty: the rule applies everywhere.
                for (int32_t p = 1; p < length; ++p) candidates.push_back(p);
                continue;
            }
            UErrorCode status = U_ZERO_ERROR;
            rule.scan->reset(text);
            int64_t from = 0;
            while (from <= length && rule.scan->find(from, status) && U_SUCCESS(status)) {
                const auto start = static_cast<int32_t>(rule.scan->start(status));
                const auto end = static_cast<int32_t>(rule.scan->end(status));
                if (!rule.scan_is_before || start == end) {
                    candidates.push_back(rule.scan_is_before ? end : start);
                } else {
                    // Any position inside the match may be where a shorter match ends.
                    for (int32_t p = start + 1; p <= end; ++p) candidates.push_back(p);
                }
                from = start + 1;
            }
        }
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    }

    // Matches at `position` with the whole paragraph in view: look-behinds, \b and ^ see the text
    // before it.
    bool applies_at(CompiledRule& rule, int32_t position) {
        UErrorCode status = U_ZERO_ERROR;
        return rule.at->lookingAt(position, status) && U_SUCCESS(status);
    }

    // The first rule that applies decides. Only a break rule can make a break, so the break rules are
    // tried first (few, and most candidates fail them); then only the exceptions before the first break
    // rule that applies need trying.
    bool breaks_at(int32_t position) {
        std::size_t first_break = rules.size();
        for (const std::size_t index : break_rules) {
            if (applies_at(rules[index], position)) {
                first_break = index;
                break;
            }
        }
        if (first_break == rules.size()) return false;
        for (std::size_t index = 0; index < first_break; ++index) {
            if (!rules[index].breaks && applies_at(rules[index], position)) return false;
        }
        return true;
    }

    void emit(int32_t begin, int32_t end, std::vector<std::string>& segments) const {
        while (begin < end && u_isUWhiteSpace(text.char32At(begin))) begin = text.moveIndex32(begin, 1);
        while (end > begin && u_isUWhiteSpace(text.char32At(text.moveIndex32(end, -1))))
            end = text.moveIndex32(end, -1);
        if (begin >= end) return;
        std::string segment;
        text.tempSubStringBetween(begin, end).toUTF8String(segment);
        segments.push_back(std::move(segment));
    }
};

SrxSegmenter::SrxSegmenter(const SrxRuleSet& rules, const Language& language)
    : SrxSegmenter(rules, language.tag()) {}

SrxSegmenter::SrxSegmenter(const SrxRuleSet& rules, std::string_view language_code)
    : impl_(std::make_unique<Impl>()) {
    const auto code = icu::UnicodeString::fromUTF8(
        icu::StringPiece(language_code.data(), static_cast<int32_t>(language_code.size())));
    for (const auto& map : rules.language_maps) {
        UParseError where{};
        UErrorCode status = U_ZERO_ERROR;
        auto matcher = compile(map.pattern, UREGEX_CASE_INSENSITIVE, status, where);
        if (!matcher) {
            throw InputError(rules.origin, map.line, 0,
                             "languagepattern \"" + map.pattern +
                                 "\" is not a regular expression ICU accepts (" + describe(status, where) +
                                 ")");
        }
        matcher->reset(code);
        if (!matcher->matches(status) || U_FAILURE(status)) continue;
        const auto* language_rule = rules.find(map.rule_name);
        if (!language_rule) {
            throw InputError(
                rules.origin, map.line, 0,
                "languagemap names the languagerule \"" + map.rule_name + "\", which is not defined");
        }
        if (std::find(impl_->names.begin(), impl_->names.end(), map.rule_name) == impl_->names.end()) {
            impl_->names.push_back(map.rule_name);
            for (const auto& rule : language_rule->rules) impl_->add(rule, rules.origin);
        }
        if (!rules.cascade) break;
    }
}

SrxSegmenter::~SrxSegmenter() = default;
SrxSegmenter::SrxSegmenter(SrxSegmenter&&) noexcept = default;
SrxSegmenter& SrxSegmenter::operator=(SrxSegmenter&&) noexcept = default;

std::vector<std::string> SrxSegmenter::split(std::string_view paragraph) {
    auto& impl = *impl_;
    impl.text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(paragraph.data(), static_cast<int32_t>(paragraph.size())));
    for (auto& rule : impl.rules) rule.at->reset(impl.text);
    impl.find_candidates();
    std::vector<std::string> segments;
    int32_t begin = 0;
    for (const int32_t position : impl.candidates) {
        if (position <= begin || position >= impl.text.length()) continue;
        if (!impl.breaks_at(position)) continue;
        impl.emit(begin, position, segments);
        begin = position;
    }
    impl.emit(begin, impl.text.length(), segments);
    return segments;
}

const std::vector<std::string>& SrxSegmenter::language_rule_names() const {
    return impl_->names;
}

std::size_t SrxSegmenter::rule_count() const {
    return impl_->rules.size();
}

}  // namespace korpu
