#include "tm/core/version.hpp"
#include "tm/export/detail/xliff_writers.hpp"
#include "tm/export/detail/xml_writer.hpp"
#include "tm/export/xliff_export.hpp"
#include "tm/export/xliff_state.hpp"

namespace korpu::detail {

std::size_t write_xliff12(std::ostream& out, const std::filesystem::path& file, const XliffFileInfo& info,
                          BeadStream& beads, const ExportProgress& progress) {
    XmlWriter xml(out, file, true);
    xml.start("xliff")
        .attribute("xmlns", "urn:oasis:names:tc:xliff:document:1.2")
        .attribute("version", "1.2");
    xml.start("file")
        .attribute("original", info.original)
        .attribute("source-language", info.source_language)
        .attribute("target-language", info.target_language)
        .attribute("datatype", "plaintext")
        .attribute("tool-id", "korpu")
        .attribute("product-name", kProgramName)
        .attribute("product-version", kProgramVersion);
    xml.start("header")
        .start("tool")
        .attribute("tool-id", "korpu")
        .attribute("tool-name", kProgramName)
        .attribute("tool-version", kProgramVersion)
        .end()
        .end();
    xml.start("body");
    ExportBead bead;
    std::size_t units = 0;
    while (beads.next(bead)) {
        xml.start("trans-unit").attribute("id", xliff_unit_id(bead.alignment_id, bead.ordinal));
        if (bead.status == BeadStatus::Confirmed)
            xml.attribute("approved", "yes");
        xml.attribute("xml:space", "preserve");  // readers must keep double spaces and line breaks
        xml.element("source", bead.source);
        xml.start("target").attribute("state", xliff12_state(bead.status)).text(bead.target).end();
        if (!bead.note.empty())
            xml.element("note", bead.note);
        xml.end();
        ++units;
        if (progress && units % kProgressInterval == 0)
            progress(units, beads.total());
    }
    xml.end().end().end();
    xml.finish();
    return units;
}

}  // namespace korpu::detail
