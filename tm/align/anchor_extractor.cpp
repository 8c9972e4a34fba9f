#include "tm/align/anchor_extractor.hpp"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "tm/align/number_anchors.hpp"

namespace korpu {
namespace {

// A word's key keeps the first consonants of its skeleton, so that case endings and suffixes
// ("Нарышкина", "Azərbaycanın") do not matter. Three consonants tell most names apart in a document;
// a two-consonant skeleton ("Ebola" -> "bl") is kept whole.
constexpr std::size_t kKeyConsonants = 3;
// A common word is a possible cognate only with this many consonants (shorter ones meet by chance).
constexpr std::size_t kCognateMinConsonants = 4;

struct Word {
    std::string text;
    bool capitalised = false;
    bool all_capitals = false;
    bool first = false;
};

std::vector<Word> words_of(const std::string& segment) {
    std::vector<Word> words;
    const auto* s = reinterpret_cast<const uint8_t*>(segment.data());
    const auto length = static_cast<int32_t>(segment.size());
    int32_t i = 0;
    Word current;
    std::size_t letters = 0;
    std::size_t capitals = 0;
    auto flush = [&] {
        if (letters > 0) {
            current.all_capitals = letters >= 2 && capitals == letters;
            current.first = words.empty();
            words.push_back(current);
        }
        current = Word{};
        letters = 0;
        capitals = 0;
    };
    while (i < length) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c >= 0 && (u_isalpha(c) || (letters > 0 && u_getCombiningClass(c) != 0))) {
            if (letters == 0) current.capitalised = u_isupper(c) || u_istitle(c);
            capitals += u_isupper(c) ? 1 : 0;
            ++letters;
            current.text.append(segment, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
        } else {
            flush();
        }
    }
    flush();
    return words;
}

std::string lower_case(const std::string& word, const Language& language) {
    auto text = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    text.toLower(icu::Locale(language.icu_locale().c_str()));
    std::string out;
    text.toUTF8String(out);
    return out;
}

}  // namespace

std::uint32_t AnchorVocabulary::id(const std::string& key) {
    const auto [it, added] = ids_.emplace(key, static_cast<std::uint32_t>(ids_.size()));
    return it->second;
}

AnchorExtractor::AnchorExtractor(const Language& language, AnchorVocabulary& vocabulary)
    : language_(language), vocabulary_(vocabulary), names_(language) {}

const AnchorExtractor::WordKeys& AnchorExtractor::keys_of(const std::string& word) {
    const auto cached = words_.find(word);
    if (cached != words_.end()) return cached->second;
    WordKeys keys;
    const int month = month_of(lower_case(word, language_), language_.primary());
    if (month != 0) {
        keys.month = vocabulary_.id("@" + std::to_string(month));
        // English month names are capitalised: "march" and "may" are verbs.
        keys.is_month = language_.primary() != "en";
        keys.may_be_month = !keys.is_month;
    }
    const auto skeleton = names_.skeleton(word);
    keys.consonants = skeleton.size();
    keys.word = vocabulary_.id("w" + skeleton.substr(0, kKeyConsonants));
    keys.number = static_cast<std::uint32_t>(word_texts_.size());
    word_texts_.push_back(word);
    return words_.emplace(word, keys).first->second;
}

std::vector<AnchorCode> AnchorExtractor::translation_anchors(const std::vector<std::uint32_t>& words,
                                                             const WordLexicon& lexicon, LexiconSide side) {
    if (lexicon.empty()) return {};
    if (translations_from_ != &lexicon || translations_size_ != lexicon.size()) {
        translations_.clear();
        translations_from_ = &lexicon;
        translations_size_ = lexicon.size();
    }
    // Words extracted since the last call are looked up now.
    while (translations_.size() < word_texts_.size()) {
        std::vector<AnchorCode> codes;
        for (const auto entry : lexicon.entries_of(word_texts_[translations_.size()], language_, side))
            codes.push_back(anchor_code(vocabulary_.id("L" + std::to_string(entry)), AnchorKind::Translation));
        translations_.push_back(std::move(codes));
    }
    std::vector<AnchorCode> anchors;
    for (const auto w : words) anchors.insert(anchors.end(), translations_[w].begin(), translations_[w].end());
    std::sort(anchors.begin(), anchors.end());
    return anchors;
}

std::vector<AnchorCode> AnchorExtractor::extract(const std::string& segment, std::vector<std::uint32_t>* words) {
    std::vector<AnchorCode> anchors;
    for (const auto& number : number_keys(segment))
        anchors.push_back(anchor_code(vocabulary_.id("#" + number), AnchorKind::Strong));
    for (const auto& word : words_of(segment)) {
        const WordKeys& keys = keys_of(word.text);
        if (words != nullptr) words->push_back(keys.number);
        if (keys.is_month || (keys.may_be_month && word.capitalised)) {
            anchors.push_back(anchor_code(keys.month, AnchorKind::Strong));
            continue;
        }
        const bool name = (word.capitalised && !word.first) || word.all_capitals;
        if (name && keys.consonants >= 2) {
            anchors.push_back(anchor_code(keys.word, AnchorKind::Strong));
        } else if (keys.consonants >= kCognateMinConsonants) {
            anchors.push_back(anchor_code(keys.word, AnchorKind::Cognate));
        }
    }
    std::sort(anchors.begin(), anchors.end());
    return anchors;
}

}  // namespace korpu
