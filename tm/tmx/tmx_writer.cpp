#include "tm/tmx/tmx_writer.hpp"

#include "tm/core/version.hpp"
#include "tm/export/detail/xml_writer.hpp"

namespace korpu {

struct TmxWriter::Impl {
    detail::XmlWriter xml;

    Impl(std::ostream& out, std::filesystem::path file) : xml(out, std::move(file), true) {}
};

TmxWriter::TmxWriter(std::ostream& out, const TmxHeader& header, std::filesystem::path file)
    : impl_(std::make_unique<Impl>(out, std::move(file))) {
    impl_->xml.start("tmx").attribute("version", "1.4");
    impl_->xml.start("header")
        .attribute("creationtool", kProgramName)
        .attribute("creationtoolversion", kProgramVersion)
        .attribute("segtype", header.segment_type)
        .attribute("o-tmf", header.original_format)
        .attribute("adminlang", header.admin_language)
        .attribute("srclang", header.source_language)
        .attribute("datatype", header.data_type)
        .end();
    impl_->xml.start("body");
}

TmxWriter::~TmxWriter() = default;

void TmxWriter::add(const TmxUnit& unit) {
    auto& xml = impl_->xml;
    xml.start("tu");
    if (!unit.creation_date.empty()) xml.attribute("creationdate", unit.creation_date);
    for (const auto& variant : unit.variants) {
        xml.start("tuv").attribute("xml:lang", variant.language).element("seg", variant.text).end();
    }
    xml.end();
}

void TmxWriter::finish() { impl_->xml.finish(); }

}  // namespace korpu
