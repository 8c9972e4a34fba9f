#include <sstream>

#include "tm/core/version.hpp"
#include "tm/export/detail/xml_writer.hpp"
#include "tm/export/detail/zip_archive.hpp"
#include "tm/export/edition_writers.hpp"

namespace korpu {
namespace {

// ECMA-376 (Office Open XML) WordprocessingML. Lengths in twentieths of a point; A4 is 11906 x 16838,
// 2 cm margins are 1134, leaving 9638 for the two columns.
constexpr const char* kMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kPageWidth = "11906";
constexpr const char* kPageHeight = "16838";
constexpr const char* kMargin = "1134";
constexpr const char* kColumnWidth = "4819";

void run(detail::XmlWriter& xml, const std::string& text, const std::string& language, bool bold,
         const char* size) {
    xml.start("w:r").start("w:rPr");
    xml.start("w:rFonts")
        .attribute("w:ascii", "DejaVu Serif")
        .attribute("w:hAnsi", "DejaVu Serif")
        .attribute("w:cs", "DejaVu Serif")
        .end();
    if (bold)
        xml.start("w:b").end();
    xml.start("w:sz").attribute("w:val", size).end();
    if (!language.empty())
        xml.start("w:lang").attribute("w:val", language).end();
    xml.end();
    xml.start("w:t").attribute("xml:space", "preserve").text(text).end();
    xml.end();
}

void paragraph(detail::XmlWriter& xml, const std::string& text, const std::string& language, bool bold,
               const char* size, bool centred) {
    xml.start("w:p").start("w:pPr");
    xml.start("w:spacing").attribute("w:after", "100").end();
    if (centred)
        xml.start("w:jc").attribute("w:val", "center").end();
    xml.end();
    run(xml, text, language, bold, size);
    xml.end();
}

void cell(detail::XmlWriter& xml, const std::vector<std::string>& texts, const std::string& language,
          bool heading) {
    xml.start("w:tc")
        .start("w:tcPr")
        .start("w:tcW")
        .attribute("w:w", kColumnWidth)
        .attribute("w:type", "dxa")
        .end()
        .end();
    if (texts.empty())
        xml.start("w:p").end();  // a cell must hold a paragraph
    for (const auto& text : texts)
        paragraph(xml, text, language, heading, heading ? "24" : "21", false);
    xml.end();
}

std::string document_xml(const BilingualEdition& edition) {
    std::ostringstream out;
    detail::XmlWriter xml(out, "document.xml", false);
    xml.start("w:document").attribute("xmlns:w", kMain).start("w:body");
    paragraph(xml, edition.title, "", true, "36", true);
    paragraph(xml, edition.credits(), "", false, "22", true);
    xml.start("w:tbl").start("w:tblPr");
    xml.start("w:tblW").attribute("w:w", "5000").attribute("w:type", "pct").end();
    xml.start("w:tblLayout").attribute("w:type", "fixed").end();
    xml.start("w:tblBorders");
    xml.start("w:insideH")
        .attribute("w:val", "single")
        .attribute("w:sz", "4")
        .attribute("w:color", "C0C0C0")
        .end();
    xml.start("w:insideV")
        .attribute("w:val", "single")
        .attribute("w:sz", "4")
        .attribute("w:color", "C0C0C0")
        .end();
    xml.end();
    xml.start("w:tblCellMar");
    xml.start("w:left").attribute("w:w", "113").attribute("w:type", "dxa").end();
    xml.start("w:right").attribute("w:w", "113").attribute("w:type", "dxa").end();
    xml.end();
    xml.end();
    xml.start("w:tblGrid");
    xml.start("w:gridCol").attribute("w:w", kColumnWidth).end();
    xml.start("w:gridCol").attribute("w:w", kColumnWidth).end();
    xml.end();
    for (const auto& row : edition.rows) {
        const bool heading = row.kind == BlockKind::Heading;
        xml.start("w:tr");
        cell(xml, row.source, edition.source_language, heading);
        cell(xml, row.target, edition.target_language, heading);
        xml.end();
    }
    xml.end();
    xml.start("w:p").end();  // Word requires a paragraph between a table and the section properties
    xml.start("w:sectPr");
    xml.start("w:pgSz").attribute("w:w", kPageWidth).attribute("w:h", kPageHeight).end();
    xml.start("w:pgMar")
        .attribute("w:top", kMargin)
        .attribute("w:right", kMargin)
        .attribute("w:bottom", kMargin)
        .attribute("w:left", kMargin)
        .attribute("w:header", "708")
        .attribute("w:footer", "708")
        .attribute("w:gutter", "0")
        .end();
    xml.end();
    xml.end().end();
    xml.finish();
    return out.str();
}

std::string core_xml(const BilingualEdition& edition) {
    std::ostringstream out;
    detail::XmlWriter xml(out, "core.xml", false);
    xml.start("cp:coreProperties")
        .attribute("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties")
        .attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/");
    xml.element("dc:title", edition.title);
    xml.element("dc:description", edition.credits());
    if (!edition.translator.empty())
        xml.element("dc:creator", edition.translator);
    xml.end();
    xml.finish();
    return out.str();
}

std::string content_types_xml() {
    std::ostringstream out;
    detail::XmlWriter xml(out, "[Content_Types].xml", false);
    xml.start("Types").attribute("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
    xml.start("Default")
        .attribute("Extension", "rels")
        .attribute("ContentType", "application/vnd.openxmlformats-package.relationships+xml")
        .end();
    xml.start("Default").attribute("Extension", "xml").attribute("ContentType", "application/xml").end();
    xml.start("Override")
        .attribute("PartName", "/word/document.xml")
        .attribute("ContentType",
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
        .end();
    xml.start("Override")
        .attribute("PartName", "/docProps/core.xml")
        .attribute("ContentType", "application/vnd.openxmlformats-package.core-properties+xml")
        .end();
    xml.end();
    xml.finish();
    return out.str();
}

std::string relationships_xml() {
    std::ostringstream out;
    detail::XmlWriter xml(out, ".rels", false);
    xml.start("Relationships")
        .attribute("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships");
    xml.start("Relationship")
        .attribute("Id", "rId1")
        .attribute("Type",
                   "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument")
        .attribute("Target", "word/document.xml")
        .end();
    xml.start("Relationship")
        .attribute("Id", "rId2")
        .attribute("Type",
                   "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties")
        .attribute("Target", "docProps/core.xml")
        .end();
    xml.end();
    xml.finish();
    return out.str();
}

}  // namespace

void write_docx_edition(const BilingualEdition& edition, const std::filesystem::path& output) {
    detail::ZipArchive zip(output);
    zip.add("[Content_Types].xml", content_types_xml());
    zip.add("_rels/.rels", relationships_xml());
    zip.add("word/document.xml", document_xml(edition));
    zip.add("docProps/core.xml", core_xml(edition));
    zip.commit();
}

}  // namespace korpu
