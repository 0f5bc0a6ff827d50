// mml/core/simpson.cpp — composite Simpson's rule: weights 1, 4, 2, 4, …, 2, 4, 1 times h/3.
// (Formula and error term in simpson.hpp; unit 3's integration.hpp compares it with the
// trapezoid and Gauss–Legendre rules.)
#include "mml/core/simpson.hpp"

#include "mml/core/error.hpp"

#include <string>

namespace mml {

double composite_simpson(const std::function<double(double)>& f, double a, double b, std::size_t n) {
    if (n == 0 || n % 2 != 0) {
        throw DomainError("composite_simpson: n = " + std::to_string(n) +
                          " panels — Simpson's rule pairs panels, so n must be even and positive");
    }
    const double h = (b - a) / static_cast<double>(n);
    double sum = f(a) + f(b);
    for (std::size_t i = 1; i < n; ++i) sum += (i % 2 == 1 ? 4.0 : 2.0) * f(a + static_cast<double>(i) * h);
    return sum * h / 3.0;
}

}  // namespace mml
