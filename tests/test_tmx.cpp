#include <catch2/catch.hpp>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <map>
#include <sstream>

#include "support/test_support.hpp"
#include "tm/core/error.hpp"
#include "tm/export/tmx_export.hpp"
#include "tm/store/pair_import.hpp"
#include "tm/store/workspace.hpp"
#include "tm/tmx/tmx_writer.hpp"

using namespace korpu;
using korpu::test::ScratchDir;

namespace {

struct ParsedTu {
    std::vector<std::pair<std::string, std::string>> variants;  // xml:lang, seg text
};

struct ParsedTmx {
    std::map<std::string, std::string> header;
    std::vector<ParsedTu> units;
};

std::string attribute(xmlNode* node, const char* name, const xmlChar* ns = nullptr) {
    xmlChar* value = ns ? xmlGetNsProp(node, reinterpret_cast<const xmlChar*>(name), ns)
                        : xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    std::string text = value ? reinterpret_cast<const char*>(value) : "";
    xmlFree(value);
    return text;
}

bool named(xmlNode* node, const char* name) {
    return node->type == XML_ELEMENT_NODE && xmlStrcmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

// Parses TMX with libxml2's tree API: an independent reader of what the streaming writer wrote.
ParsedTmx parse_tmx(const std::string& xml) {
    xmlDoc* doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "out.tmx", nullptr, XML_PARSE_NONET);
    REQUIRE(doc != nullptr);
    ParsedTmx parsed;
    xmlNode* root = xmlDocGetRootElement(doc);
    REQUIRE(named(root, "tmx"));
    for (xmlNode* child = root->children; child; child = child->next) {
        if (named(child, "header")) {
            for (xmlAttr* a = child->properties; a; a = a->next) {
                parsed.header[reinterpret_cast<const char*>(a->name)] = attribute(child, reinterpret_cast<const char*>(a->name));
            }
        }
        if (!named(child, "body")) continue;
        for (xmlNode* tu = child->children; tu; tu = tu->next) {
            if (!named(tu, "tu")) continue;
            ParsedTu unit;
            for (xmlNode* tuv = tu->children; tuv; tuv = tuv->next) {
                if (!named(tuv, "tuv")) continue;
                std::string seg;
                for (xmlNode* s = tuv->children; s; s = s->next) {
                    if (named(s, "seg")) {
                        xmlChar* content = xmlNodeGetContent(s);
                        seg = reinterpret_cast<const char*>(content);
                        xmlFree(content);
                    }
                }
                unit.variants.emplace_back(attribute(tuv, "lang", XML_XML_NAMESPACE), seg);
            }
            parsed.units.push_back(unit);
        }
    }
    xmlFreeDoc(doc);
    return parsed;
}

}  // namespace

TEST_CASE("the TMX writer escapes text and writes the full 1.4b header", "[tmx]") {
    std::ostringstream out;
    TmxHeader header;
    header.source_language = "ru";
    TmxWriter writer(out, header, "memory.tmx");
    writer.add({{{"ru", "Цена < 5 & \"скидка\""}, {"en", "Price < 5 & \"discount\""}}, "20261124T101500Z"});
    writer.finish();
    const auto parsed = parse_tmx(out.str());
    for (const char* field : {"creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang",
                              "datatype"}) {
        INFO(field);
        CHECK_FALSE(parsed.header.at(field).empty());
    }
    CHECK(parsed.header.at("srclang") == "ru");
    REQUIRE(parsed.units.size() == 1);
    CHECK(parsed.units[0].variants[0] == std::make_pair(std::string("ru"), std::string("Цена < 5 & \"скидка\"")));
    CHECK(parsed.units[0].variants[1].first == "en");
}

TEST_CASE("exporting a workspace writes one unit per two-sided bead", "[tmx]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "w.korpu");
    SegmentedDocument az;
    az.paragraphs.push_back({BlockKind::Paragraph, {"Bir.", "İki.", "Üç."}});
    SegmentedDocument en;
    en.paragraphs.push_back({BlockKind::Paragraph, {"One.", "Two and three."}});
    store_aligned_pair(ws, {"az", Language::parse("az"), {}, "text", {}}, az, {"en", Language::parse("en"), {}, "text", {}},
                       en, {{0, 1, 0, 1, 1, BeadStatus::Automatic}, {1, 2, 1, 1, 1, BeadStatus::Automatic}}, "test");
    const auto output = dir / "out.tmx";
    const auto summary = export_alignments_to_tmx(ws, output);
    CHECK(summary.units == 2);
    const auto parsed = parse_tmx(korpu::test::read_file(output));
    REQUIRE(parsed.units.size() == 2);
    CHECK(parsed.header.at("srclang") == "az-Latn");
    CHECK(parsed.units[1].variants[0].second == "İki. Üç.");
    CHECK(parsed.units[1].variants[1] == std::make_pair(std::string("en"), std::string("Two and three.")));
}

TEST_CASE("a failed export leaves no file behind", "[tmx]") {
    ScratchDir dir;
    auto ws = Workspace::create(dir / "w.korpu");
    CHECK_THROWS_AS(export_alignments_to_tmx(ws, dir / "no-such-folder" / "out.tmx"), OutputError);
    CHECK_FALSE(std::filesystem::exists(dir / "no-such-folder"));
    const auto output = dir / "out.tmx";
    export_alignments_to_tmx(ws, output);
    for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
        CHECK(entry.path().filename().string().find("korpu-tmp") == std::string::npos);
    }
}
