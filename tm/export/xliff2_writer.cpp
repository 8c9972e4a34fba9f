#include "tm/export/detail/xliff_writers.hpp"
#include "tm/export/detail/xml_writer.hpp"
#include "tm/export/xliff_export.hpp"
#include "tm/export/xliff_state.hpp"

namespace korpu::detail {

std::size_t write_xliff2(std::ostream& out, const std::filesystem::path& file, const XliffFileInfo& info,
                         BeadStream& beads, const ExportProgress& progress) {
    XmlWriter xml(out, file, true);
    xml.start("xliff")
        .attribute("xmlns", "urn:oasis:names:tc:xliff:document:2.0")
        .attribute("version", "2.0")
        .attribute("srcLang", info.source_language)
        .attribute("trgLang", info.target_language);
    xml.start("file")
        .attribute("id", "a" + std::to_string(info.alignment))
        .attribute("original", info.original);
    ExportBead bead;
    std::size_t units = 0;
    while (beads.next(bead)) {
        xml.start("unit").attribute("id", xliff_unit_id(bead.alignment_id, bead.ordinal));
        if (!bead.note.empty())
            xml.start("notes").element("note", bead.note).end();
        const auto state = xliff2_state(bead.status);
        xml.start("segment").attribute("state", state.state);
        if (!state.sub_state.empty())
            xml.attribute("subState", state.sub_state);
        xml.element("source", bead.source).element("target", bead.target);
        xml.end().end();
        ++units;
        if (progress && units % kProgressInterval == 0)
            progress(units, beads.total());
    }
    xml.end().end();
    xml.finish();
    return units;
}

}  // namespace korpu::detail
