// Names: one Latin rendering per person or place across the workspace. A capitalised word of the
// translation is a name's rendering when its key (tm/qa/detail/name_key.hpp) equals the key of a
// capitalised word of the original; renderings with the same key but different spellings conflict,
// and every spelling but the most frequent is reported.
#include <algorithm>
#include <map>

#include "tm/qa/checks/checks.hpp"
#include "tm/qa/detail/name_key.hpp"
#include "tm/text/words.hpp"

namespace korpu::checks {
namespace {

// Keys shorter than this are too short to tell names apart ("Li", "Ye").
constexpr std::size_t kMinKeyLength = 4;

struct Occurrence {
    std::size_t segment;
    std::size_t begin;
    std::size_t end;
};

struct Renderings {
    std::map<std::string, std::vector<Occurrence>> spellings;  // lower-case rendering -> where
    std::vector<std::string> order;
    std::map<std::string, std::string> shown;  // lower-case -> as first written
};

bool is_latin_language(const Language& language) {
    return language.script() == "Latn" || language.primary() == "en" ||
           (language.primary() == "az" && language.script() != "Cyrl");
}

class NameSpelling : public QaCheck {
  public:
    const char* id() const override { return "name-spelling"; }
    Severity severity() const override { return Severity::Error; }
    const char* description() const override {
        return "A name is rendered in Latin letters in more than one way across the workspace (Naryshkin/Narishkin)";
    }
    void run(const QaContext& context, std::vector<Finding>& findings) const override {
        const detail::NameKeys keys;
        std::map<std::string, Renderings> names;
        for (std::size_t i = 0; i < context.segments.size(); ++i) {
            const auto& segment = context.segments[i];
            if (!is_latin_language(segment.target_lang) || segment.target.empty()) continue;
            std::vector<std::string> source_keys;
            for (const auto& word : split_words(segment.source)) {
                if (!starts_upper_case(word.text)) continue;
                for (auto& key : keys.source_keys(word.text, segment.source_lang))
                    source_keys.push_back(std::move(key));
            }
            if (source_keys.empty()) continue;
            for (const auto& word : split_words(segment.target)) {
                if (!starts_upper_case(word.text) || word_script(word.text) != WordScript::Latin) continue;
                const auto key = keys.target_key(word.text, segment.target_lang);
                if (key.size() < kMinKeyLength) continue;
                if (std::find(source_keys.begin(), source_keys.end(), key) == source_keys.end()) continue;
                const auto rendering = detail::NameKeys::rendering(word.text);
                const auto lower = lower_case(rendering, segment.target_lang.primary());
                auto& entry = names[key];
                if (entry.spellings[lower].empty()) {
                    entry.order.push_back(lower);
                    entry.shown[lower] = rendering;
                }
                entry.spellings[lower].push_back({i, word.begin, word.begin + rendering.size()});
            }
        }
        for (const auto& [key, entry] : names) {
            if (entry.order.size() < 2) continue;
            std::string majority = entry.order.front();
            for (const auto& spelling : entry.order) {
                if (entry.spellings.at(spelling).size() > entry.spellings.at(majority).size()) majority = spelling;
            }
            const auto& first = entry.spellings.at(majority).front();
            for (const auto& [spelling, places] : entry.spellings) {
                if (spelling == majority) continue;
                for (const auto& place : places) {
                    report(findings, place.segment, Side::Target, place.begin, place.end,
                           "\u201C" + entry.shown.at(spelling) + "\u201D is written \u201C" + entry.shown.at(majority) +
                               "\u201D elsewhere (" + context.segments[first.segment].document + ", " +
                               std::to_string(context.segments[first.segment].number) + ")");
                }
            }
        }
    }
};

}  // namespace

std::unique_ptr<QaCheck> name_spelling() { return std::make_unique<NameSpelling>(); }

}  // namespace korpu::checks
