#include "tm/core/error.hpp"
#include "tm/export/detail/output_file.hpp"
#include "tm/export/parallel_text_writer.hpp"

namespace korpu {
namespace {

void write_line(std::ostream& out, const std::string& text) {
    for (const char c : text)
        out.put(c == '\n' || c == '\r' ? ' ' : c);
    out.put('\n');
}

class MosesWriter : public ParallelTextWriter {
  public:
    MosesWriter(const std::filesystem::path& prefix, const std::string& source_language,
                const std::string& target_language)
        : source_(moses_file(prefix, source_language)), target_(moses_file(prefix, target_language)) {}

    void write(const ExportBead& bead) override {
        write_line(source_.stream(), bead.source);
        write_line(target_.stream(), bead.target);
    }
    void commit() override {
        source_.commit();
        target_.commit();
    }

  private:
    detail::OutputFile source_;
    detail::OutputFile target_;
};

}  // namespace

std::filesystem::path moses_file(const std::filesystem::path& prefix, const std::string& language) {
    auto file = prefix;
    file += "." + language;
    return file;
}

std::unique_ptr<ParallelTextWriter> make_moses_writer(const std::filesystem::path& prefix,
                                                      const std::string& source_language,
                                                      const std::string& target_language) {
    if (source_language == target_language) {
        throw UsageError("both sides are in " + source_language +
                         ", so the two line-aligned files would have one name");
    }
    return std::make_unique<MosesWriter>(prefix, source_language, target_language);
}

}  // namespace korpu
