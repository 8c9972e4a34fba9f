#include <catch2/catch.hpp>

#include <algorithm>
#include <iterator>

#include "tm/align/anchor_extractor.hpp"
#include "tm/align/bead.hpp"
#include "tm/align/core_lexicon.hpp"
#include "tm/align/document_aligner.hpp"
#include "tm/align/length_aligner.hpp"
#include "tm/align/name_keys.hpp"
#include "tm/align/number_anchors.hpp"

using namespace korpu;

namespace {

std::vector<std::string> types(const std::vector<Bead>& beads) {
    std::vector<std::string> t;
    for (const auto& b : beads) t.push_back(b.type());
    return t;
}

// Sentence lengths between 30 and 150 characters that vary like a news text's.
std::vector<std::size_t> varied_lengths(std::size_t count) {
    std::vector<std::size_t> lengths;
    for (std::size_t i = 0; i < count; ++i) lengths.push_back(30 + (i * 53 + 17) % 121);
    return lengths;
}

// The same sentences in a language that takes about 10 % more characters.
std::vector<std::size_t> translated(const std::vector<std::size_t>& source) {
    std::vector<std::size_t> target;
    for (std::size_t i = 0; i < source.size(); ++i) target.push_back(source[i] * 11 / 10 + (i % 3));
    return target;
}

}  // namespace

TEST_CASE("equal lengths align one to one", "[align]") {
    const auto beads = align_by_length({40, 80, 25, 60}, {44, 85, 27, 66});
    CHECK(types(beads) == std::vector<std::string>{"1-1", "1-1", "1-1", "1-1"});
    check_bead_chain(beads, 4, 4);
}

TEST_CASE("a sentence split in two by the translator becomes a 1-2 bead", "[align]") {
    const auto beads = align_by_length({50, 160, 45, 70}, {52, 80, 84, 47, 73});
    CHECK(types(beads) == std::vector<std::string>{"1-1", "1-2", "1-1", "1-1"});
}

TEST_CASE("two sentences merged by the translator become a 2-1 bead", "[align]") {
    const auto beads = align_by_length({50, 70, 90, 45, 60}, {52, 165, 47, 62});
    CHECK(types(beads) == std::vector<std::string>{"1-1", "2-1", "1-1", "1-1"});
}

TEST_CASE("a sentence left out on either side becomes a one-sided bead", "[align]") {
    const auto source = varied_lengths(20);
    auto target = translated(source);
    SECTION("omitted in the translation") {
        target.erase(target.begin() + 10);
        const auto beads = align_by_length(source, target);
        REQUIRE(beads.size() == 20);
        CHECK(beads[10].type() == "1-0");
        CHECK(beads[9].type() == "1-1");
        CHECK(beads[11].type() == "1-1");
    }
    SECTION("added in the translation") {
        target.insert(target.begin() + 7, 120);
        const auto beads = align_by_length(source, target);
        REQUIRE(beads.size() == 21);
        CHECK(beads[7].type() == "0-1");
        CHECK(beads[8].type() == "1-1");
    }
}

TEST_CASE("empty and one-sided documents", "[align]") {
    CHECK(align_by_length({}, {}).empty());
    CHECK(types(align_by_length({10, 20}, {})) == std::vector<std::string>{"1-0", "1-0"});
    CHECK(types(align_by_length({}, {30})) == std::vector<std::string>{"0-1"});
}

TEST_CASE("long documents stay within the band and remain a valid chain", "[align]") {
    std::vector<std::size_t> source;
    std::vector<std::size_t> target;
    for (std::size_t i = 0; i < 5000; ++i) {
        source.push_back(20 + (i * 37) % 100);
        target.push_back(static_cast<std::size_t>((20 + (i * 37) % 100) * 1.1));
    }
    const auto beads = align_by_length(source, target);
    check_bead_chain(beads, source.size(), target.size());
    CHECK(beads.size() == 5000);
}

TEST_CASE("beads far from the expected length ratio are marked for review", "[align]") {
    SegmentedDocument source;
    SegmentedDocument target;
    source.paragraphs.emplace_back();
    target.paragraphs.emplace_back();
    for (int i = 0; i < 12; ++i) {
        source.paragraphs[0].segments.push_back("Sentence number " + std::to_string(i) + " of an ordinary length.");
        target.paragraphs[0].segments.push_back("Cümlə nömrəsi " + std::to_string(i) + " adi uzunluqdadır.");
    }
    source.paragraphs[0].segments[6] = "Short.";
    target.paragraphs[0].segments[6] =
        "Bu cümlə tərcüməçinin öz şərhidir və orijinalda heç bir qarşılığı olmayan uzun bir mətndir.";
    const auto beads = align_documents(source, target, Language::parse("en"), Language::parse("az"));
    for (const auto& bead : beads) {
        const bool touches_odd_pair =
            (bead.source_count > 0 && bead.source_begin == 6) || (bead.target_count > 0 && bead.target_begin == 6);
        INFO("bead " << bead.type() << " at " << bead.source_begin << "/" << bead.target_begin);
        CHECK((bead.status == BeadStatus::NeedsReview) == touches_odd_pair);
    }
}

TEST_CASE("a broken bead chain is reported", "[align]") {
    CHECK_THROWS(
        check_bead_chain({{0, 1, 0, 1, 1, BeadStatus::Automatic}, {2, 1, 1, 1, 1, BeadStatus::Automatic}}, 3, 2));
    CHECK_THROWS(check_bead_chain({{0, 1, 0, 1, 1, BeadStatus::Automatic}}, 2, 1));
    CHECK_THROWS(check_bead_chain({{0, 0, 0, 0, 1, BeadStatus::Automatic}}, 0, 0));
}

TEST_CASE("numbers are compared after normalisation", "[align]") {
    CHECK(number_keys("2,5 and 2.5") == std::vector<std::string>{"2.5", "2.5"});
    CHECK(number_keys("1 000 people, 1,000 people, 1000 people") == std::vector<std::string>{"1000", "1000", "1000"});
    CHECK(number_keys("2016-cı ildə") == std::vector<std::string>{"2016"});
    CHECK(number_keys("on 05 May") == std::vector<std::string>{"5"});
    CHECK(number_keys("in 2016 100 people") == std::vector<std::string>{"2016", "100"});
}

TEST_CASE("month names in any case form are anchors", "[align]") {
    CHECK(month_of("ноября", "ru") == 11);
    CHECK(month_of("мая", "ru") == 5);
    CHECK(month_of("november", "en") == 11);
    CHECK(month_of("noyabrın", "az") == 11);
    CHECK(month_of("marching", "en") == 0);
    CHECK(month_of("маяк", "ru") == 0);
}

TEST_CASE("names meet across scripts through their press spelling", "[align]") {
    NameKeyMaker russian(Language::parse("ru"));
    NameKeyMaker azerbaijani(Language::parse("az"));
    NameKeyMaker english(Language::parse("en"));
    CHECK(russian.skeleton("Нарышкин") == english.skeleton("Naryshkin"));
    CHECK(azerbaijani.skeleton("Xocavənd") == english.skeleton("Khojavend"));
    CHECK(azerbaijani.skeleton("Azərbaycan") == russian.skeleton("Азербайджан"));
    CHECK(russian.skeleton("Нарышкин") != english.skeleton("Nazarbayev"));
}

namespace {

SegmentedDocument one_paragraph(std::vector<std::string> segments) {
    SegmentedDocument document;
    document.paragraphs.push_back({BlockKind::Paragraph, std::move(segments)});
    return document;
}

// Sentences of equal length that differ only in their numbers: length alone cannot tell them apart.
std::vector<std::string> numbered(const std::string& pattern, const std::vector<int>& numbers) {
    std::vector<std::string> out;
    for (int n : numbers) {
        auto text = pattern;
        text.replace(text.find('N'), 1, std::to_string(n));
        out.push_back(text);
    }
    return out;
}

}  // namespace

TEST_CASE("numbers find the sentence a translator left out", "[align]") {
    const auto source =
        one_paragraph(numbered("The council met N times to discuss the budget.", {311, 422, 533, 644, 755, 866}));
    const auto target =
        one_paragraph(numbered("Şura büdcəni müzakirə etmək üçün N dəfə toplandı.", {311, 422, 644, 755, 866}));
    const auto beads = align_documents(source, target, Language::parse("en"), Language::parse("az"));
    REQUIRE(beads.size() == 6);
    CHECK(beads[2].type() == "1-0");
    CHECK(beads[2].source_begin == 2);
    CHECK(beads[2].status == BeadStatus::NeedsReview);
    CHECK(beads[3].type() == "1-1");
    CHECK(beads[3].target_begin == 2);
}

TEST_CASE("a paragraph missing on one side leaves the other paragraphs aligned", "[align]") {
    SegmentedDocument source;
    SegmentedDocument target;
    const std::vector<std::vector<int>> paragraphs{{101, 102}, {203, 204, 205}, {306, 307}};
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
        source.paragraphs.push_back(
            {BlockKind::Paragraph, numbered("Paragraph text with the number N in it.", paragraphs[p])});
        if (p != 1)
            target.paragraphs.push_back(
                {BlockKind::Paragraph, numbered("Abzas mətni N rəqəmi ilə birlikdə.", paragraphs[p])});
    }
    const auto beads = align_documents(source, target, Language::parse("en"), Language::parse("az"));
    CHECK(types(beads) == std::vector<std::string>{"1-1", "1-1", "1-0", "1-0", "1-0", "1-1", "1-1"});
    check_bead_chain(beads, 7, 4);
}

TEST_CASE("confirmed beads survive re-alignment", "[align]") {
    const auto source = one_paragraph(numbered("The council met N times to discuss the budget.", {311, 422, 533, 644}));
    const auto target =
        one_paragraph(numbered("Şura büdcəni müzakirə etmək üçün N dəfə toplandı.", {311, 422, 533, 644}));
    // The user insists that source 1 and 2 together translate target 1, and that 3 has no translation.
    std::vector<Bead> current{{0, 1, 0, 1, 1.0, BeadStatus::Automatic},
                              {1, 2, 1, 1, 1.0, BeadStatus::Confirmed},
                              {3, 1, 2, 2, 1.0, BeadStatus::Automatic}};
    const auto beads = realign_documents(source, target, Language::parse("en"), Language::parse("az"), current);
    check_bead_chain(beads, 4, 4);
    REQUIRE(beads.size() >= 3);
    CHECK(beads[1].source_begin == 1);
    CHECK(beads[1].source_count == 2);
    CHECK(beads[1].target_count == 1);
    CHECK(beads[1].status == BeadStatus::Confirmed);
    CHECK(beads[0].type() == "1-1");
    // After the confirmed bead, source 3 pairs with target 3 (its number), target 2 stands alone.
    CHECK(types(beads) == std::vector<std::string>{"1-1", "2-1", "0-1", "1-1"});
}

TEST_CASE("word-list keys drop the endings of dictionary forms", "[align][lexicon]") {
    const auto ru = Language::parse("ru");
    const auto az = Language::parse("az");
    const auto en = Language::parse("en");
    CHECK(word_list_key("писать", ru) == "писа");
    CHECK(word_list_key("Школа", ru) == "школ");
    CHECK(word_list_key("российский", ru) == "росси");
    CHECK(word_list_key("yaşamaq", az) == "yaşa");
    CHECK(word_list_key("ölkə", az) == "ölkə");
    CHECK(word_list_key("balıq", az) == "balı");
    CHECK(word_list_key("increase", en) == "incre");
    CHECK(word_list_key("city", en) == "cit");
    // Never below three letters, and nothing for shorter words.
    CHECK(word_list_key("год", ru) == "год");
    CHECK(word_list_key("su", az).empty());
}

TEST_CASE("a word list's concepts find the inflected forms of their words", "[align][lexicon]") {
    const auto ru = Language::parse("ru");
    const auto en = Language::parse("en");
    const auto az = Language::parse("az");
    WordLexicon lexicon;
    lexicon.add_concept({"year", "years"}, {"год", "лет"}, en, ru);
    lexicon.add_concept({"light"}, {"лёгкий"}, en, ru);
    REQUIRE(lexicon.size() == 2);
    const auto year = lexicon.entries_of("years", en, LexiconSide::Source);
    REQUIRE(year.size() == 1);
    CHECK(lexicon.entries_of("года", ru, LexiconSide::Target) == year);
    CHECK(lexicon.entries_of("годов", ru, LexiconSide::Target) == year);
    // A short key finds only words a few letters longer: "годовщина" is another word.
    CHECK(lexicon.entries_of("годовщина", ru, LexiconSide::Target).empty());
    // ё is written е in most texts.
    CHECK(lexicon.entries_of("легкого", ru, LexiconSide::Target) ==
          lexicon.entries_of("light", en, LexiconSide::Source));
    // Sides do not mix: a Russian word is not looked up among the English ones.
    CHECK(lexicon.entries_of("года", ru, LexiconSide::Source).empty());
    // Azerbaijani stacks suffixes: a short key finds longer forms.
    WordLexicon az_en;
    az_en.add_concept({"gün"}, {"day"}, az, en);
    CHECK(az_en.entries_of("günlərdə", az, LexiconSide::Source).size() == 1);
}

TEST_CASE("word lists are read by their language columns", "[align][lexicon]") {
    const auto ru = Language::parse("ru");
    const auto az = Language::parse("az");
    const auto en = Language::parse("en");
    const std::string list = "# comment\n\nfish\tрыба\tbalıq\nbird,birds\tптица\t\r\n";
    WordLexicon az_ru;
    add_word_list(az_ru, list, {"en", "ru", "az"}, az, ru);
    // The second line has no Azerbaijani: only the first concept is read.
    CHECK(az_ru.size() == 1);
    CHECK(az_ru.entries_of("balığı", az, LexiconSide::Source) == az_ru.entries_of("рыбы", ru, LexiconSide::Target));
    WordLexicon en_ru;
    add_word_list(en_ru, list, {"en", "ru", "az"}, en, ru);
    CHECK(en_ru.size() == 2);
    CHECK(en_ru.entries_of("birds", en, LexiconSide::Source).size() == 1);
    WordLexicon none;
    add_word_list(none, list, {"en", "ru", "az"}, en, Language::parse("de"));
    CHECK(none.empty());
}

TEST_CASE("the core word list serves every pair of English, Russian and Azerbaijani", "[align][lexicon]") {
    const auto ru = Language::parse("ru");
    const auto az = Language::parse("az");
    const auto en = Language::parse("en");
    for (const auto& [source, target, word, translation] :
         {std::tuple{en, ru, "government", "правительства"}, std::tuple{ru, en, "правительство", "government"},
          std::tuple{az, en, "hökumətin", "government"}, std::tuple{az, ru, "hökumət", "правительством"}}) {
        WordLexicon lexicon;
        add_core_words(lexicon, source, target);
        INFO(word << " -> " << translation);
        CHECK(lexicon.size() > 300);
        // Crude keys may file a word under other concepts too ("правительство", "правило"): the two
        // words share at least one.
        const auto entries = lexicon.entries_of(word, source, LexiconSide::Source);
        const auto translated_entries = lexicon.entries_of(translation, target, LexiconSide::Target);
        std::vector<std::uint32_t> shared;
        std::set_intersection(entries.begin(), entries.end(), translated_entries.begin(), translated_entries.end(),
                              std::back_inserter(shared));
        CHECK_FALSE(shared.empty());
    }
}

TEST_CASE("translation anchors cover words extracted after the first lookup", "[align][lexicon]") {
    const auto en = Language::parse("en");
    const auto ru = Language::parse("ru");
    WordLexicon lexicon;
    lexicon.add_concept({"fish"}, {"рыба"}, en, ru);
    AnchorVocabulary vocabulary;
    AnchorExtractor extractor(en, vocabulary);
    std::vector<std::uint32_t> first;
    extractor.extract("Birds sing.", &first);
    CHECK(extractor.translation_anchors(first, lexicon, LexiconSide::Source).empty());
    std::vector<std::uint32_t> second;
    extractor.extract("Fish swim.", &second);
    const auto anchors = extractor.translation_anchors(second, lexicon, LexiconSide::Source);
    REQUIRE(anchors.size() == 1);
    CHECK(anchor_kind(anchors[0]) == AnchorKind::Translation);
}

TEST_CASE("the core word list finds a dropped sentence that shares no number or name", "[align][lexicon]") {
    // The translation leaves out the second sentence; by length the third sentence's translation looks
    // like the second's. Only the words tell which sentence is missing.
    const auto source = one_paragraph({"Дети каждый день играют в школе.",
                                       "Вечером над городом шёл сильный дождь, и дул холодный ветер.",
                                       "Рыба живёт в реке и в море.", "Учёные изучают птиц в лесу."});
    const auto target =
        one_paragraph({"Children play at school every day.", "Fish live in the river and also in the deep blue sea.",
                       "Scientists study the birds of the forest."});
    const auto ru = Language::parse("ru");
    const auto en = Language::parse("en");
    const auto with_words = align_documents(source, target, ru, en);
    CHECK(types(with_words) == std::vector<std::string>{"1-1", "1-0", "1-1", "1-1"});
    REQUIRE(with_words.size() == 4);
    CHECK(with_words[1].source_begin == 1);
    // Without the word list, the lengths mislead the aligner: the test would catch a list that no
    // longer reaches the aligner.
    const auto without = align_documents(source, target, ru, en, WordLexicon(), CoreWords::Ignore);
    CHECK(types(without) != types(with_words));
}

TEST_CASE("names the translator moved to the next sentence do not merge two beads into a 2-2", "[align]") {
    // The translation moves three names from the first sentence to the second; each sentence still
    // shares names and words with its own translation. A 2-2 bead would find all of them, but two
    // sentences on each side offer four times the chances of meeting a name or a word by accident.
    const auto source =
        one_paragraph({"Prezident Bakı, Gəncə, Lənkəran, Masallı və Quba şəhərlərində yeni məktəb açdı.",
                       "Şuşa və Ağdam sakinləri də bu məktəblərdən istifadə edəcəklər.",
                       "Nazirlik yeni avtobuslar alacağını bildirib."});
    const auto target =
        one_paragraph({"The president opened a new school in Baku and Ganja.",
                       "Residents of Shusha, Agdam, Lankaran, Masalli and Guba will also use these schools.",
                       "The ministry said it would buy new buses."});
    const auto beads = align_documents(source, target, Language::parse("az"), Language::parse("en"));
    CHECK(types(beads) == std::vector<std::string>{"1-1", "1-1", "1-1"});
}
