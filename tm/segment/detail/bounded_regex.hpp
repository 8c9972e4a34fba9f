#pragma once
// ICU, like Java, accepts a look-behind assertion only when its pattern has a bounded length. SRX
// beforebreak patterns often repeat without bound ("\s*", "\w+"); to test them as look-behinds their
// unbounded repetitions are capped, as the Java SRX engines (srx4j, used by LanguageTool) do.
#include <string>
#include <string_view>

namespace korpu::detail {

// Rewrites `*`, `+` and `{n,}` outside character classes and \Q...\E quotes as `{0,limit}`,
// `{1,limit}` and `{n,limit}`; lazy and possessive suffixes are kept. A lazy optional `??` becomes
// `{0,1}?`, the same thing in a form ICU can bound. Everything else is unchanged.
std::string bound_repetitions(std::string_view pattern, unsigned limit);

}  // namespace korpu::detail
