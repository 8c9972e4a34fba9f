// Whole-segment checks: empty target, target identical to the original, length far from the pair's usual
// one (with the sentence count as a second witness).
#include <algorithm>
#include <cmath>
#include <map>

#include "tm/qa/checks/checks.hpp"
#include "tm/segment/sentence_splitter.hpp"
#include "tm/text/words.hpp"

namespace korpu::checks {
namespace {

bool is_blank(const std::string& text) { return text.find_first_not_of(" \t\r\n\u00A0") == std::string::npos; }

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

class EmptyTarget : public QaCheck {
  public:
    const char* id() const override { return "empty-target"; }
    Severity severity() const override { return Severity::Error; }
    const char* description() const override { return "The original has no translation (empty target)"; }
    void run(const QaContext& context, std::vector<Finding>& findings) const override {
        for (std::size_t i = 0; i < context.segments.size(); ++i) {
            const auto& segment = context.segments[i];
            if (is_blank(segment.source) || !is_blank(segment.target)) continue;
            report(findings, i, Side::Source, 0, segment.source.size(), "The translation is empty");
        }
    }
};

// A Latin-script translation of a Cyrillic original whose words are mostly still Cyrillic.
bool in_wrong_script(const QaSegment& segment) {
    const bool latin_target = segment.target_lang.primary() == "en" ||
                              (segment.target_lang.primary() == "az" && segment.target_lang.script() != "Cyrl");
    if (!latin_target) return false;
    std::size_t cyrillic = 0;
    const auto words = split_words(segment.target);
    for (const auto& word : words) cyrillic += word_script(word.text) == WordScript::Cyrillic ? 1 : 0;
    return cyrillic * 2 > words.size();
}

class Untranslated : public QaCheck {
  public:
    const char* id() const override { return "untranslated"; }
    Severity severity() const override { return Severity::Error; }
    const char* description() const override {
        return "The target is a copy of the original (or stays in the original's script)";
    }
    void run(const QaContext& context, std::vector<Finding>& findings) const override {
        for (std::size_t i = 0; i < context.segments.size(); ++i) {
            const auto& segment = context.segments[i];
            if (is_blank(segment.target)) continue;
            const auto words = split_words(segment.source);
            // A lone name, abbreviation or number is the same in every language ("NATO", "COVID-19").
            if (words.size() < 2) continue;
            if (trimmed(segment.source) == trimmed(segment.target)) {
                report(findings, i, Side::Target, 0, segment.target.size(), "The target is identical to the original");
            } else if (in_wrong_script(segment)) {
                report(
                    findings, i, Side::Target, 0, segment.target.size(),
                    "The target is mostly in Cyrillic letters, not in the " + segment.target_lang.tag() + " alphabet");
            }
        }
    }
};

// Segments shorter than this (in letters, on the longer side) are not judged by length: a word more or
// less swings their ratio too much (measured on FLORES-200 dev pairs).
constexpr std::size_t kMinLengthForRatio = 20;
// A language pair's usual length is measured on its own segments, as the aligner measures a document's
// (tm/align/bead_scorer.hpp): the median of log(target/source letters) and its spread, by the median
// absolute deviation (times 1.4826, the standard deviation of a normal distribution with that MAD), which
// misaligned pairs cannot inflate. With fewer pairs than this, neither is trusted and equal length with
// the spread below is assumed.
constexpr std::size_t kMinPairsForModel = 30;
// Spread of log(target/source) assumed without enough pairs: what Tatoeba's short sentence pairs show
// (aze-eng 0.25, eng-rus 0.24, pairs of 20 letters or more), wider than longer texts need.
constexpr double kPriorSpread = 0.25;
constexpr double kMadToSigma = 1.4826;
// How far from the pair's usual length a target may be, in standard deviations (two-sided normal
// quantiles): on length alone, p < 0.001; when the sentence count agrees (the target holds more
// sentences than the original, or fewer when it is short), p < 0.05. (The one-sided 1.645 that the
// direction the sentences give would allow doubled the findings on clean pairs of FLORES-200.)
constexpr double kZAlone = 3.29;
constexpr double kZWithSentences = 1.96;

struct LengthModel {
    double median = 0.0;  // of log(target/source)
    double spread = kPriorSpread;
};

class LengthRatio : public QaCheck {
  public:
    const char* id() const override { return "length-ratio"; }
    Severity severity() const override { return Severity::Warning; }
    const char* description() const override {
        return "The target is much longer or shorter than usual for this language pair, or holds more sentences "
               "(likely misaligned)";
    }
    void run(const QaContext& context, std::vector<Finding>& findings) const override {
        using Key = std::pair<std::string, std::string>;
        std::map<Key, std::vector<std::size_t>> members;
        std::vector<std::pair<double, double>> lengths(context.segments.size(), {0.0, 0.0});
        for (std::size_t i = 0; i < context.segments.size(); ++i) {
            const auto& segment = context.segments[i];
            const auto s = letters(segment.source);
            const auto t = letters(segment.target);
            if (t == 0 || s == 0 || std::max(s, t) < kMinLengthForRatio) continue;
            lengths[i] = {static_cast<double>(s), static_cast<double>(t)};
            members[key(segment)].push_back(i);
        }
        for (const auto& [pair, indices] : members) {
            const auto model = estimate(indices, lengths);
            for (const auto i : indices) {
                const auto& segment = context.segments[i];
                const double z = (std::log(lengths[i].second / lengths[i].first) - model.median) / model.spread;
                if (std::fabs(z) < kZWithSentences) continue;
                const auto source_sentences = split_sentences(segment.source, segment.source_lang).size();
                const auto target_sentences = split_sentences(segment.target, segment.target_lang).size();
                const bool sentences_agree =
                    z > 0 ? target_sentences > source_sentences : source_sentences > target_sentences;
                if (std::fabs(z) < kZAlone && !sentences_agree) continue;
                const double factor = std::exp(std::fabs(z) * model.spread);
                char text[32];
                std::snprintf(text, sizeof text, "%.1f", factor);
                std::string message = std::string("The target is ") + text +
                                      (z > 0 ? " times longer" : " times shorter") + " than usual for this pair";
                if (sentences_agree) {
                    message += " and has " + std::to_string(target_sentences) + " sentence" +
                               (target_sentences == 1 ? "" : "s") + " where the original has " +
                               std::to_string(source_sentences);
                }
                report(findings, i, Side::Target, 0, segment.target.size(),
                       message + ": is it aligned with the right sentence?");
            }
        }
    }

  private:
    static std::pair<std::string, std::string> key(const QaSegment& segment) {
        return {segment.source_lang.primary(), segment.target_lang.primary()};
    }
    static std::size_t letters(const std::string& text) {
        std::size_t count = 0;
        for (const auto& word : split_words(text)) count += code_point_count(word.text);
        return count;
    }
    // The language pair's own length model (see kMinPairsForModel).
    static LengthModel estimate(const std::vector<std::size_t>& indices,
                                const std::vector<std::pair<double, double>>& lengths) {
        LengthModel model;
        if (indices.size() < kMinPairsForModel) return model;
        std::vector<double> logs;
        for (const auto i : indices) logs.push_back(std::log(lengths[i].second / lengths[i].first));
        model.median = median(logs);
        for (auto& value : logs) value = std::fabs(value - model.median);
        model.spread = std::max(median(logs) * kMadToSigma, 1e-6);
        return model;
    }
    static double median(std::vector<double> values) {
        std::nth_element(values.begin(), values.begin() + static_cast<long>(values.size() / 2), values.end());
        return values[values.size() / 2];
    }
};

}  // namespace

std::unique_ptr<QaCheck> empty_target() { return std::make_unique<EmptyTarget>(); }
std::unique_ptr<QaCheck> untranslated() { return std::make_unique<Untranslated>(); }
std::unique_ptr<QaCheck> length_ratio() { return std::make_unique<LengthRatio>(); }

}  // namespace korpu::checks
