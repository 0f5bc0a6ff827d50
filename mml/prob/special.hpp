// mml/prob/special.hpp — the special functions behind the distributions' CDFs and quantiles.   (MML §6.5)
//
// The CDFs of the Gamma, Poisson, Beta, Binomial and Student-t distributions are regularised
// incomplete gamma and beta functions:
//     P(a, x) = γ(a, x)/Γ(a) = (1/Γ(a)) ∫₀ˣ t^{a−1} e^{−t} dt                 (Gamma, Poisson)
//     I_x(a, b) = (1/B(a, b)) ∫₀ˣ t^{a−1} (1 − t)^{b−1} dt                   (Beta, Binomial, Student-t)
// Neither has a closed form. Each is computed from a power series where that converges fast
// (x small relative to a) and from a continued fraction elsewhere; the continued fraction is
// evaluated with the modified Lentz algorithm, which works front to back and stops when the
// change is below 1e-15. All the work is done in log-space where the terms would over- or
// underflow (Γ(200) overflows a double; log Γ(200) does not): std::lgamma.
// Inverses (for quantiles) use Newton's method safeguarded by bisection on a bracket, so they
// cannot diverge.
#pragma once

namespace mml {

// Φ(x) = P(Z ≤ x) for Z ~ N(0, 1), via erfc so that the lower tail keeps full relative accuracy.
double normal_cdf(double x);
// Φ⁻¹(p) for 0 < p < 1 (±∞ at 0 and 1): a rational first guess refined by Halley steps.
double inverse_normal_cdf(double p);

// P(a, x) and Q(a, x) = 1 − P(a, x) for a > 0, x ≥ 0.
double regularized_gamma_p(double a, double x);
double regularized_gamma_q(double a, double x);
// I_x(a, b) for a, b > 0, 0 ≤ x ≤ 1.
double regularized_beta(double a, double b, double x);

// x with P(a, x) = p, and x with I_x(a, b) = p, for 0 ≤ p ≤ 1.
double inverse_regularized_gamma_p(double a, double p);
double inverse_regularized_beta(double a, double b, double p);

// The digamma and trigamma functions ψ(x) = d/dx log Γ(x) and ψ′(x) = d²/dx² log Γ(x), x > 0 —
// the derivatives of a Gamma or Beta log-likelihood (MML §8.3). Shift x up with the recurrences
// ψ(x) = ψ(x + 1) − 1/x and ψ′(x) = ψ′(x + 1) + 1/x² until x ≥ 15, then sum the asymptotic series
//     ψ(x) ≈ log x − 1/(2x) − 1/(12x²) + 1/(120x⁴) − 1/(252x⁶) + 1/(240x⁸) − 1/(132x¹⁰),
//     ψ′(x) ≈ 1/x + 1/(2x²) + 1/(6x³) − 1/(30x⁵) + 1/(42x⁷) − 1/(30x⁹) + 5/(66x¹¹)
// (Bernoulli-number coefficients), whose first omitted term is below 2·10⁻¹⁶ there (at x = 10 it
// would still be 2·10⁻¹⁴).
double digamma(double x);
double trigamma(double x);

}  // namespace mml
