// Numbers, dates, percentages and currencies: every quantity of the original is in the translation and
// the translation adds none, compared by value across locales (tm/qa/detail/quantities.hpp).
#include <algorithm>

#include "tm/qa/checks/checks.hpp"
#include "tm/qa/detail/quantities.hpp"
#include "tm/text/words.hpp"

namespace korpu::checks {
namespace {

using detail::Quantity;

// One side's quantities and which of them are accounted for.
struct QuantitySide {
    std::vector<Quantity> list;
    std::vector<bool> used;

    explicit QuantitySide(std::vector<Quantity> quantities) : list(std::move(quantities)), used(list.size(), false) {}

    // Marks the first unused quantity that stands for `value` (a word only when `word`); false if none.
    bool take(const std::string& value, bool word) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (!used[i] && list[i].spelt_out == word && detail::same_quantity(list[i].value, value)) {
                used[i] = true;
                return true;
            }
        }
        return false;
    }
};

bool is_sign(const std::string& value) { return value == "percent" || value.rfind("currency:", 0) == 0; }

// Pairs up the quantities of `a` with those of `b`: figures with figures, then a figure with a word of the
// other side ("19" / "nineteen", "$" / "dollars"), then a clock time with its two numbers ("21:20" / "21 to 20").
void pair_up(QuantitySide& a, QuantitySide& b) {
    for (std::size_t i = 0; i < a.list.size(); ++i) {
        if (!a.used[i] && !a.list[i].spelt_out && b.take(a.list[i].value, false)) a.used[i] = true;
    }
    for (std::size_t i = 0; i < a.list.size(); ++i) {
        if (!a.used[i] && !a.list[i].spelt_out && b.take(a.list[i].value, true)) a.used[i] = true;
    }
    for (std::size_t i = 0; i < b.list.size(); ++i) {
        if (!b.used[i] && !b.list[i].spelt_out && a.take(b.list[i].value, true)) b.used[i] = true;
    }
    // A currency or percent named in words on one side covers every sign of its kind on the other
    // ("$5 and $100" / "5 и 100 долларов").
    for (std::size_t i = 0; i < a.list.size(); ++i) {
        if (a.used[i] || a.list[i].spelt_out || !is_sign(a.list[i].value)) continue;
        const auto& value = a.list[i].value;
        const bool named = std::any_of(b.list.begin(), b.list.end(),
                                       [&](const Quantity& q) { return q.spelt_out && q.value == value; });
        if (named) a.used[i] = true;
    }
    for (std::size_t i = 0; i < a.list.size(); ++i) {
        const auto parts = detail::clock_parts(a.list[i].value);
        if (a.used[i] || parts.empty()) continue;
        auto trial = b;
        if (trial.take(parts[0], false) && trial.take(parts[1], false)) {
            b = std::move(trial);
            a.used[i] = true;
        }
    }
}

// A quantity left over that repeats one already accounted for on its side: translations repeat a year
// where the original says "that year" ("1979-cu ildə ... həmin ildə" / "1979 ... 1979"), or the reverse.
void excuse_repetitions(QuantitySide& side) {
    for (std::size_t i = 0; i < side.list.size(); ++i) {
        if (side.used[i]) continue;
        for (std::size_t k = 0; k < side.list.size(); ++k) {
            if (k != i && side.used[k] && side.list[k].value == side.list[i].value) {
                side.used[i] = true;
                break;
            }
        }
    }
}

// English names decades and centuries by a plural figure: "the 1970s", "in his 20s", "the 1800s". A figure
// ending in 0 and followed by "s" (or "'s") covers the years or ages of its span: ten, or a hundred for a
// round hundred above 999 (the 1800s); and a century numbered the other way ("19 века", "XIX əsr"), whose
// years are (N-1)00 to (N-1)99.
struct Span {
    long first = 0;
    long last = -1;
};

Span plural_span(const std::string& text, const detail::Quantity& q) {
    const auto value = q.value;
    if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos || value.size() > 4 ||
        value.back() != '0')
        return {};
    const auto after = text.substr(q.end, 2);
    if (after.empty() || (after[0] != 's' && after.rfind("'s", 0) != 0)) return {};
    const long start = std::stol(value);
    const long width = start >= 1000 && start % 100 == 0 ? 100 : 10;
    return {start, start + width - 1};
}

bool within(const std::string& value, const Span& span) {
    if (value.empty() || value.size() > 4 || value.find_first_not_of("0123456789") != std::string::npos) return false;
    const long number = std::stol(value);
    const bool century =
        span.last - span.first == 99 && number >= 1 && number <= 21 && (number - 1) * 100 == span.first;
    return century || (number >= span.first && number <= span.last);
}

void excuse_spans(QuantitySide& plural_side, const std::string& plural_text, QuantitySide& other) {
    for (std::size_t i = 0; i < plural_side.list.size(); ++i) {
        const auto span = plural_span(plural_text, plural_side.list[i]);
        if (span.last < span.first) continue;
        for (std::size_t k = 0; k < other.list.size(); ++k) {
            if (other.used[k] || !within(other.list[k].value, span)) continue;
            other.used[k] = true;
            plural_side.used[i] = true;
        }
    }
}

// A lone "1" is what English writes as the article: "1 dəqiqə" / "a minute".
void excuse_one(QuantitySide& side, const std::string& other_text, const std::string& other_language) {
    if (other_language != "en") return;
    bool article = false;
    for (const auto& word : split_words(other_text)) {
        const auto lower = lower_case(word.text, "en");
        article = article || lower == "a" || lower == "an";
    }
    if (!article) return;
    for (std::size_t i = 0; i < side.list.size(); ++i) {
        if (!side.used[i] && !side.list[i].spelt_out && side.list[i].value == "1") side.used[i] = true;
    }
}

class NumberMismatch : public QaCheck {
  public:
    const char* id() const override { return "number-mismatch"; }
    Severity severity() const override { return Severity::Error; }
    const char* description() const override {
        return "A number, date, time, percentage or currency differs between original and translation";
    }
    void run(const QaContext& context, std::vector<Finding>& findings) const override {
        for (std::size_t i = 0; i < context.segments.size(); ++i) {
            const auto& segment = context.segments[i];
            if (segment.target.empty()) continue;
            QuantitySide source(detail::find_quantities(segment.source, segment.source_lang.primary()));
            QuantitySide target(detail::find_quantities(segment.target, segment.target_lang.primary()));
            pair_up(source, target);
            pair_up(target, source);
            excuse_spans(target, segment.target, source);
            excuse_spans(source, segment.source, target);
            excuse_repetitions(source);
            excuse_repetitions(target);
            excuse_one(source, segment.target, segment.target_lang.primary());
            excuse_one(target, segment.source, segment.source_lang.primary());
            report_unused(findings, i, Side::Source, segment.source, source, "is not in the translation");
            report_unused(findings, i, Side::Target, segment.target, target, "is not in the original");
        }
    }

  private:
    void report_unused(std::vector<Finding>& findings, std::size_t i, Side side, const std::string& text,
                       const QuantitySide& quantities, const char* what) const {
        for (std::size_t k = 0; k < quantities.list.size(); ++k) {
            const auto& q = quantities.list[k];
            if (quantities.used[k] || q.spelt_out) continue;
            report(findings, i, side, q.begin, q.end,
                   "\u201C" + text.substr(q.begin, q.end - q.begin) + "\u201D (" + detail::describe_quantity(q.value) +
                       ") " + what);
        }
    }
};

}  // namespace

std::unique_ptr<QaCheck> number_mismatch() { return std::make_unique<NumberMismatch>(); }

}  // namespace korpu::checks
