#pragma once
// A small az-Latn → en workspace for the export tests, with every kind of bead a clean export has to
// judge (1-1, 1-2, 1-0, 0-1, a duplicate, inline tags, a decomposed letter, a suspect length ratio), and
// helpers to run the third-party tools the interoperability tests read our files with.
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#ifndef _WIN32
#include <sys/wait.h>
#endif

#include "support/test_support.hpp"
#include "tm/align/bead.hpp"
#include "tm/core/document.hpp"
#include "tm/export/bead_stream.hpp"
#include "tm/store/pair_import.hpp"
#include "tm/store/workspace.hpp"

namespace korpu::test {

// "Köhnə" with ö decomposed (o + U+0308 COMBINING DIAERESIS): NFC makes it one code point.
inline const std::string kDecomposedTitle = "Ko\xCC\x88hn\xC9\x99 k\xC3\xB6rp\xC3\xBC";

inline SegmentedDocument export_source() {
    return {{{BlockKind::Heading, {kDecomposedTitle}},
             {BlockKind::Paragraph,
              {"Çayın üstündəki daş körpü iki yüz ildir.", "Onu kim tikib, heç kəs bilmir."}},
             {BlockKind::Paragraph, {"Yazda su qalxır.", "Uşaqlar baxırlar.", "Qocalar <b>danışır</b>."}},
             {BlockKind::Paragraph, {"Salam.", "Salam."}}}};
}

inline SegmentedDocument export_target() {
    return {{{BlockKind::Heading, {"The old bridge"}},
             {BlockKind::Paragraph, {"The stone bridge is two hundred years old.", "It still stands."}},
             {BlockKind::Paragraph,
              {"In spring the water rises.",
               "Children watch the waves from the bridge every single morning before school.",
               "Extra sentence only in English.", "The old people  <b>talk</b>, \"quietly\"."}},
             {BlockKind::Paragraph, {"Hello.", "Hello."}}}};
}

// b0 1-1 confirmed heading; b1 1-2; b2 1-0; b3 1-1 review; b4 1-1 with a 4.5 length ratio; b5 0-1;
// b6 1-1 with tags; b7, b8 the same pair twice.
inline std::vector<Bead> export_beads() {
    std::vector<Bead> beads{{0, 1, 0, 1}, {1, 1, 1, 2}, {2, 1, 3, 0}, {3, 1, 3, 1}, {4, 1, 4, 1},
                            {5, 0, 5, 1}, {5, 1, 6, 1}, {6, 1, 7, 1}, {7, 1, 8, 1}};
    beads[0].status = BeadStatus::Confirmed;
    beads[3].status = BeadStatus::NeedsReview;
    return beads;
}

inline Workspace make_export_workspace(const std::filesystem::path& file) {
    auto workspace = Workspace::create(file);
    store_aligned_pair(workspace, {"kohne-korpu.txt", Language::parse("az"), std::nullopt, "text", "UTF-8"},
                       export_source(),
                       {"old-bridge.txt", Language::parse("en"), std::nullopt, "text", "UTF-8"},
                       export_target(), export_beads(), "test");
    return workspace;
}

// Every bead of the workspace, as exporters see it.
inline std::vector<ExportBead> all_beads(Workspace& workspace) {
    BeadStream stream(workspace, {});
    std::vector<ExportBead> beads;
    ExportBead bead;
    while (stream.next(bead))
        beads.push_back(bead);
    return beads;
}

inline std::string shell_quoted(const std::filesystem::path& path) {
    return "'" + path.string() + "'";
}

// Runs a shell command; returns its exit status and standard output.
inline CommandResult run_shell(const std::string& command) {
    const ScratchDir capture;
    const auto out = capture / "out";
    const int status = std::system((command + " >" + shell_quoted(out) + " 2>&1 </dev/null").c_str());
    CommandResult result;
#ifdef _WIN32
    result.exit_code = status;
#else
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
#endif
    result.out = read_file(out);
    return result;
}

inline bool have_program(const std::string& program) {
    return run_shell("command -v " + program).exit_code == 0;
}

inline bool have_python_module(const std::string& module) {
    return have_program("/usr/bin/python3") &&
           run_shell("/usr/bin/python3 -c 'import " + module + "'").exit_code == 0;
}

}  // namespace korpu::test

// Skips the current test with a message when a program the test reads our output with is missing.
#define KORPU_REQUIRE_PROGRAM(program, package)                               \
    if (!::korpu::test::have_program(program)) {                              \
        WARN("skipped: " program " is missing (Debian package " package ")"); \
        return;                                                               \
    }
