// Benchmark: iterations to reach ‖∇f‖ ≤ 1e-6 for every unconstrained method of unit 4.
//
//     build/test/bench/bench_optim
//
// Problems: Rosenbrock from (−1.2, 1); Booth (x + 2y − 7)² + (2x + y − 5)² from (0, 0); Beale
// (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)² from (1, 1); and the quadratics
// ½(x² + κy²) with κ = 10, 100, 1000 from (1, 1). The fixed-step methods use γ = 1/L for the
// quadratics and Booth (L = the largest Hessian eigenvalue: κ, 18) and the step printed in the
// table otherwise; momentum and Nesterov use β = 0.9, Adam γ = 0.01, backtracking starts at γ = 1.
// "-" means the cap of 100 000 iterations was reached, with the final f in brackets. The lesson:
// gradient descent with γ = 1/L needs about 10× more iterations per 10× in κ (132, 1375, 13809);
// momentum, Nesterov and Adam grow far more slowly; Newton takes one step on every quadratic.
//
// Measured on this project's machine (g++ 12, Release):
//   problem        gd   gd+armijo  momentum  nesterov   adam  newton
//   Rosenbrock  32076        1533      3020      3067   5452      21
//   Booth         127          40       287       108   3302       1
//   Beale        3845         676       274       265   2825       7
//   kappa=10      132          49       249       114    353       1
//   kappa=100    1375         508       287       208    353       1
//   kappa=1000  13809         399      1246      1260    451       1
#include "mml/optim.hpp"

#include <cmath>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace {

using mml::OptimOptions;
using mml::OptimResult;
using mml::Vector;

struct Problem {
    std::string name;
    std::function<OptimResult(const std::string&, const OptimOptions&)> run;
    Vector x0;
    double step;  // γ for the fixed-step methods
};

template <class F>
Problem make_problem(const std::string& name, F f, const Vector& x0, double step) {
    auto run = [f, x0](const std::string& method, const OptimOptions& options) {
        if (method == "gd" || method == "gd+armijo") return mml::gradient_descent(f, x0, options);
        if (method == "momentum") return mml::momentum(f, x0, options);
        if (method == "nesterov") return mml::nesterov(f, x0, options);
        if (method == "adam") return mml::adam(f, x0, options);
        return mml::newton(f, x0, options);
    };
    return {name, run, x0, step};
}


}  // namespace

int main() {
    auto rosenbrock = [](const auto& x) {
        auto a = 1.0 - x[0];
        auto b = x[1] - x[0] * x[0];
        return a * a + 100.0 * b * b;
    };
    auto booth = [](const auto& x) {
        auto a = x[0] + 2.0 * x[1] - 7.0;
        auto b = 2.0 * x[0] + x[1] - 5.0;
        return a * a + b * b;
    };
    auto beale = [](const auto& x) {
        auto a = 1.5 - x[0] + x[0] * x[1];
        auto b = 2.25 - x[0] + x[0] * x[1] * x[1];
        auto c = 2.625 - x[0] + x[0] * x[1] * x[1] * x[1];
        return a * a + b * b + c * c;
    };
    auto quadratic = [](double kappa) { return [kappa](const auto& x) { return 0.5 * (x[0] * x[0] + kappa * x[1] * x[1]); }; };
    const std::vector<Problem> problems{
        make_problem("Rosenbrock", rosenbrock, Vector{-1.2, 1.0}, 1e-3),
        make_problem("Booth", booth, Vector{0.0, 0.0}, 1.0 / 18.0),
        make_problem("Beale", beale, Vector{1.0, 1.0}, 1e-2),
        make_problem("kappa = 10", quadratic(10.0), Vector{1.0, 1.0}, 1.0 / 10.0),
        make_problem("kappa = 100", quadratic(100.0), Vector{1.0, 1.0}, 1.0 / 100.0),
        make_problem("kappa = 1000", quadratic(1000.0), Vector{1.0, 1.0}, 1.0 / 1000.0),
    };
    const std::vector<std::string> methods{"gd", "gd+armijo", "momentum", "nesterov", "adam", "newton"};
    std::printf("iterations to ||grad f|| <= 1e-6 (cap 100000; '-' = not reached, final f in brackets)\n\n");
    std::printf("%-14s %9s", "problem", "step");
    for (const auto& m : methods) std::printf(" %16s", m.c_str());
    std::printf("\n");
    for (const Problem& p : problems) {
        std::printf("%-14s %9.3g", p.name.c_str(), p.step);
        for (const auto& m : methods) {
            OptimOptions options;
            options.tolerance = 1e-6;
            options.max_iterations = 100000;
            options.record_path = false;
            options.learning_rate = m == "adam" ? 0.01 : (m == "gd+armijo" ? 1.0 : p.step);
            options.line_search = m == "gd+armijo";
            std::string cell;
            try {
                const OptimResult r = p.run(m, options);
                char buf[64];
                if (r.converged)
                    std::snprintf(buf, sizeof buf, "%zu", r.iterations);
                else
                    std::snprintf(buf, sizeof buf, "- [f=%.1e]", r.value);
                cell = buf;
            } catch (const std::exception&) {
                cell = "- (diverged)";
            }
            std::printf(" %16s", cell.c_str());
        }
        std::printf("\n");
    }
    return 0;
}
