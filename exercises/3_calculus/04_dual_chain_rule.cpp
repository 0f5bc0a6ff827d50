// Exercise 3.04 — the chain rule on dual numbers                          (MML §5.2.2, §5.6)
//
// Task:    extend sin and exp to dual numbers. By Taylor's theorem and ε² = 0,
//              f(u + u′ε) = f(u) + f′(u)·u′·ε,
//          so the ε-part is the chain rule: (sin u)′ = cos(u)·u′, (exp u)′ = exp(u)·u′.
//          Composing such functions composes the rule, e.g. exp(sin(x)) at x + 1ε carries
//          exp(sin x)·cos x — the derivative of the composition.
// Input:   a dual u = u + u′ε.
// Output:  sin(u) and exp(u) as duals.
// Example: dual_sin(0 + 1ε) = 0 + 1ε; dual_exp(0 + 2ε) = 1 + 2ε.
// Hint:    std::sin, std::cos and std::exp on the value. Do not call mml::sin on the dual.
//
// Check:   build/exercises/mml-check 3.04
#include "unit3.hpp"

namespace mml::exercises {

Dual<> dual_sin(const Dual<>& u) {
    MML_TODO();  // replace this line with your answer
}

Dual<> dual_exp(const Dual<>& u) {
    MML_TODO();  // replace this line with your answer
}

}  // namespace mml::exercises
