#include "tm/memory/detail/unit_codec.hpp"

namespace korpu::detail {
namespace {

constexpr char kItemSeparator = '\x1F';   // ASCII unit separator
constexpr char kFieldSeparator = '\x1E';  // ASCII record separator
constexpr std::size_t kExtrasFields = 6;

std::vector<std::string> split(std::string_view text, char separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const auto end = text.find(separator, start);
        parts.emplace_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) return parts;
        start = end + 1;
    }
}

std::string encode_attributes(const TmxExtras::Attributes& attributes) {
    std::string out;
    for (const auto& [name, value] : attributes) {
        if (!out.empty()) out += kItemSeparator;
        out += name;
        out += kItemSeparator;
        out += value;
    }
    return out;
}

TmxExtras::Attributes decode_attributes(std::string_view text) {
    TmxExtras::Attributes attributes;
    if (text.empty()) return attributes;
    const auto parts = split(text, kItemSeparator);
    for (std::size_t i = 0; i + 1 < parts.size(); i += 2) attributes.emplace_back(parts[i], parts[i + 1]);
    return attributes;
}

}  // namespace

std::string encode_tags(const std::vector<std::string>& tags) {
    std::string out;
    for (std::size_t i = 0; i < tags.size(); ++i) {
        if (i > 0) out += kItemSeparator;
        out += tags[i];
    }
    return out;
}

std::vector<std::string> decode_tags(std::string_view column) {
    if (column.empty()) return {};
    return split(column, kItemSeparator);
}

std::string encode_extras(const TmxExtras& extras) {
    if (extras.empty()) return {};
    const std::string fields[kExtrasFields] = {encode_attributes(extras.unit_attributes),
                                               encode_attributes(extras.source_attributes),
                                               encode_attributes(extras.target_attributes),
                                               extras.unit_elements,
                                               extras.source_elements,
                                               extras.target_elements};
    std::string out;
    for (std::size_t i = 0; i < kExtrasFields; ++i) {
        if (i > 0) out += kFieldSeparator;
        out += fields[i];
    }
    return out;
}

TmxExtras decode_extras(std::string_view column) {
    TmxExtras extras;
    if (column.empty()) return extras;
    auto fields = split(column, kFieldSeparator);
    fields.resize(kExtrasFields);
    extras.unit_attributes = decode_attributes(fields[0]);
    extras.source_attributes = decode_attributes(fields[1]);
    extras.target_attributes = decode_attributes(fields[2]);
    extras.unit_elements = std::move(fields[3]);
    extras.source_elements = std::move(fields[4]);
    extras.target_elements = std::move(fields[5]);
    return extras;
}

}  // namespace korpu::detail
