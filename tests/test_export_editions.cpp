// Bilingual editions: the row model, and each format checked by the reader a user would open it with:
// Chromium for HTML, LibreOffice for ODT and DOCX, Poppler's pdftotext for PDF.
#include <cairo.h>
#include <catch2/catch.hpp>

#include <memory>

#include "support/export_fixture.hpp"
#include "tm/export/bilingual_edition.hpp"
#include "tm/export/edition_writers.hpp"
#include "tm/export/text_cleaner.hpp"
#include "tm/store/document_metadata.hpp"

using namespace korpu;
using namespace korpu::test;

namespace {

BilingualEdition sample_edition(Workspace& workspace) {
    write_document_metadata(workspace, 1,
                            {std::string("Köhnə körpü"), std::string("Leyla Əliyeva"), std::nullopt});
    write_document_metadata(workspace, 2, {std::nullopt, std::nullopt, std::string("John Smith")});
    return build_edition(workspace, std::nullopt);
}

// Each text, whitespace-normalised, must occur in `haystack` after the previous one.
void check_in_order(const std::string& extracted, const std::vector<std::string>& texts) {
    const auto haystack = normalise_text(extracted);
    std::size_t from = 0;
    for (const auto& text : texts) {
        INFO("looking for: " << text);
        const auto at = haystack.find(normalise_text(text), from);
        CHECK(at != std::string::npos);
        if (at != std::string::npos)
            from = at + 1;
    }
}

std::vector<std::string> side(const BilingualEdition& edition, bool source) {
    std::vector<std::string> texts;
    for (const auto& row : edition.rows) {
        for (const auto& text : source ? row.source : row.target)
            texts.push_back(text);
    }
    return texts;
}

std::string pdf_text(const std::filesystem::path& pdf, const std::string& crop = "") {
    const auto result = run_shell("pdftotext -enc UTF-8 " + crop + " " + shell_quoted(pdf) + " -");
    REQUIRE(result.exit_code == 0);
    return result.out;
}

struct SurfaceDeleter {
    void operator()(cairo_surface_t* surface) const noexcept { cairo_surface_destroy(surface); }
};

// Dark pixels of a PNG inside the rectangle [x0, x1) x [y0, y1).
std::size_t ink(cairo_surface_t* image, int x0, int x1, int y0, int y1) {
    cairo_surface_flush(image);
    const auto* data = cairo_image_surface_get_data(image);
    const int stride = cairo_image_surface_get_stride(image);
    std::size_t count = 0;
    for (int y = y0; y < y1; ++y) {
        const auto* row = reinterpret_cast<const std::uint32_t*>(data + y * stride);
        for (int x = x0; x < x1; ++x) {
            const std::uint32_t p = row[x];
            const unsigned luminance = (((p >> 16) & 0xFF) * 3 + ((p >> 8) & 0xFF) * 6 + (p & 0xFF)) / 10;
            count += luminance < 100;
        }
    }
    return count;
}

}  // namespace

TEST_CASE("an edition's rows hold whole paragraphs of both sides, with metadata credits",
          "[export][edition]") {
    ScratchDir dir;
    auto workspace = make_export_workspace(dir / "ws.korpu");
    const auto edition = sample_edition(workspace);
    CHECK(edition.title == "Köhnə körpü");
    CHECK(edition.credits() == "Azerbaijani original by Leyla Əliyeva, English translation by John Smith");
    REQUIRE(edition.rows.size() == 4);
    CHECK(edition.rows[0].kind == BlockKind::Heading);
    CHECK(edition.rows[0].source == std::vector<std::string>{kDecomposedTitle});
    CHECK(edition.rows[1].kind == BlockKind::Paragraph);
    CHECK(
        edition.rows[1].source ==
        std::vector<std::string>{"Çayın üstündəki daş körpü iki yüz ildir. Onu kim tikib, heç kəs bilmir."});
    CHECK(edition.rows[1].target ==
          std::vector<std::string>{"The stone bridge is two hundred years old. It still stands."});
    CHECK(edition.rows[2].target.front().find("Extra sentence only in English.") != std::string::npos);
    CHECK(edition.rows[3].source == std::vector<std::string>{"Salam. Salam."});
}

TEST_CASE("the HTML edition is one escaped, self-contained file in both layouts", "[export][edition]") {
    ScratchDir dir;
    auto workspace = make_export_workspace(dir / "ws.korpu");
    const auto edition = sample_edition(workspace);
    write_html_edition(edition, EditionLayout::SideBySide, dir / "side.html");
    write_html_edition(edition, EditionLayout::Interleaved, dir / "inter.html");
    const auto side_html = read_file(dir / "side.html");
    const auto inter_html = read_file(dir / "inter.html");
    for (const auto& html : {side_html, inter_html}) {
        CHECK(html.find("<h2 lang=\"az-Latn\"") != std::string::npos);
        CHECK(html.find("Qocalar &lt;b&gt;danışır&lt;/b&gt;.") != std::string::npos);
        CHECK(html.find("Leyla Əliyeva") != std::string::npos);
        CHECK(html.find("@media print") != std::string::npos);
        CHECK(html.find("src=") == std::string::npos);  // nothing loaded from elsewhere
        CHECK(html.find("<link") == std::string::npos);
    }
    CHECK(side_html.find("<table class=\"parallel\">") != std::string::npos);
    CHECK(inter_html.find("<section class=\"pair\">") != std::string::npos);
    // Interleaved: each source paragraph is followed by its translation.
    CHECK(inter_html.find("Salam. Salam.") < inter_html.find("Hello. Hello."));
    CHECK(inter_html.find("Hello. Hello.") > inter_html.find("Uşaqlar"));
}

TEST_CASE("Chromium renders the HTML edition with both columns visible", "[export][edition][interop]") {
    KORPU_REQUIRE_PROGRAM("chromium", "chromium");
    ScratchDir dir;
    auto workspace = make_export_workspace(dir / "ws.korpu");
    write_html_edition(sample_edition(workspace), EditionLayout::SideBySide, dir / "side.html");
    const auto shot = dir / "shot.png";
    const auto run = run_shell(
        "chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,800 "
        "--user-data-dir=" +
        shell_quoted(dir / "chromium") + " --screenshot=" + shell_quoted(shot) + " " +
        shell_quoted("file://" + (dir / "side.html").string()));
    INFO(run.out);
    REQUIRE(std::filesystem::exists(shot));
    const std::unique_ptr<cairo_surface_t, SurfaceDeleter> image(
        cairo_image_surface_create_from_png(shot.c_str()));
    REQUIRE(cairo_surface_status(image.get()) == CAIRO_STATUS_SUCCESS);
    REQUIRE(cairo_image_surface_get_width(image.get()) == 1000);
    // Below the title: text in the left half (Azerbaijani) and in the right half (English); nothing
    // drawn in the last 16 pixels (no text cut off at the right edge).
    CHECK(ink(image.get(), 0, 500, 200, 800) > 500);
    CHECK(ink(image.get(), 500, 1000, 200, 800) > 500);
    CHECK(ink(image.get(), 984, 1000, 0, 800) == 0);
}

TEST_CASE("LibreOffice converts the ODT and DOCX editions to PDF with every paragraph",
          "[export][edition][interop]") {
    KORPU_REQUIRE_PROGRAM("libreoffice", "libreoffice-writer-nogui");
    KORPU_REQUIRE_PROGRAM("pdftotext", "poppler-utils");
    ScratchDir dir;
    auto workspace = make_export_workspace(dir / "ws.korpu");
    const auto edition = sample_edition(workspace);
    write_odt_edition(edition, dir / "edition.odt");
    write_docx_edition(edition, dir / "edition.docx");
    for (const char* name : {"edition.odt", "edition.docx"}) {
        INFO(name);
        const auto out = dir / (std::string(name) + "-pdf");
        const auto run = run_shell("libreoffice -env:UserInstallation=file://" +
                                   (dir / "lo-profile").string() + " --headless --convert-to pdf --outdir " +
                                   shell_quoted(out) + " " + shell_quoted(dir / name));
        INFO(run.out);
        REQUIRE(run.exit_code == 0);
        const auto pdf = out / "edition.pdf";
        REQUIRE(std::filesystem::exists(pdf));
        const auto text = pdf_text(pdf);
        check_in_order(text, {edition.title, edition.credits()});
        check_in_order(text, side(edition, true));
        check_in_order(text, side(edition, false));
    }
}

TEST_CASE("pdftotext finds every paragraph of the PDF edition in order, column by column",
          "[export][edition][interop]") {
    KORPU_REQUIRE_PROGRAM("pdftotext", "poppler-utils");
    ScratchDir dir;
    auto workspace = make_export_workspace(dir / "ws.korpu");
    const auto edition = sample_edition(workspace);
    write_pdf_edition(edition, dir / "edition.pdf");
    check_in_order(pdf_text(dir / "edition.pdf"),
                   {edition.title, edition.original_credit(), edition.translation_credit()});
    // The page is 595 points wide; the columns meet at its middle. Crop each half (pdftotext counts pixels
    // at 72 dpi, so pixels are points).
    check_in_order(pdf_text(dir / "edition.pdf", "-x 0 -y 0 -W 297 -H 842"), side(edition, true));
    check_in_order(pdf_text(dir / "edition.pdf", "-x 298 -y 0 -W 297 -H 842"), side(edition, false));
}

TEST_CASE("a long PDF edition breaks pages between lines and keeps both columns in step",
          "[export][edition][interop]") {
    KORPU_REQUIRE_PROGRAM("pdftotext", "poppler-utils");
    BilingualEdition edition;
    edition.title = "Uzun mətn";
    edition.source_language = "ru";
    edition.target_language = "en";
    edition.source_language_name = "Russian";
    edition.target_language_name = "English";
    for (int r = 0; r < 120; ++r) {
        EditionRow row;
        row.kind = r % 20 == 0 ? BlockKind::Heading : BlockKind::Paragraph;
        row.source = {"Абзац " + std::to_string(r) + ": море сегодня серое и беспокойное, ветер не стихает."};
        row.target = {"Paragraph " + std::to_string(r) +
                      ": the sea is grey and restless today, the wind keeps on."};
        edition.rows.push_back(row);
    }
    EditionRow tall;  // taller than a page: must be split, not lost
    for (int p = 0; p < 70; ++p)
        tall.source.push_back("Длинная строка номер " + std::to_string(p) + ".");
    tall.target = {"One short translation."};
    edition.rows.insert(edition.rows.begin() + 50, tall);
    ScratchDir dir;
    write_pdf_edition(edition, dir / "long.pdf");
    const auto info = run_shell("pdfinfo " + shell_quoted(dir / "long.pdf"));
    CHECK(info.out.find("Uzun mətn") != std::string::npos);  // the title in the PDF's metadata
    CHECK(info.out.find("Pages:") != std::string::npos);
    check_in_order(pdf_text(dir / "long.pdf", "-x 0 -y 0 -W 297 -H 842"), side(edition, true));
    check_in_order(pdf_text(dir / "long.pdf", "-x 298 -y 0 -W 297 -H 842"), side(edition, false));
}

TEST_CASE("Chromium prints the HTML edition on A4 with its print CSS, columns side by side",
          "[export][edition][interop]") {
    KORPU_REQUIRE_PROGRAM("chromium", "chromium");
    KORPU_REQUIRE_PROGRAM("pdftotext", "poppler-utils");
    ScratchDir dir;
    auto workspace = make_export_workspace(dir / "ws.korpu");
    const auto edition = sample_edition(workspace);
    write_html_edition(edition, EditionLayout::SideBySide, dir / "side.html");
    const auto printed = dir / "printed.pdf";
    const auto run =
        run_shell("chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir=" +
                  shell_quoted(dir / "chromium") + " --print-to-pdf=" + shell_quoted(printed) + " " +
                  shell_quoted("file://" + (dir / "side.html").string()));
    INFO(run.out);
    REQUIRE(std::filesystem::exists(printed));
    CHECK(run_shell("pdfinfo " + shell_quoted(printed)).out.find("(A4)") != std::string::npos);
    // @page A4 with 2 cm margins and two equal columns: they meet at the middle of the page.
    check_in_order(pdf_text(printed, "-x 0 -y 0 -W 297 -H 842"), side(edition, true));
    check_in_order(pdf_text(printed, "-x 298 -y 0 -W 297 -H 842"), side(edition, false));
}
