// mml/plot/text_layout.hpp — how wide a piece of text will be, without a font renderer.
//
// An SVG file does not know its text's width until a browser draws it, but the layout (how much
// room the tick labels need, whether two labels overlap, where a title wraps) has to know it
// beforehand. So widths are estimated per character from typical sans-serif advance widths
// (in ems: digits ≈ 0.56–0.64, narrow letters such as i, l, 1, '.' ≈ 0.3, capitals ≈ 0.7),
// rounded up so an estimate errs on the wide side: a label that is a little narrower than
// its room looks fine, one that is wider overlaps its neighbour. Characters are counted as
// UTF-8 code points, so "σ²" is two characters, not four bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mml {

// The estimated width in px of `text` set at font_size px in a sans-serif font.
double text_width(std::string_view text, double font_size);

// The text broken at spaces into lines no wider than max_width px (a single word wider than
// that gets a line of its own).
std::vector<std::string> wrap_text(const std::string& text, double font_size, double max_width);

}  // namespace mml
