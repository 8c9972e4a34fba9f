#include "tm/tmx/tmx_writer.hpp"

#include <libxml/xmlwriter.h>

#include "tm/core/error.hpp"
#include "tm/core/version.hpp"

namespace korpu {
namespace {

int write_to_stream(void* context, const char* buffer, int length) {
    auto* out = static_cast<std::ostream*>(context);
    out->write(buffer, length);
    return out->good() ? length : -1;
}

int close_stream(void* context) {
    static_cast<std::ostream*>(context)->flush();
    return 0;
}

const xmlChar* x(const char* text) { return reinterpret_cast<const xmlChar*>(text); }
const xmlChar* x(const std::string& text) { return x(text.c_str()); }

}  // namespace

struct TmxWriter::Impl {
    xmlTextWriterPtr writer = nullptr;
    bool finished = false;

    void check(int rc, const char* what) const {
        if (rc < 0) throw Error(std::string("cannot write TMX (") + what + "): the output stream failed");
    }
};

TmxWriter::TmxWriter(std::ostream& out, const TmxHeader& header) : impl_(std::make_unique<Impl>()) {
    xmlOutputBufferPtr buffer = xmlOutputBufferCreateIO(write_to_stream, close_stream, &out, nullptr);
    if (!buffer) throw Error("cannot create the TMX output buffer");
    impl_->writer = xmlNewTextWriter(buffer);
    if (!impl_->writer) {
        xmlOutputBufferClose(buffer);
        throw Error("cannot create the TMX writer");
    }
    auto* w = impl_->writer;
    xmlTextWriterSetIndent(w, 1);
    xmlTextWriterSetIndentString(w, x("  "));
    impl_->check(xmlTextWriterStartDocument(w, "1.0", "UTF-8", nullptr), "declaration");
    impl_->check(xmlTextWriterStartElement(w, x("tmx")), "tmx");
    impl_->check(xmlTextWriterWriteAttribute(w, x("version"), x("1.4")), "version");
    impl_->check(xmlTextWriterStartElement(w, x("header")), "header");
    xmlTextWriterWriteAttribute(w, x("creationtool"), x(kProgramName));
    xmlTextWriterWriteAttribute(w, x("creationtoolversion"), x(kProgramVersion));
    xmlTextWriterWriteAttribute(w, x("segtype"), x(header.segment_type));
    xmlTextWriterWriteAttribute(w, x("o-tmf"), x(header.original_format));
    xmlTextWriterWriteAttribute(w, x("adminlang"), x(header.admin_language));
    xmlTextWriterWriteAttribute(w, x("srclang"), x(header.source_language));
    impl_->check(xmlTextWriterWriteAttribute(w, x("datatype"), x(header.data_type)), "header");
    impl_->check(xmlTextWriterEndElement(w), "header");
    impl_->check(xmlTextWriterStartElement(w, x("body")), "body");
}

TmxWriter::~TmxWriter() { xmlFreeTextWriter(impl_->writer); }

void TmxWriter::add(const TmxUnit& unit) {
    auto* w = impl_->writer;
    impl_->check(xmlTextWriterStartElement(w, x("tu")), "tu");
    if (!unit.creation_date.empty()) xmlTextWriterWriteAttribute(w, x("creationdate"), x(unit.creation_date));
    for (const auto& variant : unit.variants) {
        xmlTextWriterStartElement(w, x("tuv"));
        xmlTextWriterWriteAttribute(w, x("xml:lang"), x(variant.language));
        xmlTextWriterStartElement(w, x("seg"));
        impl_->check(xmlTextWriterWriteString(w, x(variant.text)), "seg");
        xmlTextWriterEndElement(w);
        impl_->check(xmlTextWriterEndElement(w), "tuv");
    }
    impl_->check(xmlTextWriterEndElement(w), "tu");
}

void TmxWriter::finish() {
    if (impl_->finished) return;
    impl_->check(xmlTextWriterEndDocument(impl_->writer), "end");
    impl_->check(xmlTextWriterFlush(impl_->writer), "flush");
    impl_->finished = true;
}

}  // namespace korpu
