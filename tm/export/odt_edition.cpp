#include <sstream>

#include "tm/core/language.hpp"
#include "tm/core/version.hpp"
#include "tm/export/detail/xml_writer.hpp"
#include "tm/export/detail/zip_archive.hpp"
#include "tm/export/edition_writers.hpp"

namespace korpu {
namespace {

// OpenDocument 1.3 (OASIS), the version LibreOffice 7 writes.
constexpr const char* kOdfVersion = "1.3";
constexpr const char* kMimeType = "application/vnd.oasis.opendocument.text";

void paragraph_style(detail::XmlWriter& xml, const char* name, const std::string& language, bool bold,
                     const char* size, const char* align) {
    xml.start("style:style").attribute("style:name", name).attribute("style:family", "paragraph");
    xml.start("style:paragraph-properties").attribute("fo:margin-bottom", "0.18cm");
    if (align)
        xml.attribute("fo:text-align", align);
    xml.end();
    xml.start("style:text-properties")
        .attribute("style:font-name", "DejaVu Serif")
        .attribute("fo:font-family", "'DejaVu Serif'")
        .attribute("fo:font-size", size);
    if (bold)
        xml.attribute("fo:font-weight", "bold");
    if (!language.empty())
        xml.attribute("fo:language", Language::parse(language).primary()).attribute("fo:country", "none");
    xml.end().end();
}

void cell(detail::XmlWriter& xml, const std::vector<std::string>& texts, const char* style) {
    xml.start("table:table-cell")
        .attribute("table:style-name", "Cell")
        .attribute("office:value-type", "string");
    if (texts.empty())
        xml.start("text:p").attribute("text:style-name", style).end();
    for (const auto& text : texts)
        xml.start("text:p").attribute("text:style-name", style).text(text).end();
    xml.end();
}

std::string content_xml(const BilingualEdition& edition) {
    std::ostringstream out;
    {
        detail::XmlWriter xml(out, "content.xml", false);
        xml.start("office:document-content")
            .attribute("xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0")
            .attribute("xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0")
            .attribute("xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0")
            .attribute("xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0")
            .attribute("xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0")
            .attribute("xmlns:svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0")
            .attribute("office:version", kOdfVersion);
        xml.start("office:font-face-decls")
            .start("style:font-face")
            .attribute("style:name", "DejaVu Serif")
            .attribute("svg:font-family", "'DejaVu Serif'")
            .end()
            .end();
        xml.start("office:automatic-styles");
        xml.start("style:style").attribute("style:name", "Parallel").attribute("style:family", "table");
        xml.start("style:table-properties")
            .attribute("style:width", "17cm")
            .attribute("table:align", "margins")
            .end();
        xml.end();
        xml.start("style:style").attribute("style:name", "Column").attribute("style:family", "table-column");
        xml.start("style:table-column-properties").attribute("style:column-width", "8.5cm").end();
        xml.end();
        xml.start("style:style").attribute("style:name", "Cell").attribute("style:family", "table-cell");
        xml.start("style:table-cell-properties")
            .attribute("fo:padding", "0.12cm")
            .attribute("fo:border-bottom", "0.5pt solid #c0c0c0")
            .end();
        xml.end();
        paragraph_style(xml, "Title", "", true, "18pt", "center");
        paragraph_style(xml, "Credits", "", false, "11pt", "center");
        paragraph_style(xml, "Source", edition.source_language, false, "10.5pt", nullptr);
        paragraph_style(xml, "Target", edition.target_language, false, "10.5pt", nullptr);
        paragraph_style(xml, "SourceHeading", edition.source_language, true, "12pt", nullptr);
        paragraph_style(xml, "TargetHeading", edition.target_language, true, "12pt", nullptr);
        xml.end();
        xml.start("office:body").start("office:text");
        xml.start("text:p").attribute("text:style-name", "Title").text(edition.title).end();
        xml.start("text:p").attribute("text:style-name", "Credits").text(edition.credits()).end();
        xml.start("table:table")
            .attribute("table:name", "Parallel")
            .attribute("table:style-name", "Parallel");
        xml.start("table:table-column")
            .attribute("table:style-name", "Column")
            .attribute("table:number-columns-repeated", "2")
            .end();
        for (const auto& row : edition.rows) {
            const bool heading = row.kind == BlockKind::Heading;
            xml.start("table:table-row");
            cell(xml, row.source, heading ? "SourceHeading" : "Source");
            cell(xml, row.target, heading ? "TargetHeading" : "Target");
            xml.end();
        }
        xml.end().end().end().end();
        xml.finish();
    }
    return out.str();
}

std::string meta_xml(const BilingualEdition& edition) {
    std::ostringstream out;
    detail::XmlWriter xml(out, "meta.xml", false);
    xml.start("office:document-meta")
        .attribute("xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0")
        .attribute("xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0")
        .attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/")
        .attribute("office:version", kOdfVersion);
    xml.start("office:meta");
    xml.element("meta:generator", std::string(kProgramName) + "/" + kProgramVersion);
    xml.element("dc:title", edition.title);
    xml.element("dc:description", edition.credits());
    if (!edition.translator.empty())
        xml.element("dc:creator", edition.translator);
    xml.end().end();
    xml.finish();
    return out.str();
}

std::string manifest_xml() {
    std::ostringstream out;
    detail::XmlWriter xml(out, "manifest.xml", false);
    xml.start("manifest:manifest")
        .attribute("xmlns:manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0")
        .attribute("manifest:version", kOdfVersion);
    const auto entry = [&xml](const char* path, const char* type) {
        xml.start("manifest:file-entry")
            .attribute("manifest:full-path", path)
            .attribute("manifest:media-type", type)
            .end();
    };
    entry("/", kMimeType);
    entry("content.xml", "text/xml");
    entry("meta.xml", "text/xml");
    xml.end();
    xml.finish();
    return out.str();
}

}  // namespace

void write_odt_edition(const BilingualEdition& edition, const std::filesystem::path& output) {
    detail::ZipArchive zip(output);
    zip.add("mimetype", kMimeType, false);
    zip.add("content.xml", content_xml(edition));
    zip.add("meta.xml", meta_xml(edition));
    zip.add("META-INF/manifest.xml", manifest_xml());
    zip.commit();
}

}  // namespace korpu
