#include <catch2/catch.hpp>

#include "tm/segment/sentence_splitter.hpp"

using namespace korpu;

namespace {
std::vector<std::string> split(const std::string& text, const char* lang) {
    return split_sentences(text, Language::parse(lang));
}
}  // namespace

TEST_CASE("sentences end at . ! ? before a capital", "[segment]") {
    CHECK(split("The first one. The second one! A third? Yes.", "en") ==
          std::vector<std::string>{"The first one.", "The second one!", "A third?", "Yes."});
}

TEST_CASE("a closing quote stays with its sentence", "[segment]") {
    CHECK(split("He said: \"We will come.\" Then he left.", "en") ==
          std::vector<std::string>{"He said: \"We will come.\"", "Then he left."});
    CHECK(split("Он сказал: «Мы придём». Потом ушёл.", "ru") ==
          std::vector<std::string>{"Он сказал: «Мы придём».", "Потом ушёл."});
}

TEST_CASE("initials do not end a sentence", "[segment]") {
    CHECK(split("Director S. Naryshkin visited Baku.", "en").size() == 1);
    CHECK(split("Директор СВР С. Нарышкин посетил Баку. Он встретился с министром.", "ru").size() == 2);
    CHECK(split("Sədr R. Namazov təyin edilib.", "az").size() == 1);
}

TEST_CASE("a lowercase continuation does not start a sentence", "[segment]") {
    CHECK(split("It costs 2.5 million. e.g. this stays.", "en").size() == 1);
}
