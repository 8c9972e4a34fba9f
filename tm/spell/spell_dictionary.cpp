#include "tm/spell/spell_dictionary.hpp"

#include <unicode/ucnv.h>
#include <hunspell/hunspell.hxx>

#include <cctype>
#include <fstream>
#include <optional>

#include "tm/core/error.hpp"

namespace korpu {
namespace {

// Reads the first line of a file; throws InputError when the file cannot be opened.
std::string first_line(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(file, "cannot open the dictionary file");
    std::string line;
    std::getline(in, line);
    return line;
}

// A .dic file starts with the number of entries (after an optional BOM); Hunspell rejects it otherwise.
void check_dic_header(const std::filesystem::path& dic) {
    std::string line = first_line(dic);
    if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.pop_back();
    if (line.empty() || line.find_first_not_of("0123456789") != std::string::npos)
        throw InputError(dic, 1, 1, "not a Hunspell .dic file: the first line must be the number of words");
}

// The affix file's SET line, read the way Hunspell reads it.
std::string declared_encoding(const std::filesystem::path& aff) {
    std::ifstream in(aff, std::ios::binary);
    if (!in) throw InputError(aff, "cannot open the affix file");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
        if (line.rfind("SET", 0) == 0 && line.size() > 3 && std::isspace(static_cast<unsigned char>(line[3]))) {
            const auto begin = line.find_first_not_of(" \t", 3);
            const auto end = line.find_first_of(" \t\r", begin);
            return begin == std::string::npos ? std::string() : line.substr(begin, end - begin);
        }
    }
    return "ISO8859-1";  // Hunspell's default when an affix file has no SET line
}

bool is_utf8(std::string_view encoding) { return encoding == "UTF-8" || encoding == "utf-8" || encoding == "UTF8"; }

}  // namespace

struct SpellDictionary::Impl {
    std::filesystem::path aff;
    std::filesystem::path dic;
    std::unique_ptr<Hunspell> hunspell;
    std::string charset;  // ICU's name of the dictionary's character set; empty for UTF-8

    // The word in the dictionary's encoding; none when it cannot be represented there (ICU substitutes
    // 0x1A, SUB, for characters a single-byte character set lacks).
    std::optional<std::string> encode(std::string_view word) const {
        if (charset.empty()) return std::string(word);
        UErrorCode status = U_ZERO_ERROR;
        std::string out(word.size() * 4 + 4, '\0');
        const int32_t length = ucnv_convert(charset.c_str(), "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                            word.data(), static_cast<int32_t>(word.size()), &status);
        if (U_FAILURE(status) || out.find('\x1a') != std::string::npos) return std::nullopt;
        out.resize(static_cast<std::size_t>(length));
        return out;
    }

    std::string decode(const std::string& word) const {
        if (charset.empty()) return word;
        UErrorCode status = U_ZERO_ERROR;
        std::string out(word.size() * 4 + 4, '\0');
        const int32_t length = ucnv_convert("UTF-8", charset.c_str(), out.data(), static_cast<int32_t>(out.size()),
                                            word.data(), static_cast<int32_t>(word.size()), &status);
        if (U_FAILURE(status)) return word;
        out.resize(static_cast<std::size_t>(length));
        return out;
    }
};

SpellDictionary::SpellDictionary(const std::filesystem::path& aff, const std::filesystem::path& dic,
                                 const std::vector<std::filesystem::path>& supplements)
    : impl_(std::make_unique<Impl>()) {
    impl_->aff = aff;
    impl_->dic = dic;
    if (!std::filesystem::is_regular_file(aff)) throw InputError(aff, "no such affix file");
    if (!std::filesystem::is_regular_file(dic)) throw InputError(dic, "no such dictionary file");
    check_dic_header(dic);
    for (const auto& supplement : supplements) {
        if (!std::filesystem::is_regular_file(supplement)) throw InputError(supplement, "no such dictionary file");
        check_dic_header(supplement);
    }
    const std::string encoding = declared_encoding(aff);
    if (!is_utf8(encoding)) {
        UErrorCode status = U_ZERO_ERROR;
        const std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(encoding.c_str(), &status),
                                                                           &ucnv_close);
        if (U_FAILURE(status)) throw InputError(aff, "unknown character set in the SET line: " + encoding);
        impl_->charset = ucnv_getName(converter.get(), &status);
    }
    impl_->hunspell = std::make_unique<Hunspell>(aff.string().c_str(), dic.string().c_str());
    for (const auto& supplement : supplements)
        if (impl_->hunspell->add_dic(supplement.string().c_str()) != 0)
            throw InputError(supplement, "Hunspell could not add this dictionary to " + dic.u8string());
}

SpellDictionary::SpellDictionary(SpellDictionary&&) noexcept = default;
SpellDictionary& SpellDictionary::operator=(SpellDictionary&&) noexcept = default;
SpellDictionary::~SpellDictionary() = default;

bool SpellDictionary::accepts(std::string_view word) {
    const auto encoded = impl_->encode(word);
    return encoded && impl_->hunspell->spell(*encoded);
}

std::vector<std::string> SpellDictionary::suggest(std::string_view word) {
    const auto encoded = impl_->encode(word);
    if (!encoded) return {};
    auto suggestions = impl_->hunspell->suggest(*encoded);
    for (auto& suggestion : suggestions) suggestion = impl_->decode(suggestion);
    return suggestions;
}

std::vector<std::string> SpellDictionary::stems(std::string_view word) {
    const auto encoded = impl_->encode(word);
    if (!encoded) return {};
    auto stems = impl_->hunspell->stem(*encoded);
    for (auto& stem : stems) stem = impl_->decode(stem);
    return stems;
}

void SpellDictionary::add_word(std::string_view word) {
    if (const auto encoded = impl_->encode(word)) impl_->hunspell->add(*encoded);
}

const std::filesystem::path& SpellDictionary::aff_file() const noexcept { return impl_->aff; }
const std::filesystem::path& SpellDictionary::dic_file() const noexcept { return impl_->dic; }

}  // namespace korpu
