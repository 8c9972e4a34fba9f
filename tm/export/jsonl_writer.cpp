#include "tm/core/json_string.hpp"
#include "tm/export/detail/output_file.hpp"
#include "tm/export/parallel_text_writer.hpp"

namespace korpu {
namespace {

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
