// Spelling of the target, by whatever SpellingSource the caller gives (tm/spell's Hunspell checker with
// the workspace's own words in the CLI). A capitalised word that renders a name of the original
// (tm/qa/detail/name_key.hpp) is not reported: dictionaries do not list the names of a text; nor is a
// word the original has too.
#include <algorithm>

#include "tm/qa/checks/checks.hpp"
#include "tm/qa/detail/name_key.hpp"
#include "tm/text/words.hpp"

namespace korpu::checks {
namespace {

// Keys are compared on their first letters, so that an inflected original (Siminoffun, Симинофф) still
// names the rendering (Siminoff). Four letters keep short unrelated names apart in practice.
constexpr std::size_t kNamePrefix = 4;

class Spelling : public QaCheck {
  public:
    const char* id() const override { return "spelling"; }
    Severity severity() const override { return Severity::Warning; }
    const char* description() const override { return "A word of the target is not in the spelling dictionary"; }
    void run(const QaContext& context, std::vector<Finding>& findings) const override {
        if (!context.spelling) return;
        const detail::NameKeys keys;
        for (std::size_t i = 0; i < context.segments.size(); ++i) {
            const auto& segment = context.segments[i];
            std::vector<std::string> names;
            bool names_known = false;
            for (const auto& [begin, end] : context.spelling->misspelt(segment.target_lang, segment.target)) {
                const auto word = segment.target.substr(begin, end - begin);
                // A word the original has as well is a quoted foreign word (chhappan bhog, civitas).
                if (contains_word(segment.source, word, segment.target_lang.primary())) continue;
                if (starts_upper_case(word)) {
                    if (!names_known) {
                        names = source_name_prefixes(keys, segment);
                        names_known = true;
                    }
                    const auto key = keys.target_key(word, segment.target_lang).substr(0, kNamePrefix);
                    if (std::find(names.begin(), names.end(), key) != names.end()) continue;
                }
                report(findings, i, Side::Target, begin, end,
                       "\u201C" + word + "\u201D is not in the " + segment.target_lang.tag() + " dictionary");
            }
        }
    }

  private:
    static bool contains_word(const std::string& text, const std::string& word, const std::string& language) {
        const auto lower = lower_case(word, language);
        const auto words = split_words(text);
        return std::any_of(words.begin(), words.end(),
                           [&](const Word& w) { return lower_case(w.text, language) == lower; });
    }

    static std::vector<std::string> source_name_prefixes(const detail::NameKeys& keys, const QaSegment& segment) {
        std::vector<std::string> prefixes;
        for (const auto& word : split_words(segment.source)) {
            if (!starts_upper_case(word.text)) continue;
            for (const auto& key : keys.source_keys(word.text, segment.source_lang)) {
                prefixes.push_back(key.substr(0, kNamePrefix));
            }
        }
        return prefixes;
    }
};

}  // namespace

std::unique_ptr<QaCheck> spelling() { return std::make_unique<Spelling>(); }

}  // namespace korpu::checks
