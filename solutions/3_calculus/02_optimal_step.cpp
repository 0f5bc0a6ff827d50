// Exercise 3.02 — the optimal step of a central difference                     (MML §5.1)
//
// Task:    for each step h in `steps`, compute the error of the central difference
//              E(h) = | (f(x + h) − f(x − h)) / (2h) − f′(x) |
//          and return the h with the smallest E(h). Plotted on log–log axes E(h) is V-shaped:
//          the truncation error h² f‴/6 falls as h shrinks, but the rounding error ≈ ε|f|/h rises.
//          They balance near h ≈ ε^(1/3) ≈ 6·10⁻⁶ (ε ≈ 2.2·10⁻¹⁶), where about 10 digits survive.
// Input:   f, its exact derivative f′(x) at the point x, and the candidate steps (all > 0).
// Output:  the step with the smallest error.
// Errors:  no steps → mml::DomainError.
// Hint:    keep the best error seen so far and its h.
//
// Check:   build/exercises/mml-check 3.02
#include "unit3.hpp"

#include <cmath>

namespace mml::exercises {

double best_central_step(const std::function<double(double)>& f, double exact_derivative, double x,
                         const std::vector<double>& steps) {
    if (steps.empty()) throw DomainError("best_central_step: no candidate steps were given");
    double best_h = steps.front(), best_error = INFINITY;
    for (double h : steps) {
        const double error = std::abs((f(x + h) - f(x - h)) / (2.0 * h) - exact_derivative);
        if (error < best_error) {
            best_error = error;
            best_h = h;
        }
    }
    return best_h;
}

}  // namespace mml::exercises
