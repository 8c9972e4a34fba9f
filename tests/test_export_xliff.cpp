// XLIFF 2.0 and 1.2: export, reading by third-party tools, round trip through an outside edit, and the
// rejection of files that do not match the workspace.
#include <catch2/catch.hpp>

#include <sstream>

#include "support/export_fixture.hpp"
#include "tm/core/error.hpp"
#include "tm/export/xliff_export.hpp"
#include "tm/export/xliff_import.hpp"
#include "tm/export/xliff_reader.hpp"
#include "tm/store/alignment_store.hpp"
#include "tm/store/document_store.hpp"

using namespace korpu;
using namespace korpu::test;

namespace {

std::string describe(const ExportBead& bead) {
    return std::to_string(bead.ordinal) + " [" + bead.source + "] [" + bead.target + "] " +
           to_string(bead.status) + " note=[" + bead.note + "]";
}

std::vector<std::string> describe_all(Workspace& workspace) {
    std::vector<std::string> lines;
    for (const auto& bead : all_beads(workspace))
        lines.push_back(describe(bead));
    return lines;
}

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("unit ids name the alignment and the bead", "[export][xliff]") {
    CHECK(xliff_unit_id(3, 17) == "a3-b17");
    REQUIRE(parse_xliff_unit_id("a3-b17"));
    CHECK(*parse_xliff_unit_id("a3-b17") == std::make_pair(std::int64_t{3}, std::size_t{17}));
    CHECK_FALSE(parse_xliff_unit_id("u17"));
    CHECK_FALSE(parse_xliff_unit_id("a-b1"));
    CHECK_FALSE(parse_xliff_unit_id("a1-b"));
    CHECK_FALSE(parse_xliff_unit_id("a1-b2x"));
}

TEST_CASE("XLIFF 2.0 and 1.2 exports hold every bead with its state and note", "[export][xliff]") {
    ScratchDir dir;
    auto workspace = make_export_workspace(dir / "ws.korpu");
    for (const auto version : {XliffVersion::V2_0, XliffVersion::V1_2}) {
        const auto file = dir / (version == XliffVersion::V2_0 ? "out.xlf" : "out12.xlf");
        CHECK(export_xliff(workspace, version, file, {}) == 9);
        const auto xliff = read_xliff(file);
        CHECK(xliff.version == version);
        CHECK(xliff.source_language == "az-Latn");
        CHECK(xliff.target_language == "en");
        REQUIRE(xliff.units.size() == 9);
        const auto beads = all_beads(workspace);
        for (std::size_t i = 0; i < beads.size(); ++i) {
            CHECK(xliff.units[i].id == xliff_unit_id(1, i));
            CHECK(xliff.units[i].source == beads[i].source);
            CHECK(xliff.units[i].target == beads[i].target);
        }
        if (version == XliffVersion::V2_0) {
            CHECK(xliff.units[0].state == "final");
            CHECK(xliff.units[3].state == "translated");
            CHECK(xliff.units[3].sub_state == "korpu:review");
        } else {
            CHECK(xliff.units[0].approved == "yes");
            CHECK(xliff.units[0].state == "signed-off");
            CHECK(xliff.units[3].state == "needs-review-translation");
        }
    }
}

TEST_CASE("XLIFF 1.2 is read unit for unit by translate-toolkit's xliff and poxliff readers",
          "[export][xliff][interop]") {
    if (!have_python_module("translate.storage.xliff")) {
        WARN("skipped: translate-toolkit is missing (Debian package python3-translate)");
        return;
    }
    ScratchDir dir;
    auto workspace = make_export_workspace(dir / "ws.korpu");
    export_xliff(workspace, XliffVersion::V1_2, dir / "out.xlf", {});
    for (const char* reader : {"xliff.xlifffile", "poxliff.PoXliffFile"}) {
        const auto read =
            run_shell(std::string("/usr/bin/python3 -c 'import sys\nfrom translate.storage import xliff, "
                                  "poxliff\nstore = ") +
                      reader +
                      ".parsefile(sys.argv[1])\nprint(store.sourcelanguage, store.targetlanguage)\n"
                      "for u in store.units: print(u.getid().split(\"\\x04\")[-1], u.isapproved(), "
                      "u.source + \"|\" + (u.target or \"\"))' " +
                      shell_quoted(dir / "out.xlf"));
        INFO(reader << ": " << read.out);
        REQUIRE(read.exit_code == 0);
        std::string expected = "az-Latn en\n";
        for (const auto& bead : all_beads(workspace)) {
            expected += "kohne-korpu.txt" + std::string("\x04") + xliff_unit_id(1, bead.ordinal);
            expected += bead.status == BeadStatus::Confirmed ? " True " : " False ";
            expected += bead.source + "|" + bead.target + "\n";
        }
        // translate-toolkit prefixes ids with the file name and ID_SEPARATOR ("\x04"); split keeps the last
        // part.
        std::string without_prefix;
        std::istringstream lines(expected);
        for (std::string line; std::getline(lines, line);) {
            const auto separator = line.find('\x04');
            without_prefix += (separator == std::string::npos ? line : line.substr(separator + 1)) + "\n";
        }
        CHECK(read.out == without_prefix);
    }
}

TEST_CASE("XLIFF 2.0 is read unit for unit by Python's ElementTree", "[export][xliff][interop]") {
    // translate-toolkit 3.8 (Debian 12) reads XLIFF 1.2 only, so XLIFF 2.0 is checked with the standard
    // library's XML parser, which is independent of libxml2.
    KORPU_REQUIRE_PROGRAM("/usr/bin/python3", "python3-minimal");
    ScratchDir dir;
    auto workspace = make_export_workspace(dir / "ws.korpu");
    export_xliff(workspace, XliffVersion::V2_0, dir / "out.xlf", {});
    const auto read = run_shell(
        "/usr/bin/python3 -c 'import sys, xml.etree.ElementTree as ET\nns = {\"x\": "
        "\"urn:oasis:names:tc:xliff:document:2.0\"}\nroot = ET.parse(sys.argv[1]).getroot()\n"
        "print(root.get(\"version\"), root.get(\"srcLang\"), root.get(\"trgLang\"))\n"
        "for u in root.iterfind(\"x:file/x:unit\", ns):\n s = u.find(\"x:segment\", ns)\n"
        " print(u.get(\"id\"), s.get(\"state\"), (s.find(\"x:source\", ns).text or \"\") + \"|\" + "
        "(s.find(\"x:target\", ns).text or \"\"))' " +
        shell_quoted(dir / "out.xlf"));
    REQUIRE(read.exit_code == 0);
    std::string expected = "2.0 az-Latn en\n";
    for (const auto& bead : all_beads(workspace)) {
        expected += xliff_unit_id(1, bead.ordinal) +
                    (bead.status == BeadStatus::Confirmed ? " final " : " translated ") + bead.source + "|" +
                    bead.target + "\n";
    }
    CHECK(read.out == expected);
}

TEST_CASE("XLIFF 1.2 round trip through translate-toolkit: the workspace holds exactly the changes",
          "[export][xliff][interop]") {
    if (!have_python_module("translate.storage.xliff")) {
        WARN("skipped: translate-toolkit is missing (Debian package python3-translate)");
        return;
    }
    ScratchDir dir;
    auto workspace = make_export_workspace(dir / "ws.korpu");
    auto expected = describe_all(workspace);
    export_xliff(workspace, XliffVersion::V1_2, dir / "out.xlf", {});
    const auto edit = run_shell(
        "/usr/bin/python3 -c 'import sys\nfrom translate.storage import xliff\n"
        "store = xliff.xlifffile.parsefile(sys.argv[1])\nunits = {u.getid().split(\"\\x04\")[-1]: u for u in "
        "store.units}\n"
        "units[\"a1-b3\"].target = \"In spring, the river rises.\"\n"
        "units[\"a1-b6\"].target = \"Old people talk quietly.\"\n"
        "units[\"a1-b4\"].markapproved(True)\n"
        "units[\"a1-b7\"].addnote(\"Check the greeting\", origin=\"translator\")\n"
        "store.savefile(sys.argv[2])' " +
        shell_quoted(dir / "out.xlf") + " " + shell_quoted(dir / "edited.xlf"));
    REQUIRE(edit.exit_code == 0);

    const auto summary = import_xliff(workspace, dir / "edited.xlf");
    CHECK(summary.units == 9);
    CHECK(summary.targets_changed == 2);
    CHECK(summary.statuses_changed == 2);
    CHECK(summary.notes_changed == 1);
    // translate-toolkit approves a unit whose target it sets (approved="yes"), so b3 comes back confirmed.
    expected[3] = "3 [Yazda su qalxır.] [In spring, the river rises.] confirmed note=[]";
    expected[4] =
        "4 [Uşaqlar baxırlar.] [Children watch the waves from the bridge every single morning before "
        "school.] confirmed note=[]";
    expected[6] = "6 [Qocalar <b>danışır</b>.] [Old people talk quietly.] automatic note=[]";
    expected[7] = "7 [Salam.] [Hello.] automatic note=[Check the greeting]";
    CHECK(describe_all(workspace) == expected);

    // Importing the same file again changes nothing.
    const auto again = import_xliff(workspace, dir / "edited.xlf");
    CHECK(again.targets_changed + again.statuses_changed + again.notes_changed == 0);
}

TEST_CASE("XLIFF 2.0 round trip: targets, states and notes edited by a script come back", "[export][xliff]") {
    ScratchDir dir;
    auto workspace = make_export_workspace(dir / "ws.korpu");
    auto expected = describe_all(workspace);
    export_xliff(workspace, XliffVersion::V2_0, dir / "out.xlf", {});
    auto xml = read_file(dir / "out.xlf");
    // b1 spans two target segments: two sentences go one into each.
    xml = replace_once(xml, "<target>The stone bridge is two hundred years old. It still stands.</target>",
                       "<target>The stone bridge is very old. It still stands proudly.</target>");
    xml = replace_once(xml, "<segment state=\"translated\">\n        <source>Uşaqlar",
                       "<segment state=\"reviewed\">\n        <source>Uşaqlar");
    xml = replace_once(xml, "<unit id=\"a1-b8\">",
                       "<unit id=\"a1-b8\">\n<notes><note>Repeated &amp; fine</note></notes>");
    xml = replace_once(xml, "state=\"final\"", "state=\"initial\"");
    write_file(dir / "edited.xlf", xml);

    const auto summary = import_xliff(workspace, dir / "edited.xlf");
    CHECK(summary.targets_changed == 1);
    CHECK(summary.statuses_changed == 2);
    CHECK(summary.notes_changed == 1);
    expected[0] = replace_once(expected[0], "confirmed", "review");
    expected[1] =
        "1 [Çayın üstündəki daş körpü iki yüz ildir.] [The stone bridge is very old. It still stands "
        "proudly.] "
        "automatic note=[]";
    expected[4] = replace_once(expected[4], "automatic", "confirmed");
    expected[8] = "8 [Salam.] [Hello.] automatic note=[Repeated & fine]";
    CHECK(describe_all(workspace) == expected);

    // The two sentences landed in the two segments of the target document.
    CHECK(DocumentStore(workspace).content(2).paragraphs[1].segments ==
          std::vector<std::string>{"The stone bridge is very old.", "It still stands proudly."});
}

TEST_CASE("an XLIFF file that does not match the document is rejected and nothing changes",
          "[export][xliff]") {
    ScratchDir dir;
    auto workspace = make_export_workspace(dir / "ws.korpu");
    const auto before = describe_all(workspace);
    export_xliff(workspace, XliffVersion::V2_0, dir / "out.xlf", {});
    const auto xml = read_file(dir / "out.xlf");
    // A valid change first, so that a partial import would show.
    const auto changed =
        replace_once(xml, "<target>The old bridge</target>", "<target>The ancient bridge</target>");

    const std::vector<std::pair<std::string, std::string>> broken{
        {"source changed", replace_once(changed, "<source>Salam.</source>", "<source>Sağ ol.</source>")},
        {"other alignment", replace_once(changed, "\"a1-b4\"", "\"a2-b4\"")},
        {"unknown bead", replace_once(changed, "\"a1-b4\"", "\"a1-b40\"")},
        {"repeated unit", replace_once(changed, "\"a1-b5\"", "\"a1-b4\"")},
        {"other language", replace_once(changed, "trgLang=\"en\"", "trgLang=\"ru\"")},
        {"unknown state", replace_once(changed, "state=\"final\"", "state=\"done\"")},
        {"not XLIFF", "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"/>\n"},
        {"malformed", replace_once(changed, "</unit>", "</unti>")},
        {"DTD with an entity",
         replace_once(changed, "<xliff ", "<!DOCTYPE xliff [<!ENTITY e \"x\">]>\n<xliff ")},
    };
    for (const auto& [name, text] : broken) {
        INFO(name);
        write_file(dir / "broken.xlf", text);
        try {
            import_xliff(workspace, dir / "broken.xlf");
            FAIL("the import was accepted");
        } catch (const InputError& error) {
            INFO(error.what());
            CHECK(error.file() == dir / "broken.xlf");
            CHECK(error.line() > 0);
        }
        CHECK(describe_all(workspace) == before);
    }
}

TEST_CASE("entity references are refused, not expanded", "[export][xliff]") {
    ScratchDir dir;
    auto workspace = make_export_workspace(dir / "ws.korpu");
    export_xliff(workspace, XliffVersion::V2_0, dir / "out.xlf", {});
    auto xml = read_file(dir / "out.xlf");
    xml = replace_once(
        xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE xliff [<!ENTITY big \"BIG\">]>\n");
    xml = replace_once(xml, "<target>The old bridge</target>", "<target>&big;</target>");
    write_file(dir / "entity.xlf", xml);
    CHECK_THROWS_AS(import_xliff(workspace, dir / "entity.xlf"), InputError);
    for (const auto& bead : all_beads(workspace))
        CHECK(bead.target.find("BIG") == std::string::npos);
}

TEST_CASE("a target for a sentence the translation left out becomes a new target segment",
          "[export][xliff]") {
    ScratchDir dir;
    auto workspace = make_export_workspace(dir / "ws.korpu");
    auto expected = describe_all(workspace);
    export_xliff(workspace, XliffVersion::V2_0, dir / "out.xlf", {});
    auto xml = read_file(dir / "out.xlf");
    xml = replace_once(xml, "bilmir.</source>\n        <target></target>",
                       "bilmir.</source><target>Who built it?</target>");
    xml =
        replace_once(xml, "<target>Hello.</target>", "<target>Hi.</target>");  // a later bead, shifted by one
    write_file(dir / "filled.xlf", xml);
    const auto summary = import_xliff(workspace, dir / "filled.xlf");
    CHECK(summary.targets_changed == 2);
    expected[2] = "2 [Onu kim tikib, heç kəs bilmir.] [Who built it?] automatic note=[]";
    expected[7] = "7 [Salam.] [Hi.] automatic note=[]";
    CHECK(describe_all(workspace) == expected);

    const auto beads = AlignmentStore(workspace).beads(1);
    CHECK(beads[2].target_begin == 3);
    CHECK(beads[2].target_count == 1);
    CHECK_NOTHROW(check_bead_chain(beads, 8, 10));
    // The new sentence joins the paragraph of the sentence before it.
    const auto content = DocumentStore(workspace).content(2);
    CHECK(content.paragraphs[1].segments ==
          std::vector<std::string>{"The stone bridge is two hundred years old.", "It still stands.",
                                   "Who built it?"});
}

TEST_CASE("a left-out sentence is refused when the translation belongs to another alignment too",
          "[export][xliff]") {
    ScratchDir dir;
    auto workspace = make_export_workspace(dir / "ws.korpu");
    const auto other = DocumentStore(workspace).add(
        {"other.txt", Language::parse("ru"), std::nullopt, "text", "UTF-8"}, export_target());
    std::vector<Bead> identity;
    for (std::size_t i = 0; i < 9; ++i)
        identity.push_back({i, 1, i, 1});
    AlignmentStore(workspace).add(2, other, identity, "test");
    const auto before = describe_all(workspace);
    BeadSelection first;
    first.alignment = 1;
    export_xliff(workspace, XliffVersion::V2_0, dir / "out.xlf", first);
    auto xml = read_file(dir / "out.xlf");
    xml = replace_once(xml, "bilmir.</source>\n        <target></target>",
                       "bilmir.</source><target>Who?</target>");
    write_file(dir / "filled.xlf", xml);
    CHECK_THROWS_AS(import_xliff(workspace, dir / "filled.xlf"), InputError);
    CHECK(describe_all(workspace) == before);
}

TEST_CASE("an XLIFF file of a bead range holds those units and imports on its own", "[export][xliff]") {
    ScratchDir dir;
    auto workspace = make_export_workspace(dir / "ws.korpu");
    auto expected = describe_all(workspace);
    BeadSelection range;
    range.alignment = 1;
    range.first_bead = 6;
    range.end_bead = 8;
    CHECK(export_xliff(workspace, XliffVersion::V1_2, dir / "part.xlf", range) == 2);
    const auto part = read_xliff(dir / "part.xlf");
    REQUIRE(part.units.size() == 2);
    CHECK(part.units[0].id == "a1-b6");
    CHECK(part.units[1].id == "a1-b7");
    write_file(dir / "part.xlf",
               replace_once(read_file(dir / "part.xlf"), ">Hello.</target>", ">Hi.</target>"));
    CHECK(import_xliff(workspace, dir / "part.xlf").targets_changed == 1);
    expected[7] = "7 [Salam.] [Hi.] automatic note=[]";
    CHECK(describe_all(workspace) == expected);
}

TEST_CASE("a new target with fewer sentences than the bead's segments goes into the first", "[export][xliff]") {
    ScratchDir dir;
    auto workspace = make_export_workspace(dir / "ws.korpu");
    export_xliff(workspace, XliffVersion::V2_0, dir / "out.xlf", {});
    write_file(dir / "one.xlf",
               replace_once(read_file(dir / "out.xlf"),
                            "<target>The stone bridge is two hundred years old. It still stands.</target>",
                            "<target>A very old bridge</target>"));
    CHECK(import_xliff(workspace, dir / "one.xlf").targets_changed == 1);
    CHECK(DocumentStore(workspace).content(2).paragraphs[1].segments ==
          std::vector<std::string>{"A very old bridge", ""});
    // The emptied segment is left out: no trailing space, and importing the same file again changes nothing.
    CHECK(all_beads(workspace)[1].target == "A very old bridge");
    CHECK(import_xliff(workspace, dir / "one.xlf").targets_changed == 0);
}
