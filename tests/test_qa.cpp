#include <catch2/catch.hpp>

#include <set>
#include <sstream>

#include "support/test_support.hpp"
#include "tm/core/error.hpp"
#include "tm/glossary/glossary_store.hpp"
#include "tm/glossary/hunspell_stemmer.hpp"
#include "tm/qa/finding_state_store.hpp"
#include "tm/qa/qa_report.hpp"
#include "tm/qa/qa_runner.hpp"
#include "tm/qa/workspace_spelling.hpp"
#include "tm/store/pair_import.hpp"
#include "tm/store/workspace.hpp"

using namespace korpu;
using korpu::test::ScratchDir;

namespace {

QaSegment pair(const std::string& source_lang, const std::string& source, const std::string& target,
               const std::string& target_lang = "en") {
    static std::size_t number = 0;
    return {"test", 1, ++number, Language::parse(source_lang), Language::parse(target_lang), source, target};
}

struct Run {
    std::vector<QaSegment> segments;
    std::vector<Finding> findings;
};

Run run_check(const std::string& check, std::vector<QaSegment> segments,
              const std::vector<GlossaryEntry>& glossary = {}, const MemorySource* memory = nullptr,
              const SpellingSource* spelling = nullptr) {
    Run run{std::move(segments), {}};
    QaContext context{run.segments, glossary, memory, spelling};
    for (auto& finding : run_qa(context, {})) {
        if (finding.check == check) run.findings.push_back(finding);
    }
    return run;
}

std::size_t count(const std::string& check, const std::vector<QaSegment>& segments,
                  const std::vector<GlossaryEntry>& glossary = {}) {
    return run_check(check, segments, glossary).findings.size();
}

// The text a finding points at.
std::string span(const Run& run, std::size_t k = 0) {
    const auto& f = run.findings.at(k);
    const auto& s = run.segments.at(f.segment);
    const auto& text = f.side == Side::Source ? s.source : s.target;
    return text.substr(f.begin, f.end - f.begin);
}

GlossaryEntry term(const std::string& source_lang, const std::string& source, const std::string& target,
                   std::vector<std::string> forbidden = {}) {
    GlossaryEntry e;
    e.source_lang = Language::parse(source_lang);
    e.target_lang = Language::parse("en");
    e.source_term = source;
    e.target_term = target;
    e.forbidden = std::move(forbidden);
    return e;
}

class FakeMemory : public MemorySource {
  public:
    std::vector<std::string> translations(const Language&, const Language&, const std::string& source) const override {
        if (source == "Sessiya açıqdır.") return {"The session is open."};
        return {};
    }
};

class FakeSpelling : public SpellingSource {
  public:
    std::vector<std::pair<std::size_t, std::size_t>> misspelt(const Language&, std::string_view text) const override {
        std::vector<std::pair<std::size_t, std::size_t>> out;
        const auto at = text.find("epxected");
        if (at != std::string_view::npos) out.emplace_back(at, at + 8);
        return out;
    }
};

}  // namespace

TEST_CASE("every check has a unique id, a severity and a description", "[qa]") {
    const auto checks = all_checks();
    CHECK(checks.size() == 18);
    std::set<std::string> ids;
    for (const auto& check : checks) {
        CHECK(ids.insert(check->id()).second);
        CHECK(std::string(check->description()).size() > 10);
    }
}

TEST_CASE("glossary-term-missing: the approved translation must appear, in any inflected form", "[qa]") {
    const std::vector<GlossaryEntry> glossary{term("az", "komissiya", "commission"),
                                              term("ru", "комиссия", "commission")};
    const auto run =
        run_check("glossary-term-missing",
                  {pair("az", "Komissiyanın qərarı qüvvədədir.", "The committee's decision stands."),
                   pair("az", "Komissiyaya müraciət etdi.", "He applied to the Commission."),
                   pair("ru", "Решение комиссии вступило в силу.", "The committee's decision took effect."),
                   pair("ru", "Он обратился в комиссию.", "He applied to the commissions.")},
                  glossary);
    REQUIRE(run.findings.size() == 2);
    CHECK(span(run, 0) == "Komissiyanın");
    CHECK(run.findings[0].side == Side::Source);
    CHECK(span(run, 1) == "комиссии");
    CHECK(run.findings[0].severity == Severity::Error);
}

TEST_CASE("glossary-forbidden-term: a forbidden variant for the term is reported in the target", "[qa]") {
    const std::vector<GlossaryEntry> glossary{term("az", "komissiya", "commission", {"committee"})};
    const auto run = run_check("glossary-forbidden-term",
                               {pair("az", "Komissiyanın qərarı.", "The committee's decision."),
                                pair("az", "Komitənin qərarı.", "The committee's decision.")},
                               glossary);
    REQUIRE(run.findings.size() == 1);
    CHECK(span(run) == "committee's");
    CHECK(run.findings[0].side == Side::Target);
}

TEST_CASE("number-mismatch compares numbers across locales", "[qa]") {
    CHECK(count("number-mismatch", {pair("ru", "Рост составил 3,5 % за 2016 год.", "Growth was 3.5% in 2016.")}) == 0);
    CHECK(count("number-mismatch", {pair("ru", "Бюджет — 1 234 567 руб.", "The budget is 1,234,567 roubles.")}) == 0);
    CHECK(count("number-mismatch", {pair("az", "2016-cı il 10 noyabr.", "November 10, 2016.")}) == 0);
    CHECK(count("number-mismatch", {pair("ru", "10 ноября 2016 года", "10 November 2016")}) == 0);
    CHECK(count("number-mismatch", {pair("az", "Qiyməti 1.500 manatdır.", "It costs AZN 1,500.")}) == 0);
    CHECK(count("number-mismatch", {pair("ru", "Встреча 10.11.2016.", "The meeting on 11/10/2016.")}) == 0);
    CHECK(count("number-mismatch", {pair("en", "Two people came.", "Пришли 2 человека.", "ru")}) == 0);

    const auto wrong =
        run_check("number-mismatch", {pair("ru", "Рост составил 3,5 % в 2016 году.", "Growth was 3.4% in 2016.")});
    REQUIRE(wrong.findings.size() == 2);
    CHECK(span(wrong, 0) == "3,5");
    CHECK(span(wrong, 1) == "3.4");
    const auto month = run_check("number-mismatch", {pair("ru", "10 ноября", "October 10")});
    REQUIRE(month.findings.size() == 2);
    CHECK(span(month, 0) == "ноября");
    // A currency sign must be kept; a currency name only excuses the other side's sign.
    const auto currency = run_check("number-mismatch", {pair("az", "Qiyməti 15 ₼.", "It costs 15 roubles.")});
    REQUIRE(currency.findings.size() == 1);
    CHECK(span(currency) == "₼");
    CHECK(count("number-mismatch", {pair("ru", "Цена — 15 рублей.", "It costs ₽15.")}) == 0);
    CHECK(count("number-mismatch", {pair("ru", "Около 400 тысяч случаев.", "About 400,000 cases.")}) == 0);
    CHECK(count("number-mismatch", {pair("az", "1,5 milyon manat.", "AZN 1.5 million.")}) == 0);
    CHECK(count("number-mismatch", {pair("ru", "Между 22:00 и 23:00.", "Between 10:00 and 11:00 pm.")}) == 0);
    CHECK(count("number-mismatch", {pair("az", "Saat 22:00-da.", "At 10 p.m.")}) == 0);
    CHECK(count("number-mismatch", {pair("az", "Hesab 21:20 oldu.", "The score was 21 to 20.")}) == 0);
    CHECK(count("number-mismatch", {pair("ru", "В XIX веке.", "In the 19th century.")}) == 0);
    CHECK(count("number-mismatch", {pair("ru", "Ему дали девятнадцать лет.", "He got 19 years.")}) == 0);
    CHECK(count("number-mismatch", {pair("ru", "Четырёхмесячные мыши.", "4-month-old mice.")}) == 0);
    CHECK(count("number-mismatch", {pair("az", "O, doqquzuncu oldu.", "She finished 9th.")}) == 0);
    CHECK(count("number-mismatch", {pair("ru", "Между 22:00 и 23:00.", "Between 10:00 and 11:30 pm.")}) == 2);
}

TEST_CASE("name-spelling: one Latin rendering per name across the workspace", "[qa]") {
    const auto run = run_check("name-spelling", {pair("ru", "Нарышкин приехал.", "Naryshkin arrived."),
                                                 pair("ru", "Нарышкина встретили.", "Naryshkin was met."),
                                                 pair("ru", "Нарышкину дали слово.", "Narishkin was given the floor."),
                                                 pair("az", "Naryşkin Bakıya gəldi.", "Naryshkin came to Baku.")});
    REQUIRE(run.findings.size() == 1);
    CHECK(span(run) == "Narishkin");
    CHECK(run.findings[0].message.find("Naryshkin") != std::string::npos);
    CHECK(count("name-spelling",
                {pair("az", "Əliyev danışdı.", "Aliyev spoke."), pair("ru", "Алиев говорил.", "Aliyev spoke again."),
                 pair("az", "Xocavənd rayonu.", "Khojavend district."), pair("az", "Xocavənddə.", "In Khojavand.")}) ==
          1);
}

TEST_CASE("consistency: same source, different targets and the reverse", "[qa]") {
    const auto run = run_check("inconsistent-translation", {pair("az", "Sessiya açıqdır.", "The session is open."),
                                                            pair("az", "Sessiya açıqdır.", "The session is open"),
                                                            pair("az", "Sessiya açıqdır.", "The sitting is open.")});
    REQUIRE(run.findings.size() == 1);
    CHECK(run.findings[0].segment == 2);
    CHECK(count("inconsistent-source", {pair("ru", "Заседание открыто.", "The session is open."),
                                        pair("ru", "Сессия открыта.", "The session is open."),
                                        pair("ru", "Заседание открыто.", "The session is open.")}) == 1);
}

TEST_CASE("memory-inconsistency compares with the translation memory", "[qa]") {
    const FakeMemory memory;
    const auto run = run_check("memory-inconsistency",
                               {pair("az", "Sessiya açıqdır.", "The sitting is open."),
                                pair("az", "Sessiya açıqdır.", "The session is open.")},
                               {}, &memory);
    REQUIRE(run.findings.size() == 1);
    CHECK(run.findings[0].segment == 0);
}

TEST_CASE("empty, untranslated and misaligned targets", "[qa]") {
    CHECK(count("empty-target", {pair("az", "Salam, dünya.", ""), pair("az", "Salam.", "Hello.")}) == 1);
    CHECK(count("untranslated", {pair("ru", "Привет, мир.", "Привет, мир.")}) == 1);
    CHECK(count("untranslated", {pair("ru", "Привет всем, друзья.", "Привет всем, friends.")}) == 1);
    CHECK(count("untranslated", {pair("az", "NATO", "NATO")}) == 0);
    std::vector<QaSegment> segments;
    for (int i = 0; i < 40; ++i)
        segments.push_back(pair("az", "Bu cümlə orta uzunluqdadır.", "This sentence is of average length."));
    segments.push_back(pair("az", "Bu cümlə orta uzunluqdadır.",
                            "This sentence is of average length, and it goes on with a second sentence that the "
                            "original does not have at all, because the aligner joined two."));
    CHECK(count("length-ratio", segments) == 1);
}

TEST_CASE("length-ratio weighs length against the pair's own spread, with the sentence count as witness", "[qa]") {
    // A sentence of `letters` letters in five-letter words.
    auto sentence = [](std::size_t letters) {
        std::string text = "Abcde";
        for (std::size_t n = 5; n + 5 <= letters; n += 5) text += " abcde";
        return text + ".";
    };
    // Forty pairs whose log(target/source) is -0.2, -0.1, 0, 0.1 or 0.2: median 0, spread 0.15.
    const std::vector<std::size_t> usual{80, 90, 100, 110, 120};
    std::vector<QaSegment> segments;
    for (int i = 0; i < 40; ++i) segments.push_back(pair("en", sentence(100), sentence(usual[i % 5]), "en"));
    // 1.5 times the letters (2.7 spreads): reported when the target holds two sentences, not in one.
    auto split = segments;
    split.push_back(pair("en", sentence(100), sentence(75) + " " + sentence(75), "en"));
    const auto run = run_check("length-ratio", split);
    REQUIRE(run.findings.size() == 1);
    CHECK(run.findings[0].message.find("has 2 sentences where the original has 1") != std::string::npos);
    auto one = segments;
    one.push_back(pair("en", sentence(100), sentence(150), "en"));
    CHECK(count("length-ratio", one) == 0);
    // 1.9 times (4.3 spreads): reported on length alone.
    auto longer = segments;
    longer.push_back(pair("en", sentence(100), sentence(190), "en"));
    CHECK(count("length-ratio", longer) == 1);
}

TEST_CASE("brackets, quotes and end punctuation", "[qa]") {
    const auto brackets =
        run_check("unbalanced-brackets", {pair("ru", "Он (вице-премьер) сказал.", "He (deputy PM said.")});
    REQUIRE(brackets.findings.size() == 1);
    CHECK(span(brackets) == "(");
    CHECK(count("unbalanced-brackets", {pair("ru", "Он (вице-премьер) сказал.", "He (the deputy PM) said.")}) == 0);
    CHECK(count("unbalanced-quotes", {pair("ru", "Он сказал: «Да».", "He said: \"Yes.")}) == 1);
    CHECK(count("unbalanced-quotes", {pair("ru", "Он сказал: «Да».", "He said: \u201CYes.\u201D")}) == 0);
    CHECK(count("unbalanced-quotes", {pair("az", "O dedi: \u201CBəli\u201D.", "He said: \u201CYes.")}) == 1);
    CHECK(count("end-punctuation", {pair("az", "Bu nədir?", "What is this.")}) == 1);
    CHECK(count("end-punctuation", {pair("az", "O gəldi.", "He came.")}) == 0);
    // A Russian or Azerbaijani "!" may become an English full stop; a "!" the translation adds may not.
    CHECK(count("end-punctuation", {pair("ru", "Добро пожаловать!", "Welcome.")}) == 0);
    CHECK(count("end-punctuation", {pair("az", "O gəldi.", "He came!")}) == 1);
    // A question written with a full stop (question particle, question word) may get its "?" back.
    CHECK(count("end-punctuation", {pair("az", "Bəlkə daha təməl şeylərmi baş verir.", "Or is it more?")}) == 0);
    CHECK(count("end-punctuation", {pair("ru", "Почему они опоздали.", "Why were they late?")}) == 0);
    CHECK(count("end-punctuation", {pair("ru", "Они опоздали. Это плохо.", "They were late. Is it bad?")}) == 1);
    CHECK(count("end-punctuation", {pair("az", "Onlar kimi gəldi.", "Did they come like them?")}) == 1);
    CHECK(count("end-punctuation", {pair("ru", "Он сказал: «Пришёл».", "He said: \u201CI came.\u201D")}) == 0);
}

TEST_CASE("whitespace and repeated words", "[qa]") {
    const auto spaces = run_check("whitespace", {pair("az", "O gəldi.", "He  came .")});
    REQUIRE(spaces.findings.size() == 2);
    CHECK(span(spaces, 0) == "  ");
    CHECK(span(spaces, 1) == " .");
    CHECK(count("whitespace", {pair("az", "O gəldi.", " He came.")}) == 1);
    CHECK(count("whitespace", {pair("az", "O gəldi.", "He came.")}) == 0);
    const auto repeated = run_check("repeated-word", {pair("ru", "Он пришёл в дом.", "He came to the the house.")});
    REQUIRE(repeated.findings.size() == 1);
    CHECK(span(repeated) == "the the");
    CHECK(count("repeated-word", {pair("ru", "Очень, очень рад.", "Very very glad.")}) == 0);
}

TEST_CASE("mixed scripts and stripped Azerbaijani letters", "[qa]") {
    // Latin "о" (U+006F) inside a Russian word; Cyrillic "Ә" (U+04D8) inside an Azerbaijani word.
    const auto mixed = run_check("mixed-script", {pair("ru", "Кoмиссия приняла решение.", "The commission decided."),
                                                  pair("en", "Aliyev spoke.", "\u04D8liyev danışdı.", "az")});
    REQUIRE(mixed.findings.size() == 2);
    CHECK(span(mixed, 0) == "Кoмиссия");
    CHECK(span(mixed, 1) == "\u04D8liyev");
    CHECK(count("mixed-script", {pair("ru", "Комиссия приняла решение по COVID-19.", "The commission decided.")}) == 0);
    const auto stripped = run_check(
        "stripped-letters", {pair("az", "Azerbaycan ve Turkiye arasinda yeni muqavile imzalanib.", "A new treaty."),
                             pair("az", "Bakı ve Gəncə.", "Baku and Ganja."),
                             pair("az", "Azərbaycan və Türkiyə arasında yeni müqavilə imzalanıb.", "A treaty.")});
    REQUIRE(stripped.findings.size() == 2);
    CHECK(stripped.findings[0].segment == 0);
    CHECK(span(stripped, 1) == "ve");
}

TEST_CASE("spelling reports what the spelling source rejects", "[qa]") {
    const FakeSpelling spelling;
    const auto run = run_check("spelling", {pair("az", "Gözlənilir.", "It is epxected.")}, {}, nullptr, &spelling);
    REQUIRE(run.findings.size() == 1);
    CHECK(span(run) == "epxected");
    CHECK(run_check("spelling", {pair("az", "Gözlənilir.", "It is epxected.")}).findings.empty());
}

TEST_CASE("checks can be switched off; an unknown id is a usage error", "[qa]") {
    const std::vector<QaSegment> segments{pair("az", "Salam.", "")};
    const std::vector<GlossaryEntry> glossary;
    QaContext context{segments, glossary, nullptr, nullptr};
    CHECK(run_qa(context, {}).size() == 1);
    CHECK(run_qa(context, {{"empty-target"}, {}}).empty());
    CHECK_THROWS_AS(run_qa(context, {{"no-such-check"}, {}}), UsageError);
}

TEST_CASE("finding keys are stable and change with the text", "[qa]") {
    const std::vector<GlossaryEntry> glossary;
    std::vector<QaSegment> segments{pair("az", "O gəldi.", "He  came.")};
    QaContext context{segments, glossary, nullptr, nullptr};
    const auto first = run_qa(context, {});
    const auto again = run_qa(context, {});
    REQUIRE(first.size() == 1);
    CHECK(first[0].key == again[0].key);
    CHECK(first[0].key.rfind("whitespace:", 0) == 0);
    segments[0].target = "He  arrived.";
    CHECK(run_qa(context, {})[0].key != first[0].key);
}

TEST_CASE("accepted findings stay accepted across runs and reopening the workspace", "[qa]") {
    ScratchDir dir;
    const auto file = dir / "w.korpu";
    std::string key;
    {
        auto ws = Workspace::create(file);
        SegmentedDocument source;
        source.paragraphs.push_back({BlockKind::Paragraph, {"Qiymət 15 manatdır.", "O gəldi."}});
        SegmentedDocument target;
        target.paragraphs.push_back({BlockKind::Paragraph, {"The price is 16 manats.", "He came."}});
        store_aligned_pair(ws, {"az.txt", Language::parse("az"), {}, "text", "UTF-8"}, source,
                           {"en.txt", Language::parse("en"), {}, "text", "UTF-8"}, target,
                           {{0, 1, 0, 1, 1.0, BeadStatus::Confirmed}, {1, 1, 1, 1, 1.0, BeadStatus::Confirmed}},
                           "test");
        const auto segments = load_qa_segments(ws);
        const std::vector<GlossaryEntry> glossary;
        const auto findings = run_qa({segments, glossary, nullptr, nullptr}, {});
        REQUIRE(findings.size() == 2);
        key = findings[0].key;
        FindingStateStore(ws).accept(key);
    }
    auto ws = Workspace::open(file);
    const auto segments = load_qa_segments(ws);
    const std::vector<GlossaryEntry> glossary;
    const auto findings = run_qa({segments, glossary, nullptr, nullptr}, {{}, FindingStateStore(ws).accepted()});
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].accepted);
    CHECK_FALSE(findings[1].accepted);
    CHECK(count_findings(findings).accepted == 1);
    CHECK(FindingStateStore(ws).reopen(key));
    CHECK(FindingStateStore(ws).accepted().empty());
}

TEST_CASE("reports: JSON, CSV and a self-contained HTML page with the span marked", "[qa]") {
    const std::vector<QaSegment> segments{pair("az", "O <gəldi>.", "He  came.")};
    const std::vector<GlossaryEntry> glossary;
    const auto findings = run_qa({segments, glossary, nullptr, nullptr}, {});
    std::ostringstream html;
    write_qa_report(html, ReportFormat::Html, {"w.korpu", segments, findings, false});
    CHECK(html.str().find("<mark>  </mark>") != std::string::npos);
    CHECK(html.str().find("&lt;gəldi&gt;") != std::string::npos);
    CHECK(html.str().find("http") == std::string::npos);
    std::ostringstream json;
    write_qa_report(json, ReportFormat::Json, {"w.korpu", segments, findings, false});
    CHECK(json.str().find("\"check\":\"whitespace\"") != std::string::npos);
    std::ostringstream csv;
    write_qa_report(csv, ReportFormat::Csv, {"w.korpu", segments, findings, false});
    CHECK(csv.str().rfind("document,number,severity,check", 0) == 0);
}

TEST_CASE("korpu qa and korpu glossary from the command line", "[qa][cli]") {
    using korpu::test::run_korpu;
    ScratchDir dir;
    const auto ws = (dir / "w.korpu").string();
    REQUIRE(run_korpu("init '" + ws + "'").exit_code == 0);
    korpu::test::write_file(
        dir / "pairs.tsv",
        "Komissiyanın qərarı 15 noyabrda çıxdı.\tThe committee's decision came out on November 16.\n"
        "O gəldi.\tHe came.\n");
    korpu::test::write_file(dir / "g.csv", "source_term,target_term,forbidden\nkomissiya,commission,committee\n");
    korpu::test::write_file(dir / "bad.csv", "source_term,target_term\nkomissiya\n");

    const auto bad =
        run_korpu("glossary import '" + ws + "' '" + (dir / "bad.csv").string() + "' --src-lang az --tgt-lang en");
    CHECK(bad.exit_code == 3);
    CHECK(bad.err.find("bad.csv:2:") != std::string::npos);
    REQUIRE(run_korpu("glossary import '" + ws + "' '" + (dir / "g.csv").string() + "' --src-lang az --tgt-lang en")
                .exit_code == 0);
    CHECK(run_korpu("glossary list '" + ws + "'").out.find("komissiya\tcommission") != std::string::npos);

    const std::string qa = "qa '" + ws + "' --pairs '" + (dir / "pairs.tsv").string() + "' --src-lang az --tgt-lang en";
    const auto report = run_korpu(qa + " --format json");
    CHECK(report.exit_code == 1);
    CHECK(report.out.find("glossary-term-missing") != std::string::npos);
    CHECK(report.out.find("glossary-forbidden-term") != std::string::npos);
    CHECK(report.out.find("number-mismatch") != std::string::npos);
    CHECK(run_korpu(qa + " --disable glossary-term-missing --disable glossary-forbidden-term --disable number-mismatch")
              .exit_code == 0);
    CHECK(run_korpu(qa + " --disable no-such-check").exit_code == 2);
    CHECK(run_korpu("qa --list-checks").out.find("name-spelling\terror") != std::string::npos);

    // Accepting every error's key from the JSON report leaves no error: exit 0, and still so on the next run.
    std::size_t at = 0;
    std::string accept;
    while ((at = report.out.find("\"key\":\"", at)) != std::string::npos) {
        at += 7;
        const auto key = report.out.substr(at, report.out.find('"', at) - at);
        if (key.rfind("glossary", 0) == 0 || key.rfind("number", 0) == 0) accept += " --accept " + key;
    }
    REQUIRE_FALSE(accept.empty());
    CHECK(run_korpu("qa '" + ws + "'" + accept).exit_code == 0);
    CHECK(run_korpu(qa).exit_code == 0);
    CHECK(run_korpu(qa + " --show-accepted").out.find("(accepted)") != std::string::npos);

    const auto html = run_korpu(qa + " --format html --show-accepted -o '" + (dir / "r.html").string() + "'");
    CHECK(html.exit_code == 0);
    CHECK(korpu::test::read_file(dir / "r.html").find("<mark>") != std::string::npos);
}

TEST_CASE("quotes spanning two segments and named currencies are not findings", "[qa]") {
    CHECK(count("unbalanced-quotes",
                {pair("ru", "Он сказал: «Да.", "He said: \"Yes."), pair("ru", "Нет».", "No.\"")}) == 0);
    CHECK(count("unbalanced-quotes",
                {pair("ru", "Днём они холоднее.", "\"They are cooler."), pair("ru", "Да.", "Yes.")}) == 1);
    // A mark inside the sentence is an error even next to a segment whose quotation runs on.
    CHECK(count("unbalanced-quotes",
                {pair("ru", "Он сказал, что придёт.", "He said he \"would come."), pair("ru", "«Да.", "\"Yes.")}) == 1);
    CHECK(count("number-mismatch", {pair("ru", "Банкноты в 5 и 100 долларов.", "The $5 and $100 bills.")}) == 0);
    CHECK(count("number-mismatch",
                {pair("ru", "Уже 7 миллионов лет назад.", "As early as seven million years ago.")}) == 0);
    CHECK(count("number-mismatch", {pair("az", "24-cü pillədə.", "He finished twenty-fourth.")}) == 0);
}

TEST_CASE("a glossary term that classifies a name may stay untranslated", "[qa]") {
    const std::vector<GlossaryEntry> glossary{term("az", "şəhər", "city"), term("ru", "город", "city")};
    CHECK(count("glossary-term-missing",
                {pair("az", "Bişkek şəhərinin küçələrində.", "On Bishkek's streets."),
                 pair("ru", "На улицах города Бишкека.", "On Bishkek's streets.")},
                glossary) == 0);
    CHECK(count("glossary-term-missing", {pair("az", "Bu şəhərin küçələrində.", "On the town's streets.")}, glossary) ==
          1);
    // Next to a name but not its classifier: the term must be translated.
    const std::vector<GlossaryEntry> more{term("az", "xəstəxana", "hospital"), term("ru", "президент", "president")};
    CHECK(count("glossary-term-missing",
                {pair("az", "Sonra Qibson xəstəxanaya aparıldı.", "Then Gibson was taken to a clinic."),
                 pair("ru", "Президент США Джордж Буш приветствовал это.", "U.S. Leader George Bush welcomed it.")},
                more) == 2);
}

TEST_CASE("only a place or team classifier next to a name may stay untranslated, and not as another word", "[qa]") {
    const std::vector<GlossaryEntry> glossary{term("az", "şəhər", "city"), term("az", "ada", "island"),
                                              term("az", "prezident", "president"), term("ru", "остров", "island"),
                                              term("ru", "президент", "president")};
    // A title is no classifier, whatever the name's case: it must be translated.
    CHECK(count("glossary-term-missing",
                {pair("az", "ABŞ Prezidenti Corc Buş bunu alqışladı.", "U.S. Leader George Bush welcomed it."),
                 pair("ru", "Он говорил с президентом Турции.", "He spoke with the Turkish leader.")},
                glossary) == 2);
    // The classifier given another word: "the settlement of Amsterdam", "Hong Kong Atoll".
    CHECK(count("glossary-term-missing",
                {pair("az", "Amsterdam şəhəri bildirdi.", "The settlement of Amsterdam said so."),
                 pair("az", "Honkonq adası məşhurdur.", "Hong Kong Atoll is famous.")},
                glossary) == 2);
    // A name in the accusative (-ю) or genitive (-и) after "островов" is no apposition.
    CHECK(count("glossary-term-missing",
                {pair("ru", "Из-за группы островов Японию называют архипелагом.", "Japan is called an archipelago.")},
                glossary) == 1);
    // Dropped classifiers: after a Russian adjective name, after a name opening the sentence.
    CHECK(count("glossary-term-missing",
                {pair("ru", "Черепахи живут на Галапагосских островах.", "Tortoises live in the Galapagos."),
                 pair("az", "Folklend adalarının valyutası funtdur.", "The Falklands currency is the pound."),
                 pair("az", "Honkonq adası məşhurdur.", "Hong Kong is famous.")},
                glossary) == 0);
}

TEST_CASE("glossary terms match through Hunspell's stems and English derivation", "[qa]") {
    const std::vector<GlossaryEntry> glossary{term("ru", "учёный", "scientist"), term("az", "polis", "police"),
                                              term("az", "komanda", "team"), term("ru", "президент", "president")};
    const std::vector<QaSegment> segments{
        pair("ru", "Он основан на учениях Будды.", "It is based on the teachings of Buddha."),
        pair("az", "Keçmiş polis işçisi.", "A former policeman."),
        pair("az", "Onun komanda yoldaşı qalib gəldi.", "His teammate won."),
        pair("ru", "Он выдвинул свою кандидатуру на пост президента.", "He announced his presidential candidacy.")};
    const HunspellStemmer stemmer;
    std::vector<Finding> findings;
    QaContext context{segments, glossary, nullptr, nullptr, &stemmer};
    for (auto& finding : run_qa(context, {}))
        if (finding.check == "glossary-term-missing") findings.push_back(finding);
    if (stemmer.stems("комиссией", "ru").empty() || stemmer.compound_parts("teammate", "en").empty()) {
        WARN("skipped: no Russian or English Hunspell dictionary installed");
        return;
    }
    // "учениях" is a form of "учение", not of "учёный" (the suffix rules alone reduce both to "учен");
    // "policeman" and "teammate" are compounds of the terms; "presidential" is made from "president".
    CHECK(findings.empty());
    for (const auto& f : findings) WARN(f.message);
    // Without the stemmer, the suffix rules take "учениях" for a form of "учёный" (what the stemmer fixes).
    QaContext rules_only{segments, glossary, nullptr, nullptr, nullptr};
    std::size_t rule_findings = 0;
    for (auto& finding : run_qa(rules_only, {})) rule_findings += finding.check == "glossary-term-missing" ? 1 : 0;
    CHECK(rule_findings >= 1);
}

TEST_CASE("spelling through tm/spell: British and American English, names inside sentences skipped", "[qa]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "w.korpu");
    const WorkspaceSpelling spelling(ws);
    const auto en = Language::parse("en");
    const std::string text = "The colour and the color were epxected by Siminoff.";
    const auto found = spelling.misspelt(en, text);
    if (!spelling.unavailable().empty()) {
        WARN("skipped: no English Hunspell dictionary installed");
        return;
    }
    REQUIRE(found.size() == 1);
    CHECK(text.substr(found[0].first, found[0].second - found[0].first) == "epxected");
    const auto run = run_check("spelling", {pair("az", "Gözlənilir.", "It is epxected.")}, {}, nullptr, &spelling);
    REQUIRE(run.findings.size() == 1);
    CHECK(span(run) == "epxected");
}

TEST_CASE("spelling: compounds, names opening a sentence and kept foreign words are not misspellings", "[qa]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "w.korpu");
    const WorkspaceSpelling spelling(ws);
    const auto en = Language::parse("en");
    const std::string text = "Snowsports need backcountry skills.";
    const auto found = spelling.misspelt(en, text);
    if (!spelling.unavailable().empty()) {
        WARN("skipped: no English Hunspell dictionary installed");
        return;
    }
    CHECK(found.empty());
    CHECK(spelling.misspelt(en, "They need backcuontry skills.").size() == 1);
    // Two dictionary words that are also a typo of one: "tours" + "its" is "tourists" mistyped.
    CHECK(spelling.misspelt(en, "He fired at the toursits.").size() == 1);
    const auto run =
        run_check("spelling",
                  {pair("ru", "Джанкарло Физикелла потерял контроль.", "Giancarlo Fisichella lost control."),
                   pair("ru", "Созерцание цветения, называемое \"ханами\".", "Blossom viewing, known as hanami."),
                   pair("az", "Oyapok çayının üstündəki körpü.", "It links Saint-Georges de l'Oyapock."),
                   pair("ru", "Землетрясение было сильным.", "The eathquake was strong."),
                   pair("ru", "Сильное землетрясение.", "Teh earthquake was strong."),
                   pair("ru", "Даже тиранозавр.", "Even a T. rex would be no match."),
                   // BGN/PCGN writes "Kaddeb·ek": the middle dot is no letter of the name.
                   pair("ru", "Каддебэк был водителем.", "Cuddeback had been the driver.")},
                  {}, nullptr, &spelling);
    REQUIRE(run.findings.size() == 2);
    CHECK(span(run, 0) == "eathquake");
    CHECK(span(run, 1) == "Teh");
}

TEST_CASE("number-mismatch: repeated years, decades and centuries, race times, the article for 1", "[qa]") {
    // A year the translation repeats for "that year"; an added or changed one is still reported.
    CHECK(count("number-mismatch", {pair("az", "1979-cu ildə inqilab, həmin ildə işğal.",
                                         "The revolution, 1979; and the invasion, 1979.")}) == 0);
    CHECK(count("number-mismatch", {pair("az", "1979-cu ildə inqilab, həmin ildə işğal.",
                                         "The revolution, 1979; and the invasion, 1978.")}) == 1);
    // "the 1800s" is the 19th century and covers 1880; "the 1970s" does not cover 1980.
    CHECK(count("number-mismatch", {pair("ru", "Не болели с начала 19 века.", "Not ill since the 1800s.")}) == 0);
    CHECK(count("number-mismatch", {pair("ru", "В конце 1970-х годов.", "In the late 1970s.")}) == 0);
    CHECK(count("number-mismatch", {pair("ru", "В 1980 году.", "In the 1970s.")}) == 2);
    // Race times: "4:41,30" and "4:41.30" are "4:41:30".
    CHECK(count("number-mismatch", {pair("ru", "Со временем 4:41,30.", "With a time of 4:41.30.")}) == 0);
    CHECK(count("number-mismatch", {pair("az", "4:41:30 vaxtla.", "With a time of 4:41.30.")}) == 0);
    CHECK(count("number-mismatch", {pair("az", "4:41:30 vaxtla.", "With a time of 4:41.36.")}) == 2);
    // "1 dəqiqə" is "a minute"; Russian number words in the instrumental case and ordinals of a thousand.
    CHECK(count("number-mismatch", {pair("az", "Suyu 1 dəqiqə qaynatmaq.", "Boiling water for a minute.")}) == 0);
    CHECK(count("number-mismatch", {pair("az", "Suyu 1 dəqiqə qaynatmaq.", "Boiling water for 2 minutes.")}) == 2);
    CHECK(count("number-mismatch", {pair("ru", "С четырьмя центами.", "With 4 cents.")}) == 0);
    CHECK(count("number-mismatch", {pair("ru", "Его тысячная марка.", "His 1,000th stamp.")}) == 0);
}

TEST_CASE("name-spelling: renderings that only resemble the original's name conflict when one is no word", "[qa]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "w.korpu");
    const WorkspaceSpelling spelling(ws);
    if (spelling.misspelt(Language::parse("en"), "Koree").empty()) {
        WARN("skipped: no English Hunspell dictionary installed");
        return;
    }
    const std::vector<QaSegment> segments{pair("ru", "Обещание Северной Кореи.", "North Korea's pledge."),
                                          pair("ru", "Делегация Кореи прибыла.", "The delegation of Korea arrived."),
                                          pair("ru", "Ответ Кореи был быстрым.", "Koree's answer was quick."),
                                          pair("ru", "Франция и французский язык.", "France and the French language."),
                                          pair("ru", "Во Франции.", "In France.")};
    const auto run = run_check("name-spelling", segments, {}, nullptr, &spelling);
    REQUIRE(run.findings.size() == 1);
    CHECK(span(run) == "Koree");
    // Two places named after one river resemble its name but are no respelling of each other.
    const std::vector<QaSegment> places{pair("az", "Oyapok çayı üstündə körpü.", "The Oyapock River bridge."),
                                        pair("az", "Oyapok çayı dərindir.", "The Oyapock River is deep."),
                                        pair("az", "Oyapok şəhəri kiçikdir.", "The town of Oiapoque is small."),
                                        pair("az", "Oyapok şəhəri böyükdür.", "The town of Oyapoke is big.")};
    const auto place_run = run_check("name-spelling", places, {}, nullptr, &spelling);
    REQUIRE(place_run.findings.size() == 1);
    CHECK(span(place_run) == "Oyapoke");
    // Without a dictionary to tell a word from a misspelling, resemblance alone reports nothing.
    CHECK(count("name-spelling", segments) == 0);
}
