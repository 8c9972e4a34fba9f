#include <catch2/catch.hpp>

#include "support/test_support.hpp"
#include "tm/core/error.hpp"
#include "tm/segment/default_rules.hpp"
#include "tm/segment/detail/java_regex.hpp"
#include "tm/segment/sentence_splitter.hpp"
#include "tm/segment/srx_reader.hpp"
#include "tm/segment/srx_segmenter.hpp"

using namespace korpu;
using Segments = std::vector<std::string>;

namespace {

Segments split(const std::string& text, const char* lang) {
    return split_sentences(text, Language::parse(lang));
}

// A paragraph that must stay one segment with the default rules.
void check_whole(const std::string& text, const char* lang) {
    INFO(lang << ": " << text);
    CHECK(split(text, lang) == Segments{text});
}

// An SRX document around the given <languagerules> and <maprules> content.
std::string srx(const std::string& cascade, const std::string& languagerules, const std::string& maps) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<srx xmlns=\"http://www.lisa.org/srx20\" version=\"2.0\">\n"
           "<header segmentsubflows=\"yes\" cascade=\"" +
           cascade + "\"/>\n<body>\n<languagerules>\n" + languagerules + "</languagerules>\n<maprules>\n" +
           maps + "</maprules>\n</body>\n</srx>\n";
}

std::string rule(bool breaks, const std::string& before, const std::string& after) {
    return std::string("<rule break=\"") + (breaks ? "yes" : "no") + "\"><beforebreak>" + before +
           "</beforebreak><afterbreak>" + after + "</afterbreak></rule>\n";
}

std::string language_rule(const std::string& name, const std::string& rules) {
    return "<languagerule languagerulename=\"" + name + "\">\n" + rules + "</languagerule>\n";
}

std::string map(const std::string& pattern, const std::string& name) {
    return "<languagemap languagepattern=\"" + pattern + "\" languagerulename=\"" + name + "\"/>\n";
}

Segments run(const std::string& xml, const char* code, const std::string& text) {
    SrxSegmenter segmenter(parse_srx(xml, "test.srx"), code);
    return segmenter.split(text);
}

// The InputError message for a malformed SRX text; empty when it loads.
std::string load_error(const std::string& xml) {
    try {
        SrxSegmenter segmenter(parse_srx(xml, "bad.srx"), "en");
    } catch (const InputError& error) {
        return error.what();
    }
    return {};
}

const std::string kPeriodBreak = rule(true, "\\.", "\\s");

}  // namespace

// ---------------------------------------------------------------- the SRX engine

TEST_CASE("SRX: a break rule cuts after its beforebreak where its afterbreak follows", "[segment][srx]") {
    const auto xml = srx("no", language_rule("Basic", kPeriodBreak), map(".*", "Basic"));
    CHECK(run(xml, "en", "One. Two.  Three.") == Segments{"One.", "Two.", "Three."});
    CHECK(run(xml, "en", "No rule applies here") == Segments{"No rule applies here"});
    CHECK(run(xml, "en", "  \t ") == Segments{});
    CHECK(run(xml, "en", "2.5 stays.") == Segments{"2.5 stays."});
}

TEST_CASE("SRX: the first matching rule decides, so a no-break rule before a break rule wins",
          "[segment][srx]") {
    const auto exception_first =
        srx("no", language_rule("L", rule(false, "\\bMr\\.", "\\s") + kPeriodBreak), map(".*", "L"));
    CHECK(run(exception_first, "en", "Mr. Smith came. He left.") == Segments{"Mr. Smith came.", "He left."});
    const auto exception_last =
        srx("no", language_rule("L", kPeriodBreak + rule(false, "\\bMr\\.", "\\s")), map(".*", "L"));
    CHECK(run(exception_last, "en", "Mr. Smith came. He left.") ==
          Segments{"Mr.", "Smith came.", "He left."});
}

TEST_CASE("SRX: language maps choose the rules by a pattern over the language code", "[segment][srx]") {
    const auto xml =
        srx("no", language_rule("Dots", kPeriodBreak) + language_rule("Bangs", rule(true, "!", "\\s")),
            map("RU.*", "Dots") + map("en(-.*)?", "Bangs"));
    CHECK(run(xml, "ru", "Да. Нет! Ну.") == Segments{"Да.", "Нет! Ну."});  // maps ignore case
    CHECK(run(xml, "en-GB", "Yes. No! Well.") == Segments{"Yes. No!", "Well."});
    CHECK(run(xml, "az", "Bəli. Xeyr!") == Segments{"Bəli. Xeyr!"});  // no map: no rules, no break
    CHECK(SrxSegmenter(parse_srx(xml, "t.srx"), "ru").language_rule_names() ==
          std::vector<std::string>{"Dots"});
}

TEST_CASE("SRX: cascade applies every matching language rule in map order, otherwise only the first",
          "[segment][srx]") {
    const auto rules =
        language_rule("Specific", rule(false, "\\bт\\.", "\\s")) + language_rule("Generic", kPeriodBreak);
    const auto maps = map("ru.*", "Specific") + map(".*", "Generic");
    const std::string text = "Это т. е. пример. Всё.";
    CHECK(run(srx("yes", rules, maps), "ru", text) == Segments{"Это т. е.", "пример.", "Всё."});
    // Without cascade only "Specific" applies: it has no break rule at all.
    CHECK(run(srx("no", rules, maps), "ru", text) == Segments{text});
    CHECK(SrxSegmenter(parse_srx(srx("yes", rules, maps), "t.srx"), "ru").rule_count() == 2);
}

TEST_CASE("SRX: beforebreak must end exactly at the break and afterbreak start there", "[segment][srx]") {
    // An unbounded beforebreak is tested as a look-behind: only "!" followed by any spaces, then "Q".
    const auto xml = srx("no", language_rule("L", rule(true, "!\\s*", "Q")), map(".*", "L"));
    CHECK(run(xml, "en", "a!   Qb! Rc") == Segments{"a!", "Qb! Rc"});
    // Matches of a beforebreak may overlap: each one ends at a break.
    const auto overlapping = srx("no", language_rule("L", rule(true, "\\s\\p{L}\\.\\s", "")), map(".*", "L"));
    CHECK(run(overlapping, "en", "x a. b. c") == Segments{"x a.", "b.", "c"});
    // Empty beforebreak: a break before every match of the afterbreak.
    const auto before_label = srx("no", language_rule("L", rule(true, "", "\\sQ:")), map(".*", "L"));
    CHECK(run(before_label, "en", "text Q: one Q: two") == Segments{"text", "Q: one", "Q: two"});
    // Transparent bounds: \b and look-arounds see the text around the break.
    const auto boundary = srx("no", language_rule("L", rule(true, "\\bend", "(?=\\s)")), map(".*", "L"));
    CHECK(run(boundary, "en", "the end of the weekend here") == Segments{"the end", "of the weekend here"});
}

TEST_CASE("SRX: the header is read", "[segment][srx]") {
    const auto rules = parse_srx(
        "<srx xmlns='http://www.lisa.org/srx20' version='2.0'><header segmentsubflows='no' cascade='yes'>"
        "<formathandle type='start' include='yes'/><formathandle type='end' include='no'/></header>"
        "<body><languagerules/><maprules/></body></srx>",
        "h.srx");
    CHECK(rules.cascade);
    CHECK_FALSE(rules.segment_subflows);
    CHECK(rules.format_handle.start_included);
    CHECK_FALSE(rules.format_handle.end_included);
    CHECK_FALSE(rules.format_handle.isolated_included);
    const auto defaults = parse_srx("<srx version='2.0'><header/><body/></srx>", "d.srx");
    CHECK_FALSE(defaults.cascade);
    CHECK(defaults.segment_subflows);
}

TEST_CASE("SRX: a malformed file is an InputError naming the file and the line", "[segment][srx]") {
    using Catch::Matchers::Contains;
    CHECK_THAT(load_error("<srx version='2.0'>\n<header/>\n<body>\n</srx>"),
               Contains("bad.srx:4") && Contains("not well-formed XML"));
    CHECK_THAT(load_error("<rules/>"), Contains("not an SRX file"));
    CHECK_THAT(load_error("<srx version='1.0'><body/></srx>"), Contains("version 1.0 is not supported"));
    CHECK_THAT(load_error(srx("no", language_rule("L", kPeriodBreak), map(".*", "Missing"))),
               Contains("bad.srx:11") && Contains("\"Missing\", which is not defined"));
    CHECK_THAT(load_error(srx("maybe", "", "")), Contains("must be \"yes\" or \"no\""));
    CHECK_THAT(load_error(srx("no", language_rule("L", "<rule break='perhaps'/>\n"), "")),
               Contains("bad.srx:7"));
    CHECK_THAT(load_error(srx("no", language_rule("L", "\n" + rule(true, "([a-z", "")), map(".*", "L"))),
               Contains("bad.srx:8") && Contains("beforebreak \"([a-z\" is not a regular expression"));
    CHECK_THAT(load_error(srx("no", language_rule("L", rule(true, "\\.", "[")), map(".*", "L"))),
               Contains("afterbreak \"[\""));
    CHECK_THAT(load_error(srx("no", language_rule("L", kPeriodBreak), map("(", "L"))),
               Contains("languagepattern"));
    CHECK_THAT(
        load_error(srx("no", language_rule("L", kPeriodBreak) + language_rule("L", ""), map(".*", "L"))),
        Contains("defined twice"));
    CHECK_THAT(load_error("<!DOCTYPE srx [<!ENTITY dot '\\.'>]><srx version='2.0'><body><languagerules>"
                          "<languagerule languagerulename='L'><rule><beforebreak>&dot;</beforebreak></rule>"
                          "</languagerule></languagerules></body></srx>"),
               Contains("must not declare entities"));
    CHECK_THROWS_AS(read_srx_file("/nonexistent/rules.srx"), InputError);
}

TEST_CASE("SRX: Java's inline flag U, unknown to ICU, is dropped", "[segment][srx]") {
    using detail::icu_from_java;
    CHECK(icu_from_java("(?U)\\w+(?iU)x(?U:y)(?i-U)z(?-U)") == "\\w+(?i)x(?:y)(?i)z");
    CHECK(icu_from_java("[(?U)]\\(?U)\\Q(?U)\\E(?:a)(?<=b)") == "[(?U)]\\(?U)\\Q(?U)\\E(?:a)(?<=b)");
    const auto xml = srx("no", language_rule("L", rule(true, "(?U)\\w\\.", "\\s")), map(".*", "L"));
    CHECK(run(xml, "ru", "Да. Нет.") == Segments{"Да.", "Нет."});
}

TEST_CASE("SRX: unbounded repetitions are capped for look-behinds, classes and quotes untouched",
          "[segment][srx]") {
    using detail::bound_repetitions;
    CHECK(bound_repetitions("a*b+", 9) == "a{0,9}b{1,9}");
    CHECK(bound_repetitions("\\s{2,}x{1,3}y{4}", 9) == "\\s{2,9}x{1,3}y{4}");
    CHECK(bound_repetitions("[*+]\\*\\+\\p{L}+", 9) == "[*+]\\*\\+\\p{L}{1,9}");
    CHECK(bound_repetitions("a*?b++(?:c)?+", 9) == "a{0,9}?b{1,9}+(?:c)?+");
    CHECK(bound_repetitions("\\Qa*\\Eb*", 9) == "\\Qa*\\Eb{0,9}");
    CHECK(bound_repetitions("[a-z]??x(?:y)??", 9) == "[a-z]{0,1}?x(?:y){0,1}?");
}

// ---------------------------------------------------------------- third-party SRX files

TEST_CASE("LanguageTool's segment.srx segments Russian as LanguageTool intends", "[segment][srx][shared]") {
    KORPU_REQUIRE_SHARED(shared);
    SrxSegmenter segmenter(read_srx_file(shared / "reference/srx/languagetool-segment.srx"),
                           Language::parse("ru"));
    CHECK(segmenter.language_rule_names() == std::vector<std::string>{"Russian", "Default"});
    // Initials, abbreviations from its list, years with г., ellipsis before lowercase: no break.
    CHECK(segmenter.split("Директор СВР С. Нарышкин посетил Баку. Он встретился с министром.") ==
          Segments{"Директор СВР С. Нарышкин посетил Баку.", "Он встретился с министром."});
    CHECK(segmenter.split("А.С. Пушкин родился в 1799 г. в Москве.") ==
          Segments{"А.С. Пушкин родился в 1799 г. в Москве."});
    CHECK(segmenter.split("Это было в 1995 г. Потом всё изменилось.") ==
          Segments{"Это было в 1995 г. Потом всё изменилось."});
    CHECK(segmenter.split("Цена 5 тыс. руб. за штуку, т.е. дёшево.") ==
          Segments{"Цена 5 тыс. руб. за штуку, т.е. дёшево."});
    CHECK(segmenter.split("Он ушёл... и вернулся. Встреча в 10.30 утра.") ==
          Segments{"Он ушёл... и вернулся.", "Встреча в 10.30 утра."});
    // Breaks after . ! ? and closing quotes.
    CHECK(segmenter.split("Он сказал: «Мы придём». Потом ушёл! Правда? Да.") ==
          Segments{"Он сказал: «Мы придём».", "Потом ушёл!", "Правда?", "Да."});
}

TEST_CASE("OmegaT's and Okapi's default rules load and every rule in them compiles",
          "[segment][srx][shared]") {
    KORPU_REQUIRE_SHARED(shared);
    for (const char* name :
         {"omegat-defaultRules.srx", "okapi-defaultSegmentation.srx", "languagetool-segment.srx"}) {
        INFO(name);
        auto rules = read_srx_file(shared / "reference/srx" / name);
        CHECK(rules.language_rules.size() >= 3);
        // One cascading map over every language rule compiles all of them.
        std::size_t total = 0;
        rules.cascade = true;
        rules.language_maps.clear();
        for (const auto& language_rule : rules.language_rules) {
            rules.language_maps.push_back({".*", language_rule.name, 0});
            total += language_rule.rules.size();
        }
        SrxSegmenter all(rules, "xx");
        CHECK(all.rule_count() == total);
    }
    SrxSegmenter okapi(read_srx_file(shared / "reference/srx/okapi-defaultSegmentation.srx"), "en");
    CHECK(okapi.split(
              "Mr. Holmes is from the U.K. not the U.S. Is Dr. Watson from there too? Yes: both are.") ==
          Segments{"Mr. Holmes is from the U.K. not the U.S.", "Is Dr. Watson from there too?",
                   "Yes: both are."});
    SrxSegmenter omegat(read_srx_file(shared / "reference/srx/omegat-defaultRules.srx"), "ru");
    CHECK(omegat.split("Это т.е. пример. Второе.") == Segments{"Это т.е. пример.", "Второе."});
}

// ---------------------------------------------------------------- Körpü's default rules

TEST_CASE("default rules: the built-in SRX file loads and serves az, ru and en", "[segment]") {
    const auto& rules = default_srx_rules();
    CHECK(rules.cascade);
    CHECK(SrxSegmenter(rules, Language::parse("az")).language_rule_names() ==
          std::vector<std::string>{"Azerbaijani", "Common"});
    CHECK(SrxSegmenter(rules, Language::parse("ru")).language_rule_names() ==
          std::vector<std::string>{"Russian", "Common"});
    CHECK(SrxSegmenter(rules, Language::parse("en-GB")).language_rule_names() ==
          std::vector<std::string>{"English", "Common"});
    CHECK(SrxSegmenter(rules, Language::parse("de")).language_rule_names() ==
          std::vector<std::string>{"Common"});
}

TEST_CASE("default rules: sentences end at . ! ? and … before anything but a lowercase word", "[segment]") {
    CHECK(split("The first one. The second one! A third? Yes… 42 people came. (Really.) \"Quoted.\"", "en") ==
          Segments{"The first one.", "The second one!", "A third?", "Yes…", "42 people came.", "(Really.)",
                   "\"Quoted.\""});
    CHECK(split("Birinci cümlə. İkinci cümlə! Üçüncü?", "az") ==
          Segments{"Birinci cümlə.", "İkinci cümlə!", "Üçüncü?"});
    check_whole("It costs 2.5 million. e.g. this stays.", "en");
}

TEST_CASE("default rules: a closing quote stays with its sentence", "[segment]") {
    CHECK(split("He said: \"We will come.\" Then he left.", "en") ==
          Segments{"He said: \"We will come.\"", "Then he left."});
    CHECK(split("He said: “We will come.” Then he left.", "en") ==
          Segments{"He said: “We will come.”", "Then he left."});
    CHECK(split("Он сказал: «Мы придём». Потом ушёл.", "ru") ==
          Segments{"Он сказал: «Мы придём».", "Потом ушёл."});
    CHECK(split("Он спросил: «Кто там?» Никто не ответил.", "ru") ==
          Segments{"Он спросил: «Кто там?»", "Никто не ответил."});
    CHECK(split("O dedi: \"Biz gələcəyik.\" Sonra getdi.", "az") ==
          Segments{"O dedi: \"Biz gələcəyik.\"", "Sonra getdi."});
}

TEST_CASE("default rules: a question or exclamation inside quotes, then the author's words", "[segment]") {
    check_whole("«Кто там?!» — спросил он.", "ru");
    check_whole("«Стой!» — крикнула она и побежала.", "ru");
    check_whole("\"Are you coming?!\" he asked.", "en");
    check_whole("\"Really?\" she said.", "en");
    check_whole("\"Gələcəksən?\" — deyə soruşdu.", "az");
    check_whole("Он назвал это «ошибкой века?!» и ушёл.", "ru");
    CHECK(split("«Кто там?!» Ответа не было.", "ru") == Segments{"«Кто там?!»", "Ответа не было."});
}

TEST_CASE("default rules: dialog dashes", "[segment]") {
    check_whole("— Иду! — крикнула она.", "ru");
    CHECK(split("— Ты придёшь? — Да, приду.", "ru") == Segments{"— Ты придёшь?", "— Да, приду."});
    CHECK(split("— Sən gələcəksən? — Bəli, gələcəyəm.", "az") ==
          Segments{"— Sən gələcəksən?", "— Bəli, gələcəyəm."});
    check_whole("— Gəl! — dedi o.", "az");
    check_whole("«Вы русская?» — «Да».", "ru");
    check_whole("\"Gəlirsən?\" — \"Bəli.\"", "az");
}

TEST_CASE("default rules: initials before a surname", "[segment]") {
    check_whole("Director S. Naryshkin visited Baku.", "en");
    check_whole("Speaker A. B. Smith and J.R.R. Tolkien met.", "en");
    check_whole("Директор СВР С. Нарышкин посетил Баку.", "ru");
    check_whole("Поэт А. С. Пушкин и А.С. Грибоедов.", "ru");
    check_whole("Sədr R. Namazov və İ. Əliyev görüşüb.", "az");
    CHECK(split("Директор С. Нарышкин посетил Баку. Он встретился с министром.", "ru") ==
          Segments{"Директор С. Нарышкин посетил Баку.", "Он встретился с министром."});
    // A single capital before a word that opens sentences ends the sentence.
    CHECK(split("They flew from A to B. The flight was late.", "en") ==
          Segments{"They flew from A to B.", "The flight was late."});
    CHECK(split("Рейс из пункта А в пункт Б. Он опоздал.", "ru") ==
          Segments{"Рейс из пункта А в пункт Б.", "Он опоздал."});
    CHECK(split("Ən yaxşı variant B. Bu seçildi.", "az") == Segments{"Ən yaxşı variant B.", "Bu seçildi."});
    // A capital after a hyphen is not an initial.
    CHECK(split("He won the Super-G. Arly came second.", "en") ==
          Segments{"He won the Super-G.", "Arly came second."});
}

TEST_CASE("default rules: Russian abbreviations", "[segment]") {
    // Never at the end of a sentence.
    check_whole("Это важно, т.е. срочно.", "ru");
    check_whole("Это важно, т. е. Москва ждёт.", "ru");
    check_whole("Он родился в г. Москва на ул. Ленина.", "ru");
    check_whole("Музей им. Пушкина открыт, см. Приложение 2.", "ru");
    check_whole("Под ред. Петрова вышел сб. Стихи; проф. Иванов и акад. Сахаров пришли.", "ru");
    check_whole("Байден (Дж. Байден) и т.к. Белый дом молчит.", "ru");
    check_whole("Сумма составила 5 млн. долл. США в 2020 г.", "ru");
    // Before a date: months.
    check_whole("Договор подписан 5 сент. 2020 г. в Москве.", "ru");
    // Before a lowercase word every abbreviation stays.
    check_whole("Было 5 тыс. человек, 3 млн. рублей и 2 млрд. долларов, 100 руб. за штуку.", "ru");
    check_whole("В 1990-х гг. было трудно.", "ru");
    // May end a sentence: a capital after them starts a new one.
    CHECK(split("Купили хлеб, молоко и т. д. Потом ушли.", "ru") ==
          Segments{"Купили хлеб, молоко и т. д.", "Потом ушли."});
    CHECK(split("Это было в 1995 г. Потом всё изменилось.", "ru") ==
          Segments{"Это было в 1995 г.", "Потом всё изменилось."});
    CHECK(split("Это было в 1990-х гг. Потом всё изменилось.", "ru") ==
          Segments{"Это было в 1990-х гг.", "Потом всё изменилось."});
    CHECK(split("Город основан в V в. до н. э. Он процветал.", "ru") ==
          Segments{"Город основан в V в. до н. э.", "Он процветал."});
    CHECK(split("Высота 23 см. Максимальная нагрузка 100 кг.", "ru") ==
          Segments{"Высота 23 см.", "Максимальная нагрузка 100 кг."});
    CHECK(split("Он хотел стать им. Но не стал.", "ru") == Segments{"Он хотел стать им.", "Но не стал."});
    CHECK(split("Это был я. Никто не знал.", "ru") == Segments{"Это был я.", "Никто не знал."});
}

TEST_CASE("default rules: Azerbaijani abbreviations", "[segment]") {
    check_whole("Alma, armud və s. meyvələr satılır.", "az");
    check_whole("Tədbirdə prof. Əliyev və dos. Məmmədova çıxış etdi.", "az");
    check_whole("Ofis Nizami küç. 5 ünvanında, Binə qəs. yaxınlığındadır.", "az");
    check_whole("Bu, e.ə. V əsrdə, b.e. I əsrdə və s. dövrlərdə olub.", "az");
    check_whole("Layihəyə 5 mln. ABŞ dolları və 2 mlrd. manat ayrılıb.", "az");
    check_whole("Bakı ş. Nəsimi r. sakini 10 m. hündürlükdən yıxılıb.", "az");
    // Months and weekdays.
    check_whole("Görüş 5 yan. 2021-ci ildə, sonra 10 fev. və 1 sent. tarixlərində olub.", "az");
    check_whole("İclas B.e. günü, Ç.a. günü isə konsert olacaq.", "az");
    // "və s.", "və b." may end a sentence.
    CHECK(split("Alma, armud və s. Hamısı satılır.", "az") ==
          Segments{"Alma, armud və s.", "Hamısı satılır."});
    CHECK(split("Nazirlər, deputatlar və b. Onlar gəldi.", "az") ==
          Segments{"Nazirlər, deputatlar və b.", "Onlar gəldi."});
}

TEST_CASE("default rules: English abbreviations", "[segment]") {
    check_whole("Mr. Smith, Mrs. Jones and Dr. Ur met Prof. Lee.", "en");
    check_whole("Lt-Col. Jones and Gen. Petraeus visited St. Petersburg.", "en");
    check_whole("Fruit, e.g. apples, and i.e. Granny Smith.", "en");
    check_whole("See Fig. 3 and No. 10 on p. 5, pp. 10-12, and Jan. 6 of Vol. 2.", "en");
    check_whole("The U.S. Navy and the U.K. Parliament agreed.", "en");
    check_whole("Smith vs. Jones, cf. Brown et al. (2020) and approx. 40 others.", "en");
    check_whole("It happened at 5 p.m. on Friday.", "en");
    check_whole("It struck at 09:19 p.m. GMT on Friday.", "en");
    check_whole("Bogies made by CRRC Zhuzhou Locomotive Co. Ltd. allow this.", "en");
    check_whole("Тележки CRRC Zhuzhou Locomotive Co. Ltd. позволяют это.", "ru");
    CHECK(split("He lives in the U.S. The rest stayed.", "en") ==
          Segments{"He lives in the U.S.", "The rest stayed."});
    CHECK(split("Deaths were undercounted in the U.S. Such errors are common.", "en") ==
          Segments{"Deaths were undercounted in the U.S.", "Such errors are common."});
    CHECK(split("We met at 5 p.m. The talks lasted an hour.", "en") ==
          Segments{"We met at 5 p.m.", "The talks lasted an hour."});
    CHECK(split("Apples, pears, etc. Everything was sold.", "en") ==
          Segments{"Apples, pears, etc.", "Everything was sold."});
    CHECK(split("It weighs 8.5 g. The case is extra.", "en") ==
          Segments{"It weighs 8.5 g.", "The case is extra."});
    CHECK(split("I don't. You do.", "en") == Segments{"I don't.", "You do."});
}

TEST_CASE("default rules: numbers with dots", "[segment]") {
    check_whole("Prices rose 2.5 percent to 1.000.000 on 10.11.2020 at 10.30.", "en");
    check_whole("Цены выросли на 2.5% до 1.000.000 рублей 10.11.2020 г. в 10.30.", "ru");
    check_whole("Qiymətlər 10.11.2020 tarixində 2.5 faiz artaraq 1.000.000 manata çatıb.", "az");
    CHECK(split("The total was 1.000.000. Then it fell.", "en") ==
          Segments{"The total was 1.000.000.", "Then it fell."});
}

TEST_CASE("default rules: ellipses", "[segment]") {
    check_whole("He waited... and waited… and left.", "en");
    check_whole("Он ждал... и ждал… и ушёл.", "ru");
    check_whole("Он сказал (...) что всё хорошо [...] Иван согласился.", "ru");
    CHECK(split("He waited... Nobody came.", "en") == Segments{"He waited...", "Nobody came."});
    CHECK(split("O gözlədi… Heç kim gəlmədi.", "az") == Segments{"O gözlədi…", "Heç kim gəlmədi."});
    check_whole("Он сказал (sic!) Ивану и ушёл.", "ru");
}

TEST_CASE("default rules: the question/answer layout of interviews", "[segment]") {
    check_whole("Question: What do you think about the talks in Brussels?", "en");
    CHECK(split("Question: What do you think? Answer: I think they went well.", "en") ==
          Segments{"Question: What do you think?", "Answer: I think they went well."});
    CHECK(split("Sual: Danışıqlar necə keçdi Cavab: Yaxşı keçdi.", "az") ==
          Segments{"Sual: Danışıqlar necə keçdi", "Cavab: Yaxşı keçdi."});
    CHECK(split("Вопрос: Как прошли переговоры? Ответ: Хорошо.", "ru") ==
          Segments{"Вопрос: Как прошли переговоры?", "Ответ: Хорошо."});
}

TEST_CASE("segment_document keeps block kinds and drops empty blocks", "[segment]") {
    const std::vector<Block> blocks{
        {BlockKind::Heading, "Title"}, {BlockKind::Paragraph, "  "}, {BlockKind::Paragraph, "One. Two."}};
    const auto document = segment_document(blocks, Language::parse("en"));
    REQUIRE(document.paragraphs.size() == 2);
    CHECK(document.paragraphs[0].kind == BlockKind::Heading);
    CHECK(document.paragraphs[1].segments == Segments{"One.", "Two."});
    SrxSegmenter never(parse_srx(srx("no", language_rule("None", ""), map(".*", "None")), "n.srx"), "en");
    CHECK(segment_document(blocks, never).segments() == Segments{"Title", "One. Two."});
}
