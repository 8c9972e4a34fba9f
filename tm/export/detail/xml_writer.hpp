#pragma once
// A small streaming XML writer over libxml2's xmlTextWriter, writing UTF-8 to a std::ostream. Every call
// checks libxml2's result and throws OutputError naming `file` when the stream fails.
#include <filesystem>
#include <memory>
#include <ostream>
#include <string>

namespace korpu::detail {

class XmlWriter {
  public:
    // `indent`: pretty-print elements that hold only elements (never inside text).
    XmlWriter(std::ostream& out, std::filesystem::path file, bool indent);
    ~XmlWriter();
    XmlWriter(const XmlWriter&) = delete;
    XmlWriter& operator=(const XmlWriter&) = delete;

    XmlWriter& start(const char* name);
    XmlWriter& attribute(const char* name, const std::string& value);
    XmlWriter& text(const std::string& value);
    XmlWriter& end();
    // Writes XML that is already well-formed (kept from an imported file) as it is.
    XmlWriter& raw(const std::string& xml);
    // start(name), text(value), end().
    XmlWriter& element(const char* name, const std::string& value);
    // Closes every open element and flushes to the stream.
    void finish();

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace korpu::detail
