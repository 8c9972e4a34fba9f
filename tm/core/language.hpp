#pragma once
// BCP 47 language tags as Körpü uses them: "az-Latn", "az-Cyrl", "ru", "en", "en-GB".
#include <string>
#include <string_view>

namespace korpu {

class Language {
  public:
    // Parses and canonicalises a tag ("AZ" -> "az-Latn", "en_us" -> "en-US"); throws UsageError when
    // the tag is not well formed. A bare "az" means Azerbaijani in Latin script, as in Azerbaijan today.
    static Language parse(std::string_view tag);

    const std::string& tag() const noexcept { return tag_; }
    // Primary language subtag: "az", "ru", "en".
    const std::string& primary() const noexcept { return primary_; }
    // Script subtag when known: "Latn", "Cyrl"; empty when neither given nor implied.
    const std::string& script() const noexcept { return script_; }
    // Region subtag when given: "GB", "US"; empty otherwise.
    const std::string& region() const noexcept { return region_; }
    // ICU locale id for this language ("az", "ru", "en_GB").
    std::string icu_locale() const;

    bool operator==(const Language& other) const noexcept { return tag_ == other.tag_; }
    bool operator!=(const Language& other) const noexcept { return tag_ != other.tag_; }

  private:
    std::string tag_;
    std::string primary_;
    std::string script_;
    std::string region_;
};

}  // namespace korpu
