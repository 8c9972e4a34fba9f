// Numbers, dates, percentages and currencies: every quantity of the original is in the translation and
// the translation adds none, compared by value across locales (tm/qa/detail/quantities.hpp).
#include "tm/qa/checks/checks.hpp"
#include "tm/qa/detail/quantities.hpp"

namespace korpu::checks {
namespace {

using detail::Quantity;

// Marks and returns the first unused quantity with this value (of the wanted kind), or null.
Quantity* take(std::vector<Quantity>& list, std::vector<bool>& used, const std::string& value, bool spelt_out) {
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (!used[i] && list[i].value == value && list[i].spelt_out == spelt_out) {
            used[i] = true;
            return &list[i];
        }
    }
    return nullptr;
}

class NumberMismatch : public QaCheck {
  public:
    const char* id() const override { return "number-mismatch"; }
    Severity severity() const override { return Severity::Error; }
    const char* description() const override {
        return "A number, date, percentage or currency differs between original and translation";
    }
    void run(const QaContext& context, std::vector<Finding>& findings) const override {
        for (std::size_t i = 0; i < context.segments.size(); ++i) {
            const auto& segment = context.segments[i];
            if (segment.target.empty()) continue;
            auto source = detail::find_quantities(segment.source, segment.source_lang.primary());
            auto target = detail::find_quantities(segment.target, segment.target_lang.primary());
            std::vector<bool> source_used(source.size(), false);
            std::vector<bool> target_used(target.size(), false);
            // Digits against digits first, then a digit against a number word on the other side.
            for (std::size_t s = 0; s < source.size(); ++s) {
                if (source[s].spelt_out) continue;
                if (take(target, target_used, source[s].value, false)) source_used[s] = true;
            }
            for (std::size_t s = 0; s < source.size(); ++s) {
                if (source_used[s] || source[s].spelt_out) continue;
                if (take(target, target_used, source[s].value, true)) source_used[s] = true;
            }
            for (std::size_t t = 0; t < target.size(); ++t) {
                if (target_used[t] || target[t].spelt_out) continue;
                if (take(source, source_used, target[t].value, true)) target_used[t] = true;
            }
            for (std::size_t s = 0; s < source.size(); ++s) {
                if (source_used[s] || source[s].spelt_out) continue;
                const auto& q = source[s];
                report(findings, i, Side::Source, q.begin, q.end,
                       "\u201C" + segment.source.substr(q.begin, q.end - q.begin) + "\u201D (" +
                           detail::describe_quantity(q.value) + ") is not in the translation");
            }
            for (std::size_t t = 0; t < target.size(); ++t) {
                if (target_used[t] || target[t].spelt_out) continue;
                const auto& q = target[t];
                report(findings, i, Side::Target, q.begin, q.end,
                       "\u201C" + segment.target.substr(q.begin, q.end - q.begin) + "\u201D (" +
                           detail::describe_quantity(q.value) + ") is not in the original");
            }
        }
    }
};

}  // namespace

std::unique_ptr<QaCheck> number_mismatch() { return std::make_unique<NumberMismatch>(); }

}  // namespace korpu::checks
