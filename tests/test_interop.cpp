// Körpü's files read by third-party tools from Debian. Each test skips with a message when its tool is
// missing; CI installs them (scripts/debian-packages.txt, group [test]).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <sstream>

#include "support/test_support.hpp"
#include "tm/align/document_aligner.hpp"
#include "tm/export/tmx_export.hpp"
#include "tm/import/load_document.hpp"
#include "tm/store/aligned_document.hpp"
#include "tm/store/pair_import.hpp"
#include "tm/store/workspace.hpp"

using namespace korpu;
using korpu::test::ScratchDir;

namespace {

bool translate_toolkit_available() {
    return std::system("/usr/bin/python3 -c 'import translate.storage.tmx' >/dev/null 2>&1") == 0;
}

std::int64_t align_sample_into(Workspace& workspace, const std::string& pair, const std::string& stem,
                               const std::string& source_language) {
    const auto folder = korpu::test::source_dir() / "samples" / pair;
    const auto sl = Language::parse(source_language);
    const auto tl = Language::parse("en");
    const auto source = load_document(folder / (stem + "." + source_language + ".txt"), sl, InputLayout::RunningText);
    const auto target = load_document(folder / (stem + ".en.txt"), tl, InputLayout::RunningText);
    return store_aligned_pair(workspace, {stem, sl, {}, "text", {}}, source, {stem, tl, {}, "text", {}}, target,
                              align_documents(source, target, sl, tl), "length")
        .alignment;
}

}  // namespace

TEST_CASE("translate-toolkit reads the TMX of the aligned samples unit for unit", "[interop][tmx]") {
    if (!translate_toolkit_available()) {
        WARN("skipped: /usr/bin/python3 with translate-toolkit (Debian package python3-translate) is missing");
        return;
    }
    ScratchDir dir;
    auto workspace = Workspace::create(dir / "samples.korpu");
    const std::vector<std::int64_t> alignments{
        align_sample_into(workspace, "az-en", "milli-meclis-komissiya", "az"),
        align_sample_into(workspace, "ru-en", "vstrecha-v-baku", "ru")};
    std::vector<std::string> expected;
    for (const auto id : alignments) {
        const auto aligned = load_aligned_document(workspace, id);
        for (std::size_t b = 0; b < aligned.beads.size(); ++b) {
            if (aligned.beads[b].source_count > 0 && aligned.beads[b].target_count > 0) {
                expected.push_back(aligned.source_info.language.tag() + "\t" + aligned.source_text(b) + "\t" +
                                   aligned.target_info.language.tag() + "\t" + aligned.target_text(b));
            }
        }
    }
    const auto tmx = dir / "samples.tmx";
    REQUIRE(export_alignments_to_tmx(workspace, tmx).units == expected.size());

    const auto listing = dir / "units.tsv";
    const std::string command = "/usr/bin/python3 '" + (korpu::test::source_dir() / "tests/interop/tmx_units.py").string() +
                                "' '" + tmx.string() + "' > '" + listing.string() + "'";
    REQUIRE(std::system(command.c_str()) == 0);
    std::istringstream lines(korpu::test::read_file(listing));
    std::string line;
    std::size_t count = 0;
    while (std::getline(lines, line)) {
        REQUIRE(count < expected.size());
        INFO("unit " << count + 1);
        CHECK(line == expected[count]);
        ++count;
    }
    CHECK(count == expected.size());
}
