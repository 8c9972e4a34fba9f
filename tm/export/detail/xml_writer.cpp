#include "tm/export/detail/xml_writer.hpp"

#include <libxml/xmlwriter.h>

#include "tm/core/error.hpp"

namespace korpu::detail {
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

struct WriterDeleter {
    void operator()(xmlTextWriter* writer) const noexcept { xmlFreeTextWriter(writer); }
};

}  // namespace

struct XmlWriter::Impl {
    std::unique_ptr<xmlTextWriter, WriterDeleter> writer;
    std::filesystem::path file;
    bool finished = false;

    void check(int rc) const {
        if (rc < 0) throw OutputError(file, "could not be written (disk full, or the folder went away?)");
    }
};

XmlWriter::XmlWriter(std::ostream& out, std::filesystem::path file, bool indent) : impl_(std::make_unique<Impl>()) {
    impl_->file = std::move(file);
    xmlOutputBufferPtr buffer = xmlOutputBufferCreateIO(write_to_stream, close_stream, &out, nullptr);
    if (!buffer) throw OutputError(impl_->file, "libxml2 cannot create an output buffer");
    impl_->writer.reset(xmlNewTextWriter(buffer));  // owns the buffer from here on
    if (!impl_->writer) {
        xmlOutputBufferClose(buffer);
        throw OutputError(impl_->file, "libxml2 cannot create an XML writer");
    }
    if (indent) {
        xmlTextWriterSetIndent(impl_->writer.get(), 1);
        xmlTextWriterSetIndentString(impl_->writer.get(), x("  "));
    }
    impl_->check(xmlTextWriterStartDocument(impl_->writer.get(), "1.0", "UTF-8", nullptr));
}

XmlWriter::~XmlWriter() = default;

XmlWriter& XmlWriter::start(const char* name) {
    impl_->check(xmlTextWriterStartElement(impl_->writer.get(), x(name)));
    return *this;
}

XmlWriter& XmlWriter::attribute(const char* name, const std::string& value) {
    impl_->check(xmlTextWriterWriteAttribute(impl_->writer.get(), x(name), x(value.c_str())));
    return *this;
}

XmlWriter& XmlWriter::text(const std::string& value) {
    impl_->check(xmlTextWriterWriteString(impl_->writer.get(), x(value.c_str())));
    return *this;
}

XmlWriter& XmlWriter::end() {
    impl_->check(xmlTextWriterEndElement(impl_->writer.get()));
    return *this;
}

XmlWriter& XmlWriter::raw(const std::string& xml) {
    impl_->check(xmlTextWriterWriteRaw(impl_->writer.get(), x(xml.c_str())));
    return *this;
}

XmlWriter& XmlWriter::element(const char* name, const std::string& value) { return start(name).text(value).end(); }

void XmlWriter::finish() {
    if (impl_->finished) return;
    impl_->check(xmlTextWriterEndDocument(impl_->writer.get()));
    impl_->check(xmlTextWriterFlush(impl_->writer.get()));
    impl_->finished = true;
}

}  // namespace korpu::detail
