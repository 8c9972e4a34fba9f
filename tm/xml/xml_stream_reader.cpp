#include "tm/xml/xml_stream_reader.hpp"

#include <libxml/xmlreader.h>

#include <algorithm>
#include <cstring>

#include "tm/core/error.hpp"

namespace korpu::detail {
namespace {

// XML_PARSE_NONET: never fetch anything. Without XML_PARSE_NOENT and XML_PARSE_DTDLOAD, entities are not
// substituted and no DTD is loaded (the parsers refuse entity references, and declarations where they must).
// XML_PARSE_BIG_LINES: true line numbers beyond 65535. XML_PARSE_COMPACT: short text nodes stored in their
// element, which matters for files of millions of units.
constexpr int kParseOptions = XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_COMPACT;

struct ReaderDeleter {
    void operator()(xmlTextReader* reader) const noexcept { xmlFreeTextReader(reader); }
};

struct DocumentDeleter {
    void operator()(xmlDoc* document) const noexcept { xmlFreeDoc(document); }
};

struct XmlCharDeleter {
    void operator()(xmlChar* text) const noexcept { xmlFree(text); }
};

std::string as_string(const xmlChar* text) { return text ? reinterpret_cast<const char*>(text) : ""; }

std::string owned_string(xmlChar* text) {
    const std::unique_ptr<xmlChar, XmlCharDeleter> owner(text);
    return as_string(text);
}

void remember_error(void* context, xmlErrorPtr error) {
    auto* first = static_cast<XmlReadError*>(context);
    if (!first->message.empty() || !error || error->level == XML_ERR_WARNING) return;
    first->entity_loop = error->code == XML_ERR_ENTITY_LOOP;
    first->message = error->message ? error->message : "malformed XML";
    while (!first->message.empty() && (first->message.back() == '\n' || first->message.back() == ' ')) {
        first->message.pop_back();
    }
    first->line = static_cast<std::size_t>(error->line > 0 ? error->line : 0);
    first->column = static_cast<std::size_t>(error->int2 > 0 ? error->int2 : 0);
}

}  // namespace

struct XmlStreamReader::Impl {
    // Once xmlTextReaderCurrentDoc() has handed out the document, the reader no longer frees it (libxml2's
    // documentation of that call); declared before `reader`, so it is freed after the reader.
    std::unique_ptr<xmlDoc, DocumentDeleter> inspected_document;
    std::unique_ptr<xmlTextReader, ReaderDeleter> reader;
    XmlReadError error;
    // The current node's type, asked of libxml2 once per node: xmlTextReaderNodeType() scans a text node's
    // content for blanks on every call, which made it a tenth of reading a TMX file.
    int node_type = 0;

    xmlTextReaderPtr r() const { return reader.get(); }

    int moved(int rc) {
        node_type = rc == 1 ? xmlTextReaderNodeType(r()) : 0;
        return rc;
    }

    void start(xmlTextReaderPtr opened, const std::filesystem::path& file) {
        reader.reset(opened);
        if (!reader) throw InputError(file, "cannot be opened as XML");
        xmlTextReaderSetStructuredErrorHandler(r(), remember_error, &error);
    }
};

XmlStreamReader::XmlStreamReader(const std::filesystem::path& file) : impl_(std::make_unique<Impl>()) {
    impl_->start(xmlReaderForFile(file.u8string().c_str(), nullptr, kParseOptions), file);
}

XmlStreamReader::XmlStreamReader(std::string_view content, const std::filesystem::path& file)
    : impl_(std::make_unique<Impl>()) {
    impl_->start(xmlReaderForMemory(content.data(), static_cast<int>(content.size()), file.u8string().c_str(), nullptr,
                                    kParseOptions),
                 file);
}

XmlStreamReader::~XmlStreamReader() = default;

int XmlStreamReader::read() { return impl_->moved(xmlTextReaderRead(impl_->r())); }
int XmlStreamReader::next() { return impl_->moved(xmlTextReaderNext(impl_->r())); }
const XmlReadError& XmlStreamReader::first_error() const noexcept { return impl_->error; }

int XmlStreamReader::type() const { return impl_->node_type; }
int XmlStreamReader::depth() const { return xmlTextReaderDepth(impl_->r()); }
bool XmlStreamReader::empty_element() const { return xmlTextReaderIsEmptyElement(impl_->r()) == 1; }
std::string XmlStreamReader::local_name() const { return as_string(xmlTextReaderConstLocalName(impl_->r())); }
std::string XmlStreamReader::qualified_name() const { return as_string(xmlTextReaderConstName(impl_->r())); }
std::string XmlStreamReader::namespace_uri() const { return as_string(xmlTextReaderConstNamespaceUri(impl_->r())); }
std::string XmlStreamReader::value() const { return as_string(xmlTextReaderConstValue(impl_->r())); }
std::string XmlStreamReader::xml_lang() const { return as_string(xmlTextReaderConstXmlLang(impl_->r())); }

bool XmlStreamReader::is_element(const char* local_name) const {
    if (type() != XML_READER_TYPE_ELEMENT) return false;
    const xmlChar* name = xmlTextReaderConstLocalName(impl_->r());
    return name && std::strcmp(reinterpret_cast<const char*>(name), local_name) == 0;
}

std::string XmlStreamReader::attribute(const char* name) const {
    return owned_string(xmlTextReaderGetAttribute(impl_->r(), reinterpret_cast<const xmlChar*>(name)));
}

void XmlStreamReader::for_each_attribute(const std::function<void(const char* name, const char* value)>& visit) {
    while (xmlTextReaderMoveToNextAttribute(impl_->r()) == 1) {
        const xmlChar* name = xmlTextReaderConstName(impl_->r());
        const xmlChar* value = xmlTextReaderConstValue(impl_->r());
        visit(name ? reinterpret_cast<const char*>(name) : "", value ? reinterpret_cast<const char*>(value) : "");
    }
    xmlTextReaderMoveToElement(impl_->r());
}

std::string XmlStreamReader::outer_xml() { return owned_string(xmlTextReaderReadOuterXml(impl_->r())); }
std::string XmlStreamReader::inner_xml() { return owned_string(xmlTextReaderReadInnerXml(impl_->r())); }

std::size_t XmlStreamReader::line() const {
    const xmlNode* node = xmlTextReaderCurrentNode(impl_->r());
    const long line = node ? xmlGetLineNo(node) : -1;
    if (line > 0) return static_cast<std::size_t>(line);
    return static_cast<std::size_t>(std::max(0, xmlTextReaderGetParserLineNumber(impl_->r())));
}

bool XmlStreamReader::node_has_line() const {
    const xmlNode* node = xmlTextReaderCurrentNode(impl_->r());
    return node && xmlGetLineNo(node) > 0;
}

std::size_t XmlStreamReader::parser_column() const {
    return static_cast<std::size_t>(std::max(0, xmlTextReaderGetParserColumnNumber(impl_->r())));
}

std::uint64_t XmlStreamReader::bytes_consumed() const {
    const long consumed = xmlTextReaderByteConsumed(impl_->r());
    return consumed > 0 ? static_cast<std::uint64_t>(consumed) : 0;
}

bool XmlStreamReader::doctype_declares_anything() {
    xmlDoc* document = xmlTextReaderCurrentDoc(impl_->r());
    if (document && !impl_->inspected_document) impl_->inspected_document.reset(document);
    const xmlDtd* subset = document ? document->intSubset : nullptr;
    return subset && (subset->entities || subset->pentities || subset->children);
}

}  // namespace korpu::detail
