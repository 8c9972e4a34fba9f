// Spelling of the target, by whatever SpellingSource the caller gives (tm/spell's Hunspell checker with
// the workspace's own words in the CLI). A capitalised word that renders a name of the original
// (tm/qa/detail/name_key.hpp) is not reported: dictionaries do not list the names of a text; nor is a
// word the original has too, or a lower-case word that transliterates one of the original's words
// exactly ("hanami" for "ханами", "bhog" for "bhoq": a foreign word the translation keeps).
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
            std::vector<std::string> all_keys;
            bool names_known = false;
            for (const auto& [begin, end] : context.spelling->misspelt(segment.target_lang, segment.target)) {
                const auto word = segment.target.substr(begin, end - begin);
                // A word the original has as well is a quoted foreign word (chhappan bhog, civitas).
                if (contains_word(segment.source, word, segment.target_lang.primary())) continue;
                if (!names_known) {
                    names = source_name_keys(keys, segment, true);
                    all_keys = source_name_keys(keys, segment, false);
                    names_known = true;
                }
                if (elides_before_name(word) || follows_abbreviated_genus(segment.target, begin)) continue;
                const auto key = keys.target_key(word, segment.target_lang);
                if (std::find(all_keys.begin(), all_keys.end(), key) != all_keys.end()) continue;
                if (starts_upper_case(word) && renders_a_name(key, names)) continue;
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

    // French and Italian place names keep their elided article ("Saint-Georges de l'Oyapock", "d'Ampezzo"):
    // the name after the apostrophe is capitalised.
    static bool elides_before_name(const std::string& word) {
        for (const std::string_view article : {"l'", "d'", "L'", "D'", "l’", "d’", "L’", "D’"}) {
            if (word.size() > article.size() && word.compare(0, article.size(), article) == 0)
                return starts_upper_case(word.substr(article.size()));
        }
        return false;
    }

    // A species name after its abbreviated genus ("T. rex", "E. coli") is Latin, as binomial nomenclature
    // writes it: a capital letter and a full stop before the word.
    static bool follows_abbreviated_genus(const std::string& text, std::size_t begin) {
        return begin >= 3 && text[begin - 1] == ' ' && text[begin - 2] == '.' && text[begin - 3] >= 'A' &&
               text[begin - 3] <= 'Z' && (begin == 3 || text[begin - 4] == ' ' || text[begin - 4] == '(');
    }

    // Keys of the original's words: capitalised ones only (names) or all.
    static std::vector<std::string> source_name_keys(const detail::NameKeys& keys, const QaSegment& segment,
                                                     bool capitalised) {
        std::vector<std::string> found;
        for (const auto& word : split_words(segment.source)) {
            if (capitalised && !starts_upper_case(word.text)) continue;
            for (auto& key : keys.source_keys(word.text, segment.source_lang)) found.push_back(std::move(key));
        }
        return found;
    }

    static bool renders_a_name(const std::string& key, const std::vector<std::string>& names) {
        const auto prefix = key.substr(0, kNamePrefix);
        return std::any_of(names.begin(), names.end(), [&](const std::string& name) {
            return name.substr(0, kNamePrefix) == prefix || detail::NameKeys::similar(name, key);
        });
    }
};

}  // namespace

std::unique_ptr<QaCheck> spelling() { return std::make_unique<Spelling>(); }

}  // namespace korpu::checks
