#include <cstdio>

#include "tm/export/detail/output_file.hpp"
#include "tm/export/parallel_text_writer.hpp"

namespace korpu {
namespace {

// A JSON string (RFC 8259): quotes, backslashes and control characters escaped, UTF-8 kept as it is.
void write_json_string(std::ostream& out, const std::string& text) {
    out.put('"');
    for (const char c : text) {
        switch (c) {
            case '"':
                out << "\\\"";
                break;
            case '\\':
                out << "\\\\";
                break;
            case '\n':
                out << "\\n";
                break;
            case '\r':
                out << "\\r";
                break;
            case '\t':
                out << "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                    out << escaped;
                } else {
                    out.put(c);
                }
        }
    }
    out.put('"');
}

class JsonlWriter : public ParallelTextWriter {
  public:
    explicit JsonlWriter(const std::filesystem::path& file) : file_(file) {}

    void write(const ExportBead& bead) override {
        auto& out = file_.stream();
        out << "{\"source\":";
        write_json_string(out, bead.source);
        out << ",\"target\":";
        write_json_string(out, bead.target);
        out << ",\"source_lang\":";
        write_json_string(out, bead.source_language);
        out << ",\"target_lang\":";
        write_json_string(out, bead.target_language);
        out << ",\"alignment\":" << bead.alignment_id << ",\"bead\":" << bead.ordinal << ",\"status\":";
        write_json_string(out, to_string(bead.status));
        out << "}\n";
    }
    void commit() override { file_.commit(); }

  private:
    detail::OutputFile file_;
};

}  // namespace

std::unique_ptr<ParallelTextWriter> make_jsonl_writer(const std::filesystem::path& file) {
    return std::make_unique<JsonlWriter>(file);
}

}  // namespace korpu
