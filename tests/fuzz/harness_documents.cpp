#include "tests/fuzz/harness.hpp"
#include "tests/fuzz/harness_support.hpp"
#include "tm/export/detail/zip_archive.hpp"
#include "tm/import/import_options.hpp"
#include "tm/import/text_import.hpp"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace korpu::fuzz {
namespace {

void import_as(const ScratchFile& file, DocumentFormat format) {
    ImportOptions options;
    options.format = format;
    expect_clean_rejection([&] { import_text(file.path(), options); });
}

// Mutated zip bytes rarely stay a readable archive, so an input that does not start like one ("PK") is the
// main XML part and is put into a well-formed container first: the fuzzer then reaches the XML reader
// behind the zip reader. Inputs starting with "PK" go to the zip reader as they are.
bool is_zip_container(std::string_view data) { return data.substr(0, 2) == "PK"; }

using Parts = std::vector<std::pair<std::string, std::string>>;

// Writes the container of `parts` to `file`; the part left empty receives the fuzzer's bytes.
void write_container(const std::filesystem::path& file, std::string_view data, const Parts& parts) {
    detail::ZipArchive archive(file);
    for (const auto& [name, content] : parts) {
        archive.add(name, content.empty() ? std::string(data) : content, name != "mimetype");
    }
    archive.commit();
}

void fuzz_office_document(std::string_view data, const Parts& parts, std::string_view extension,
                          DocumentFormat format) {
    const bool raw = is_zip_container(data);
    const ScratchFile file(raw ? data : std::string_view{}, extension);
    if (!raw) write_container(file.path(), data, parts);
    import_as(file, format);
}

}  // namespace

void fuzz_html_import(std::string_view data) { import_as(ScratchFile(data, ".html"), DocumentFormat::Html); }

void fuzz_docx_import(std::string_view data) {
    fuzz_office_document(data, {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", ""}}, ".docx",
                         DocumentFormat::Docx);
}

void fuzz_odt_import(std::string_view data) {
    fuzz_office_document(data, {{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", ""}}, ".odt",
                         DocumentFormat::Odt);
}

}  // namespace korpu::fuzz
