// mml/plot/style.cpp — the shape and the dash pattern that go with each palette slot.
#include "mml/plot/style.hpp"

#include "mml/plot/xml.hpp"

namespace mml {

Marker slot_marker(std::size_t slot) {
    static const Marker shapes[7] = {Marker::circle, Marker::square,        Marker::triangle, Marker::diamond,
                                     Marker::cross,  Marker::triangle_down, Marker::plus};
    return shapes[slot % 7];
}

Dash slot_dash(std::size_t slot) {
    static const Dash patterns[5] = {Dash::solid, Dash::dashed, Dash::dotted, Dash::dash_dot, Dash::long_dash};
    return patterns[slot % 5];
}

// Dash and gap lengths in multiples of the line width, so a thick line keeps the same rhythm.
std::string dash_array(Dash dash, double width) {
    auto pattern = [width](std::initializer_list<double> lengths) {
        std::string text;
        for (const double length : lengths) {
            if (!text.empty()) text += ' ';
            text += coordinate(length * width);
        }
        return text;
    };
    switch (dash) {
        case Dash::dashed: return pattern({4, 2.5});
        case Dash::dotted: return pattern({1, 1.6});
        case Dash::dash_dot: return pattern({5, 2, 1, 2});
        case Dash::long_dash: return pattern({9, 3});
        case Dash::automatic:
        case Dash::solid: break;
    }
    return "";
}

}  // namespace mml
