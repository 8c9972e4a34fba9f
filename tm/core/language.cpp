#include "tm/core/language.hpp"

#include <unicode/locid.h>

#include "tm/core/error.hpp"

namespace korpu {

Language Language::parse(std::string_view tag) {
    std::string text(tag);
    for (char& c : text) {
        if (c == '_') c = '-';
    }
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale = icu::Locale::forLanguageTag(text, status);
    if (U_FAILURE(status) || locale.isBogus() || std::string(locale.getLanguage()).empty()) {
        throw UsageError("'" + std::string(tag) + "' is not a language tag (expected e.g. az, ru, en, en-GB)");
    }
    Language lang;
    lang.primary_ = locale.getLanguage();
    lang.script_ = locale.getScript();
    lang.region_ = locale.getCountry();
    if (lang.primary_ == "az" && lang.script_.empty()) lang.script_ = "Latn";
    lang.tag_ = lang.primary_;
    if (!lang.script_.empty() && lang.primary_ == "az") lang.tag_ += "-" + lang.script_;
    if (!lang.region_.empty()) lang.tag_ += "-" + lang.region_;
    return lang;
}

std::string Language::icu_locale() const {
    std::string id = primary_;
    if (!region_.empty()) id += "_" + region_;
    return id;
}

}  // namespace korpu
