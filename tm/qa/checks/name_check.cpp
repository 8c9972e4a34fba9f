// Names: one Latin rendering per person or place across the workspace. A capitalised word of the
// translation is a name's rendering when its key (tm/qa/detail/name_key.hpp) equals the key of a
// capitalised word of the original; renderings with the same key but different spellings conflict,
// and every spelling but the most frequent is reported.
#include <algorithm>
#include <map>

#include "tm/qa/checks/checks.hpp"
#include "tm/qa/detail/name_key.hpp"
#include "tm/text/utf32.hpp"
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
    std::map<std::string, std::string> key;    // lower-case -> its name key
    std::map<std::string, bool> exact;         // lower-case -> its key is a key of the original's name
};

struct SourceName {
    std::vector<std::string> keys;
    std::string anchor;  // the shortest key, shared by the name's inflected forms
};

struct Group {
    std::string anchor;  // empty: the word renders no name of the original
    bool exact = false;
};

bool is_latin_language(const Language& language) {
    return language.script() == "Latn" || language.primary() == "en" ||
           (language.primary() == "az" && language.script() != "Cyrl");
}

// Renderings grouped by resemblance conflict only when they differ by at most this many edits (letters
// inserted, dropped or changed): the press's variants of one name do (Naryshkin/Narishkin one,
// Ivanov/Ivanoff two); the names of two places that resemble one source word do not (Oyapock/Oiapoque).
constexpr std::size_t kMaxRespelling = 2;

std::size_t edit_distance(const std::string& a, const std::string& b) {
    const auto x = to_utf32(a);
    const auto y = to_utf32(b);
    std::vector<std::size_t> row(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= x.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= y.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[y.size()];
}

bool is_misspelt(const QaContext& context, const Occurrence& place, const std::string& word) {
    if (!context.spelling) return false;
    return !context.spelling->misspelt(context.segments[place.segment].target_lang, word).empty();
}

// The name of the original a rendering's key belongs to: the one with that very key
// (Нарышкина/Naryshkin), or else one it resembles (detail::NameKeys::similar, with the same first letter:
// Кореи/Korea, Амазонка/Amazon). Renderings are grouped by that name's shortest key, so that every
// rendering of the name across the workspace is compared.
Group group_of(const std::string& key, const std::vector<SourceName>& names) {
    for (const auto& name : names) {
        if (std::find(name.keys.begin(), name.keys.end(), key) != name.keys.end()) return {name.anchor, true};
    }
    for (const auto& name : names) {
        if (name.anchor.size() >= kMinKeyLength && name.anchor[0] == key[0] &&
            detail::NameKeys::similar(name.anchor, key))
            return {name.anchor, false};
    }
    return {};
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
            std::vector<SourceName> source_names;
            for (const auto& word : split_words(segment.source)) {
                if (!starts_upper_case(word.text)) continue;
                SourceName name{keys.source_keys(word.text, segment.source_lang), {}};
                if (name.keys.empty()) continue;
                name.anchor = *std::min_element(name.keys.begin(), name.keys.end(),
                                                [](const auto& a, const auto& b) { return a.size() < b.size(); });
                source_names.push_back(std::move(name));
            }
            if (source_names.empty()) continue;
            for (const auto& word : split_words(segment.target)) {
                if (!starts_upper_case(word.text) || word_script(word.text) != WordScript::Latin) continue;
                const auto key = keys.target_key(word.text, segment.target_lang);
                if (key.size() < kMinKeyLength) continue;
                const auto group = group_of(key, source_names);
                if (group.anchor.empty()) continue;
                const auto rendering = detail::NameKeys::rendering(word.text);
                const auto lower = lower_case(rendering, segment.target_lang.primary());
                auto& entry = names[group.anchor];
                if (entry.spellings[lower].empty()) {
                    entry.order.push_back(lower);
                    entry.shown[lower] = rendering;
                    entry.key[lower] = key;
                }
                entry.exact[lower] = entry.exact[lower] || group.exact;
                entry.spellings[lower].push_back({i, word.begin, word.begin + rendering.size()});
            }
        }
        for (const auto& [anchor, entry] : names) {
            if (entry.order.size() < 2) continue;
            std::string majority = entry.order.front();
            for (const auto& spelling : entry.order) {
                if (entry.spellings.at(spelling).size() > entry.spellings.at(majority).size()) majority = spelling;
            }
            const auto& first = entry.spellings.at(majority).front();
            for (const auto& [spelling, places] : entry.spellings) {
                // A longer word that starts with the name is made from it (Korea/Korean), not respelt.
                if (spelling.rfind(majority, 0) == 0 || majority.rfind(spelling, 0) == 0) continue;
                // Two renderings with the original's own key conflict ("Naryshkin"/"Narishkin"); others only
                // when the dictionary does not know the minority one: "French" and "France" resemble each
                // other and are both words, "Koree" is no word.
                const bool same_key = entry.exact.at(spelling) && entry.exact.at(majority) &&
                                      entry.key.at(spelling) == entry.key.at(majority);
                if (!same_key && (edit_distance(spelling, majority) > kMaxRespelling ||
                                  !is_misspelt(context, places.front(), entry.shown.at(spelling))))
                    continue;
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
