#include "tm/export/detail/output_file.hpp"
#include "tm/export/parallel_text_writer.hpp"

namespace korpu {
namespace {

void write_field(std::ostream& out, const std::string& text) {
    for (const char c : text)
        out.put(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

class TsvWriter : public ParallelTextWriter {
  public:
    explicit TsvWriter(const std::filesystem::path& file) : file_(file) {}

    void write(const ExportBead& bead) override {
        auto& out = file_.stream();
        write_field(out, bead.source);
        out.put('\t');
        write_field(out, bead.target);
        out.put('\n');
    }
    void commit() override { file_.commit(); }

  private:
    detail::OutputFile file_;
};

}  // namespace

std::unique_ptr<ParallelTextWriter> make_tsv_writer(const std::filesystem::path& file) {
    return std::make_unique<TsvWriter>(file);
}

}  // namespace korpu
