// Exercise 5.06 — Bayes' rule: what does a positive test mean?               (MML §6.3, (6.23))
//
// Task:    a disease has prevalence p(ill); a test has sensitivity p(+ | ill) and specificity
//          p(− | healthy). Given a positive result,
//              p(ill | +) = p(+ | ill) p(ill) / p(+),
//              p(+) = p(+ | ill) p(ill) + p(+ | healthy) p(healthy)        (the evidence)
//          with p(+ | healthy) = 1 − specificity, p(healthy) = 1 − p(ill).
// Input:   prevalence, sensitivity, specificity, all in [0, 1].
// Output:  p(ill | +).
// Errors:  a value outside [0, 1], or p(+) = 0 → mml::DomainError.
// Example: prevalence 1%, sensitivity 99%, specificity 95%: p(ill | +) = 1/6 ≈ 0.167 — most
//          positives are false positives, because healthy people are so many more.
// Hint:    three multiplications, one addition, one division.
//
// Check:   build/exercises/mml-check 5.06
#include "unit5.hpp"

namespace mml::exercises {

double probability_ill_given_positive(double prevalence, double sensitivity, double specificity) {
    for (double v : {prevalence, sensitivity, specificity})
        if (!(v >= 0.0 && v <= 1.0)) throw DomainError("probability_ill_given_positive: probabilities must lie in [0, 1]");
    const double positive_and_ill = sensitivity * prevalence;
    const double positive_and_healthy = (1.0 - specificity) * (1.0 - prevalence);
    const double evidence = positive_and_ill + positive_and_healthy;  // p(+)
    if (evidence == 0.0) throw DomainError("probability_ill_given_positive: a positive result is impossible here");
    return positive_and_ill / evidence;
}

}  // namespace mml::exercises
