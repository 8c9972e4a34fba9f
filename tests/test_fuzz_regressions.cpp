// Replays the fuzz targets' seed corpora and every input a fuzzer ever found (tests/fuzz/regressions/):
// each must be answered without a crash and with nothing thrown but korpu::Error. Under the sanitizer
// build (KORPU_SANITIZE) this also catches the memory errors the finding was about.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

#include "support/test_support.hpp"
#include "tests/fuzz/harness.hpp"

namespace {

std::vector<std::filesystem::path> inputs_of(const std::string& folder, const std::string& target) {
    std::vector<std::filesystem::path> files;
    const auto dir = korpu::test::source_dir() / "tests" / "fuzz" / folder / target;
    if (!std::filesystem::is_directory(dir)) return files;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.is_regular_file()) files.push_back(entry.path());
    }
    return files;
}

}  // namespace

TEST_CASE("every fuzz target has a seed corpus the team wrote", "[fuzz]") {
    std::set<std::string> names;
    for (const auto& target : korpu::fuzz::targets()) {
        INFO(target.name);
        CHECK(names.insert(target.name).second);
        CHECK(inputs_of("corpus", target.name).size() >= 2);
    }
}

TEST_CASE("fuzz seeds and regressions are answered without a crash", "[fuzz]") {
    for (const auto& target : korpu::fuzz::targets()) {
        for (const char* folder : {"corpus", "regressions"}) {
            for (const auto& file : inputs_of(folder, target.name)) {
                INFO(target.name << ": " << file.string());
                const std::string data = korpu::test::read_file(file);
                REQUIRE_NOTHROW(target.run(data));
            }
        }
    }
}

TEST_CASE("a harness lets through only korpu::Error", "[fuzz]") {
    const auto find = [](const std::string& name) {
        for (const auto& target : korpu::fuzz::targets()) {
            if (name == target.name) return target.run;
        }
        FAIL("no fuzz target " << name);
        return korpu::fuzz::Harness{};
    };
    // Invalid UTF-8 and broken XML are rejected with korpu::Error, which the harness swallows.
    CHECK_NOTHROW(find("text_decoding")("abc\xff\xfe"));
    CHECK_NOTHROW(find("xliff_import")("<xliff version=\"2.0\"><file"));
    CHECK_NOTHROW(find("srx_loading")("<srx><body><languagerules><languagerule><rule><beforebreak>(</beforebreak>"));
}
