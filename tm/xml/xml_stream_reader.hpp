#pragma once
// The one owner of a libxml2 xmlTextReader for Körpü's streaming XML parsers (TMX, XLIFF, TBX). It opens a
// file or a buffer with the same safe options for all of them (never the network, no DTD loaded, no entity
// substituted, true line numbers beyond 65535), keeps the first error libxml2 reports with its position, frees
// everything libxml2 handed out, and reads the current node as UTF-8 strings. Each parser keeps its own rules
// (which constructs it refuses) and its own messages. Node types are libxml2's xmlReaderTypes values
// (XML_READER_TYPE_ELEMENT, ...), which the parsers take from <libxml/xmlreader.h>.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace korpu::detail {

// The first error (not warning) libxml2 reported; `message` is empty while there is none.
struct XmlReadError {
    std::string message;  // libxml2's, without the new line at its end
    std::size_t line = 0;
    std::size_t column = 0;
    bool entity_loop = false;  // libxml2 stopped entities that expand without end ("billion laughs")
};

class XmlStreamReader {
  public:
    // Streams the file. Throws InputError when libxml2 cannot open it.
    explicit XmlStreamReader(const std::filesystem::path& file);
    // Reads `content`, which must outlive the reader; `file` names it in messages.
    XmlStreamReader(std::string_view content, const std::filesystem::path& file);
    ~XmlStreamReader();
    XmlStreamReader(const XmlStreamReader&) = delete;
    XmlStreamReader& operator=(const XmlStreamReader&) = delete;

    // libxml2's answers: 1 on a node, 0 at the end, -1 on an error (then first_error() says which).
    int read();  // the next node
    int next();  // the node after the current one's subtree
    const XmlReadError& first_error() const noexcept;

    int type() const;  // of the node read() or next() went to
    int depth() const;
    bool empty_element() const;
    std::string local_name() const;
    std::string qualified_name() const;
    std::string namespace_uri() const;
    std::string value() const;
    std::string xml_lang() const;
    bool is_element(const char* local_name) const;
    // The attribute's value; empty when it is absent.
    std::string attribute(const char* name) const;
    // Every attribute of the current element, in document order (namespace declarations included).
    void for_each_attribute(const std::function<void(const char* name, const char* value)>& visit);
    std::string outer_xml();
    std::string inner_xml();

    // The line of the current node as libxml2 recorded it, else the parser's line.
    std::size_t line() const;
    // Whether libxml2 recorded a line for the current node (else line() is the parser's position).
    bool node_has_line() const;
    std::size_t parser_column() const;
    std::uint64_t bytes_consumed() const;

    // On a DOCTYPE node: whether its internal subset declares anything (entities, elements, attributes).
    bool doctype_declares_anything();

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace korpu::detail
