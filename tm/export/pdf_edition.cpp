#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "tm/core/atomic_file.hpp"
#include "tm/core/error.hpp"
#include "tm/core/version.hpp"
#include "tm/export/edition_writers.hpp"

namespace korpu {
namespace {

// A4 in PostScript points (ISO 216: 210 x 297 mm), 2 cm margins, a 0.7 cm gutter between the columns.
constexpr double kPageWidth = 595.276;
constexpr double kPageHeight = 841.890;
constexpr double kMargin = 56.693;
constexpr double kGutter = 19.843;
constexpr double kColumnWidth = (kPageWidth - 2 * kMargin - kGutter) / 2;
constexpr double kBottom = kPageHeight - kMargin;
// Space after a paragraph inside a row, and between rows (half and one line of 10 pt type).
constexpr double kParagraphSpacing = 5.0;
constexpr double kRowSpacing = 10.0;
// Line height as a multiple of the font's own: 1.2, the leading of most book typography.
constexpr double kLineSpacing = 1.2;
// DejaVu covers Latin with Azerbaijani ə ğ ı ş, and Cyrillic; Debian installs it with fonts-dejavu-core.
constexpr const char* kBodyFont = "DejaVu Serif 10";
constexpr const char* kHeadingFont = "DejaVu Serif Bold 12";
constexpr const char* kTitleFont = "DejaVu Serif Bold 18";
constexpr const char* kCreditsFont = "DejaVu Serif Italic 10.5";
constexpr const char* kLabelFont = "DejaVu Sans Bold 8";
constexpr const char* kFolioFont = "DejaVu Sans 8";

struct SurfaceDeleter {
    void operator()(cairo_surface_t* surface) const noexcept { cairo_surface_destroy(surface); }
};
struct CairoDeleter {
    void operator()(cairo_t* cr) const noexcept { cairo_destroy(cr); }
};
struct GObjectDeleter {
    void operator()(void* object) const noexcept { g_object_unref(object); }
};
struct FontDeleter {
    void operator()(PangoFontDescription* font) const noexcept { pango_font_description_free(font); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectDeleter>;

// One line of a column, positioned from the top of its row.
struct Line {
    PangoLayoutLine* line = nullptr;  // owned by the column's layouts
    double top = 0;
    double height = 0;
    double baseline = 0;  // from the line's top
};

struct Column {
    std::vector<LayoutPtr> layouts;
    std::vector<Line> lines;
    double height = 0;
};

class PdfEdition {
  public:
    PdfEdition(const std::filesystem::path& file, const BilingualEdition& edition) : edition_(edition) {
        surface_.reset(cairo_pdf_surface_create(file.u8string().c_str(), kPageWidth, kPageHeight));
        check(cairo_surface_status(surface_.get()), file);
        cairo_pdf_surface_set_metadata(surface_.get(), CAIRO_PDF_METADATA_TITLE, edition.title.c_str());
        cairo_pdf_surface_set_metadata(surface_.get(), CAIRO_PDF_METADATA_SUBJECT, edition.credits().c_str());
        if (!edition.translator.empty()) {
            cairo_pdf_surface_set_metadata(surface_.get(), CAIRO_PDF_METADATA_AUTHOR,
                                           edition.translator.c_str());
        }
        const std::string creator = std::string(kProgramName) + " " + kProgramVersion;
        cairo_pdf_surface_set_metadata(surface_.get(), CAIRO_PDF_METADATA_CREATOR, creator.c_str());
        cr_.reset(cairo_create(surface_.get()));
        file_ = file;
    }

    void write() {
        y_ = kMargin;
        y_ +=
            draw_block(edition_.title, kTitleFont, kMargin, kPageWidth - 2 * kMargin, PANGO_ALIGN_CENTER) + 6;
        const auto credits = edition_.original_credit() + "\n" + edition_.translation_credit();
        y_ += draw_block(credits, kCreditsFont, kMargin, kPageWidth - 2 * kMargin, PANGO_ALIGN_CENTER) + 18;
        draw_labels();
        for (const auto& row : edition_.rows)
            draw_row(row);
        finish_page();
        cr_.reset();
        cairo_surface_finish(surface_.get());
        check(cairo_surface_status(surface_.get()), file_);
    }

  private:
    static void check(cairo_status_t status, const std::filesystem::path& file) {
        if (status != CAIRO_STATUS_SUCCESS) {
            throw OutputError(file,
                              std::string("cannot be written as PDF: ") + cairo_status_to_string(status));
        }
    }

    LayoutPtr layout(const std::string& text, const char* font, double width, PangoAlignment align) {
        LayoutPtr result(pango_cairo_create_layout(cr_.get()));
        const std::unique_ptr<PangoFontDescription, FontDeleter> description(
            pango_font_description_from_string(font));
        pango_layout_set_font_description(result.get(), description.get());
        pango_layout_set_width(result.get(), pango_units_from_double(width));
        pango_layout_set_wrap(result.get(), PANGO_WRAP_WORD_CHAR);
        pango_layout_set_alignment(result.get(), align);
        pango_layout_set_line_spacing(result.get(), static_cast<float>(kLineSpacing));
        pango_layout_set_text(result.get(), text.c_str(), static_cast<int>(text.size()));
        return result;
    }

    // Draws a block of text at the current height; returns its height.
    double draw_block(const std::string& text, const char* font, double x, double width,
                      PangoAlignment align) {
        const auto block = layout(text, font, width, align);
        int height = 0;
        pango_layout_get_size(block.get(), nullptr, &height);
        cairo_move_to(cr_.get(), x, y_);
        pango_cairo_show_layout(cr_.get(), block.get());
        return pango_units_to_double(height);
    }

    // The language names above the two columns.
    void draw_labels() {
        cairo_set_source_rgb(cr_.get(), 0.4, 0.4, 0.4);
        const double height = std::max(
            draw_block(edition_.source_language_name, kLabelFont, kMargin, kColumnWidth, PANGO_ALIGN_LEFT),
            draw_block(edition_.target_language_name, kLabelFont, kMargin + kColumnWidth + kGutter,
                       kColumnWidth, PANGO_ALIGN_LEFT));
        cairo_set_source_rgb(cr_.get(), 0, 0, 0);
        y_ += height + 8;
    }

    Column column(const std::vector<std::string>& paragraphs, const char* font) {
        Column result;
        for (const auto& text : paragraphs) {
            result.layouts.push_back(layout(text, font, kColumnWidth, PANGO_ALIGN_LEFT));
            PangoLayoutIter* iter = pango_layout_get_iter(result.layouts.back().get());
            do {
                PangoRectangle logical;
                pango_layout_iter_get_line_extents(iter, nullptr, &logical);
                const double top = pango_units_to_double(logical.y);
                Line line;
                line.line = pango_layout_iter_get_line_readonly(iter);
                line.top = result.height + top;
                line.height = pango_units_to_double(logical.height);
                line.baseline = pango_units_to_double(pango_layout_iter_get_baseline(iter)) - top;
                result.lines.push_back(line);
            } while (pango_layout_iter_next_line(iter));
            pango_layout_iter_free(iter);
            int height = 0;
            pango_layout_get_size(result.layouts.back().get(), nullptr, &height);
            result.height += pango_units_to_double(height) + kParagraphSpacing;
        }
        return result;
    }

    // Draws the lines of a column that fit above the bottom margin; returns whether any were drawn.
    bool draw_lines(const Column& c, std::size_t& next, double x, double offset) {
        bool drawn = false;
        while (next < c.lines.size()) {
            const auto& line = c.lines[next];
            if (y_ + line.top - offset + line.height > kBottom && !(y_ == kMargin && !drawn))
                break;
            cairo_move_to(cr_.get(), x, y_ + line.top - offset + line.baseline);
            pango_cairo_show_layout_line(cr_.get(), line.line);
            drawn = true;
            ++next;
        }
        return drawn;
    }

    // A row starts on a new page when it does not fit but would fit on an empty one; a taller row is
    // split between lines, both columns at the same height.
    void draw_row(const EditionRow& row) {
        const bool heading = row.kind == BlockKind::Heading;
        const auto left = column(row.source, heading ? kHeadingFont : kBodyFont);
        const auto right = column(row.target, heading ? kHeadingFont : kBodyFont);
        const double height = std::max(left.height, right.height);
        if (y_ + height > kBottom && y_ > kMargin && height <= kBottom - kMargin)
            new_page();
        std::size_t l = 0;
        std::size_t r = 0;
        double offset = 0;
        for (;;) {
            draw_lines(left, l, kMargin, offset);
            draw_lines(right, r, kMargin + kColumnWidth + kGutter, offset);
            if (l == left.lines.size() && r == right.lines.size())
                break;
            new_page();
            offset = std::min(l < left.lines.size() ? left.lines[l].top : height,
                              r < right.lines.size() ? right.lines[r].top : height);
        }
        y_ += height - offset;
        cairo_set_source_rgb(cr_.get(), 0.8, 0.8, 0.8);
        cairo_set_line_width(cr_.get(), 0.5);
        cairo_move_to(cr_.get(), kMargin, y_ - kParagraphSpacing / 2 + kRowSpacing / 2);
        cairo_line_to(cr_.get(), kPageWidth - kMargin, y_ - kParagraphSpacing / 2 + kRowSpacing / 2);
        cairo_stroke(cr_.get());
        cairo_set_source_rgb(cr_.get(), 0, 0, 0);
        y_ += kRowSpacing;
    }

    void finish_page() {
        ++page_;
        const double saved = y_;
        y_ = kBottom + 14;
        cairo_set_source_rgb(cr_.get(), 0.4, 0.4, 0.4);
        draw_block(std::to_string(page_), kFolioFont, kMargin, kPageWidth - 2 * kMargin, PANGO_ALIGN_CENTER);
        cairo_set_source_rgb(cr_.get(), 0, 0, 0);
        y_ = saved;
        cairo_show_page(cr_.get());
    }

    void new_page() {
        finish_page();
        y_ = kMargin;
    }

    const BilingualEdition& edition_;
    std::filesystem::path file_;
    std::unique_ptr<cairo_surface_t, SurfaceDeleter> surface_;
    std::unique_ptr<cairo_t, CairoDeleter> cr_;
    double y_ = kMargin;
    int page_ = 0;
};

}  // namespace

void write_pdf_edition(const BilingualEdition& edition, const std::filesystem::path& output) {
    AtomicFile file(output);
    PdfEdition(file.temporary_path(), edition).write();
    file.commit();
}

}  // namespace korpu
