#pragma once
// SRX files are written for Java's regular expressions; ICU's are nearly the same. These rewrites cover
// the differences that matter to an SRX engine.
#include <string>
#include <string_view>

namespace korpu::detail {

// Java's inline flag U (UNICODE_CHARACTER_CLASS) is unknown to ICU, whose classes are Unicode-aware
// already: it is dropped from flag groups ("(?iU)" -> "(?i)", "(?U)" -> "").
std::string icu_from_java(std::string_view pattern);

// ICU, like Java, accepts a look-behind only when its pattern has a bounded length, and SRX beforebreak
// patterns often repeat without bound ("\s*", "\w+"). As the Java SRX engines (srx4j, used by
// LanguageTool) do, this rewrites `*`, `+` and `{n,}` outside character classes and \Q...\E quotes as
// `{0,limit}`, `{1,limit}` and `{n,limit}`; lazy and possessive suffixes are kept. A lazy optional `??`
// becomes `{0,1}?`, the same thing in a form ICU can bound. Everything else is unchanged.
std::string bound_repetitions(std::string_view pattern, unsigned limit);

}  // namespace korpu::detail
